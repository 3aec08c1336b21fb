package dev.stepwise.engine.http.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.http.load.AwsCaller.Service;
import dev.stepwise.engine.sfn.model.ExecutionRecord;
import dev.stepwise.engine.store.h2.H2Store;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CI-sized load test: 4 clients share 1,600 requests (sign-ups, sign-ins, GetUser, StartExecution,
 * DescribeExecution) on a real endpoint over loopback; afterwards every acknowledged execution is listed exactly once
 * and succeeded with its output, the database holds exactly those rows with those outputs, and every user is intact. The by-hand version
 * is {@link LoadDriver} (16 clients, 10,000 requests, production password hashing).
 */
class EndpointLoadTest {

    private static final Mix MIX = Mix.parse("sign_up=2,sign_in=3,get_user=25,start_execution=35,"
            + "describe_execution=35");

    private InProcessEndpoint served;
    private AwsCaller caller;

    @BeforeEach
    void start() {
        // A cheap password hash keeps CI fast; the by-hand run uses the production one.
        served = InProcessEndpoint.start(H2Store.inMemory(), new PasswordHasher(1_000, new SecureRandom()));
        caller = new AwsCaller(served.baseUri());
    }

    @AfterEach
    void stop() {
        served.close();
    }

    @Test
    void concurrentClientsLoseAndDuplicateNothing() throws Exception {
        LoadFixture fixture = LoadFixture.create(caller, "ci", 4);

        LoadRun.Result result = LoadRun.start(caller, fixture, 4, 1_600, MIX, 7).await();
        Ledger ledger = result.ledger();
        LoadCheck.Report report = new LoadCheck(caller, fixture, Duration.ofSeconds(30)).check(ledger);

        assertThat(ledger.firstErrors()).isEmpty();
        assertThat(result.requests()).isEqualTo(1_600);
        int started = ledger.executions().size();
        assertThat(started).isEqualTo(result.latencies().count(Operation.START_EXECUTION)).isGreaterThan(400);
        assertThat(result.latencies().count(Operation.DESCRIBE_EXECUTION)).isGreaterThan(400);
        assertThat(result.latencies().count(Operation.GET_USER)).isGreaterThan(200);
        assertThat(result.latencies().count(Operation.SIGN_IN)).isPositive();
        assertThat(report.listedExecutions()).hasSize(started);
        assertThat(new HashSet<>(report.listedExecutions())).isEqualTo(ledger.executions().keySet());
        assertThat(report.endings()).isEqualTo(Map.of("SUCCEEDED", started));
        assertThat(report.problems()).isEmpty();
        int signedUp = result.latencies().count(Operation.SIGN_UP);
        assertThat(signedUp).isPositive();
        assertThat(ledger.users()).hasSize(4 + signedUp);
        assertThat(report.listedUsers()).isEqualTo(ledger.users().keySet());
        assertThat(served.usersInDatabase(fixture.poolId())).isEqualTo(4 + signedUp);
        assertThat(report.clean()).isTrue();
        assertThat(outputsInDatabase(fixture)).isEqualTo(expectedOutputs(ledger));
    }

    /** Output by ARN of every execution row of the machine, read from the database behind the API. */
    private Map<String, JsonNode> outputsInDatabase(LoadFixture fixture) {
        Map<String, JsonNode> outputs = new HashMap<>();
        for (ExecutionRecord row : served.executionsInDatabase(fixture.machineArn())) {
            JsonNode previous = outputs.put(row.arn(), row.status().equals("SUCCEEDED")
                    ? AwsCaller.parseOrNull(row.output()) : AwsCaller.JSON.getNodeFactory().textNode(row.status()));
            assertThat(previous).as("rows of " + row.arn()).isNull();
        }
        return outputs;
    }

    private static Map<String, JsonNode> expectedOutputs(Ledger ledger) {
        Map<String, JsonNode> expected = new HashMap<>();
        ledger.executions().forEach((arn, input) -> expected.put(arn, LoadFixture.expectedOutput(input)));
        return expected;
    }

    @Test
    void theCheckReportsLostUnacknowledgedAndWrongExecutions() throws Exception {
        LoadFixture fixture = LoadFixture.create(caller, "doctored", 1);
        String kept = start(fixture, LoadFixture.input("kept", 7));
        String changed = start(fixture, LoadFixture.input("changed", 600));
        String stray = start(fixture, LoadFixture.input("stray", 1));
        String lost = fixture.executionArnPrefix() + "never-started";
        Ledger ledger = new Ledger();
        fixture.users().forEach(ledger::acknowledgeUser);
        ledger.acknowledgeExecution(kept, LoadFixture.input("kept", 7));
        ledger.acknowledgeExecution(changed, LoadFixture.input("changed", 601));
        ledger.acknowledgeExecution(lost, LoadFixture.input("lost", 3));
        ledger.acknowledgeUser(new LoadUser("ghost", "ghost@example.com", "0000", true));

        LoadCheck.Report report = new LoadCheck(caller, fixture, Duration.ofSeconds(30)).check(ledger);

        assertThat(report.clean()).isFalse();
        assertThat(report.missingExecutions()).isEqualTo(Set.of(lost));
        assertThat(report.unacknowledgedExecutions()).isEqualTo(Set.of(stray));
        assertThat(report.endings()).isEqualTo(Map.of("SUCCEEDED", 2, "MISSING", 1));
        assertThat(report.problems()).containsExactlyInAnyOrder(
                "DescribeExecution cannot find acknowledged " + lost,
                changed + " has input \"{\\\"id\\\":\\\"changed\\\",\\\"n\\\":600}\", not {\"id\":\"changed\",\"n\":601}",
                changed + " SUCCEEDED with {\"id\":\"changed\",\"n\":600,\"size\":\"large\",\"twice\":1200}, not"
                        + " {\"id\":\"changed\",\"n\":601,\"size\":\"large\",\"twice\":1202}",
                "ListUsers does not list acknowledged user ghost",
                "AdminGetUser of acknowledged user ghost: UserNotFoundException: "
                        + "{\"__type\":\"UserNotFoundException\",\"message\":\"User does not exist.\"}");
    }

    private String start(LoadFixture fixture, JsonNode input) throws Exception {
        return caller.require(Service.STEP_FUNCTIONS, "StartExecution", AwsCaller.object()
                .put("stateMachineArn", fixture.machineArn()).put("input", input.toString()))
                .get("executionArn").asText();
    }
}
