package dev.stepwise.engine.http.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.http.load.AwsCaller.LoadFailure;
import dev.stepwise.engine.http.load.AwsCaller.Service;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * One client of a load run: sends its share of requests one after another, as an application would, and checks every
 * answer's values. GetUser needs a sign-in first and DescribeExecution a started execution; until then it does that
 * instead. Without an answer at all (the server is gone) it records the error and stops.
 */
final class VirtualClient implements Callable<Latencies> {

    private final int index;
    private final int requests;
    private final AwsCaller caller;
    private final LoadFixture fixture;
    private final Mix mix;
    private final Ledger ledger;
    private final Random random;
    private final LoadUser user;
    private final List<String> started = new ArrayList<>();
    private final Latencies latencies = new Latencies();
    private String accessToken;
    private int sequence;

    VirtualClient(int index, int requests, AwsCaller caller, LoadFixture fixture, Mix mix, Ledger ledger, long seed) {
        this.index = index;
        this.requests = requests;
        this.caller = caller;
        this.fixture = fixture;
        this.mix = mix;
        this.ledger = ledger;
        this.random = new Random(seed + index);
        this.user = fixture.users().get(index % fixture.users().size());
    }

    @Override
    public Latencies call() {
        for (int i = 0; i < requests; i++) {
            Operation operation = feasible(mix.pick(random));
            long start = System.nanoTime();
            try {
                perform(operation);
                latencies.add(operation, System.nanoTime() - start);
            } catch (LoadFailure e) {
                ledger.error(operation, e.getMessage());
            } catch (IOException e) {
                ledger.error(operation, "no answer: " + e);
                break;
            } finally {
                ledger.countRequest();
            }
        }
        return latencies;
    }

    private Operation feasible(Operation wanted) {
        if (wanted == Operation.GET_USER && accessToken == null) {
            return Operation.SIGN_IN;
        }
        if (wanted == Operation.DESCRIBE_EXECUTION && started.isEmpty()) {
            return Operation.START_EXECUTION;
        }
        return wanted;
    }

    private void perform(Operation operation) throws IOException {
        switch (operation) {
            case SIGN_UP -> signUp();
            case SIGN_IN -> signIn();
            case GET_USER -> getUser();
            case START_EXECUTION -> startExecution();
            case DESCRIBE_EXECUTION -> describeExecution();
            default -> throw new IllegalStateException("unknown operation " + operation);
        }
    }

    private void signUp() throws IOException {
        String username = fixture.name() + "-c" + index + "-s" + sequence++;
        String email = username + "@example.com";
        ObjectNode request = AwsCaller.object().put("ClientId", fixture.clientId()).put("Username", username)
                .put("Password", LoadFixture.PASSWORD);
        request.putArray("UserAttributes").add(LoadFixture.attribute("email", email));
        JsonNode answer = caller.require(Service.COGNITO, "SignUp", request);
        String sub = answer.path("UserSub").asText();
        expect(!sub.isEmpty() && !answer.path("UserConfirmed").asBoolean(true), "SignUp answered " + answer);
        expect(ledger.acknowledgeUser(new LoadUser(username, email, sub, false)), "SignUp acknowledged twice: " + username);
    }

    private void signIn() throws IOException {
        ObjectNode request = AwsCaller.object().put("AuthFlow", "USER_PASSWORD_AUTH").put("ClientId", fixture.clientId());
        request.putObject("AuthParameters").put("USERNAME", user.username()).put("PASSWORD", LoadFixture.PASSWORD);
        JsonNode result = caller.require(Service.COGNITO, "InitiateAuth", request).path("AuthenticationResult");
        expect(result.path("TokenType").asText().equals("Bearer") && result.hasNonNull("AccessToken"),
                "InitiateAuth gave no tokens: " + result);
        accessToken = result.get("AccessToken").asText();
    }

    private void getUser() throws IOException {
        JsonNode answer = caller.require(Service.COGNITO, "GetUser",
                AwsCaller.object().put("AccessToken", accessToken));
        JsonNode attributes = answer.get("UserAttributes");
        expect(answer.path("Username").asText().equals(user.username())
                && user.sub().equals(LoadFixture.attributeValue(attributes, "sub"))
                && user.email().equals(LoadFixture.attributeValue(attributes, "email")),
                "GetUser for " + user.username() + " answered " + answer);
    }

    private void startExecution() throws IOException {
        ObjectNode input = LoadFixture.input("c" + index + "-e" + sequence++, random.nextInt(1000));
        JsonNode answer = caller.require(Service.STEP_FUNCTIONS, "StartExecution", AwsCaller.object()
                .put("stateMachineArn", fixture.machineArn()).put("input", input.toString()));
        String arn = answer.path("executionArn").asText();
        expect(arn.startsWith(fixture.executionArnPrefix()) && answer.hasNonNull("startDate"),
                "StartExecution answered " + answer);
        expect(ledger.acknowledgeExecution(arn, input), "StartExecution acknowledged " + arn + " twice");
        started.add(arn);
    }

    private void describeExecution() throws IOException {
        String arn = started.get(random.nextInt(started.size()));
        JsonNode answer = caller.require(Service.STEP_FUNCTIONS, "DescribeExecution",
                AwsCaller.object().put("executionArn", arn));
        JsonNode input = ledger.executions().get(arn);
        expect(answer.path("executionArn").asText().equals(arn)
                && answer.path("stateMachineArn").asText().equals(fixture.machineArn())
                && input.equals(AwsCaller.parseOrNull(answer.path("input").asText())),
                "DescribeExecution of " + arn + " answered " + answer);
        String status = answer.path("status").asText();
        if (status.equals("SUCCEEDED")) {
            expect(LoadFixture.expectedOutput(input).equals(AwsCaller.parseOrNull(answer.path("output").asText())),
                    "DescribeExecution of " + arn + " gave the wrong output: " + answer);
            ledger.sawSucceeded(arn);
        } else {
            expect(status.equals("RUNNING"), "DescribeExecution of " + arn + " answered " + answer);
        }
    }

    private static void expect(boolean condition, String failure) {
        if (!condition) {
            throw new LoadFailure(failure);
        }
    }
}
