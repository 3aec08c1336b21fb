package dev.stepwise.engine.http.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.http.load.AwsCaller.Service;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Holds the endpoint to its acknowledgements after a load run, through the API alone: ListExecutions (every page)
 * lists each acknowledged execution exactly once, each has ended (waiting a while for those still running) and a
 * SUCCEEDED one has the machine's output for its input; ListUsers (every page) and AdminGetUser find every
 * acknowledged user with the name, sub and e-mail it was created with.
 */
public final class LoadCheck {

    /**
     * What the check found. {@code endings} counts executions by how they ended ("SUCCEEDED", or "ABORTED
     * error: cause"); {@code problems} lists every wrong value (empty when all is well).
     */
    public record Report(List<String> listedExecutions, Set<String> missingExecutions,
                         Set<String> unacknowledgedExecutions, Map<String, Integer> endings,
                         Set<String> listedUsers, List<String> problems) {

        public int duplicateListings() {
            return listedExecutions.size() - new HashSet<>(listedExecutions).size();
        }

        /** Nothing lost, nothing listed twice, nothing unexpected, no wrong value. */
        public boolean clean() {
            return missingExecutions.isEmpty() && unacknowledgedExecutions.isEmpty() && duplicateListings() == 0
                    && problems.isEmpty();
        }
    }

    private final AwsCaller caller;
    private final LoadFixture fixture;
    private final Duration settle;

    /** {@code settle}: how long executions still RUNNING are waited for before they count as a problem. */
    public LoadCheck(AwsCaller caller, LoadFixture fixture, Duration settle) {
        this.caller = caller;
        this.fixture = fixture;
        this.settle = settle;
    }

    public Report check(Ledger ledger) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        List<String> listed = listExecutions();
        Set<String> missing = new TreeSet<>(ledger.executions().keySet());
        listed.forEach(missing::remove);
        Set<String> unacknowledged = new TreeSet<>(listed);
        unacknowledged.removeAll(ledger.executions().keySet());
        Map<String, Integer> endings = new TreeMap<>();
        long deadline = System.nanoTime() + settle.toNanos();
        for (Map.Entry<String, JsonNode> execution : ledger.executions().entrySet()) {
            String ending = ending(execution.getKey(), execution.getValue(), ledger, deadline, problems);
            endings.merge(ending, 1, Integer::sum);
        }
        Set<String> users = listUsers();
        for (LoadUser user : ledger.users().values()) {
            checkUser(user, users, problems);
        }
        return new Report(listed, missing, unacknowledged, endings, users, problems);
    }

    private String ending(String arn, JsonNode input, Ledger ledger, long deadline, List<String> problems)
            throws IOException, InterruptedException {
        JsonNode described = describe(arn);
        while (described != null && described.path("status").asText().equals("RUNNING")
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
            described = describe(arn);
        }
        if (described == null) {
            problems.add("DescribeExecution cannot find acknowledged " + arn);
            return "MISSING";
        }
        String status = described.path("status").asText();
        if (!input.equals(AwsCaller.parseOrNull(described.path("input").asText()))) {
            problems.add(arn + " has input " + described.path("input") + ", not " + input);
        }
        if (status.equals("SUCCEEDED")) {
            JsonNode output = AwsCaller.parseOrNull(described.path("output").asText());
            if (!LoadFixture.expectedOutput(input).equals(output)) {
                problems.add(arn + " SUCCEEDED with " + output + ", not " + LoadFixture.expectedOutput(input));
            }
            return status;
        }
        if (ledger.seenSucceeded().contains(arn)) {
            problems.add(arn + " was seen SUCCEEDED and is now " + status);
        }
        return described.has("error") ? status + " " + described.path("error").asText() + ": "
                + described.path("cause").asText() : status;
    }

    private JsonNode describe(String arn) throws IOException {
        AwsCaller.Reply reply = caller.call(Service.STEP_FUNCTIONS, "DescribeExecution",
                AwsCaller.object().put("executionArn", arn));
        return reply.ok() ? reply.body() : null;
    }

    /** Every execution of the machine, page by page, in the order listed. */
    private List<String> listExecutions() throws IOException {
        List<String> arns = new ArrayList<>();
        String token = null;
        do {
            ObjectNode request = AwsCaller.object().put("stateMachineArn", fixture.machineArn()).put("maxResults", 100);
            if (token != null) {
                request.put("nextToken", token);
            }
            JsonNode page = caller.require(Service.STEP_FUNCTIONS, "ListExecutions", request);
            page.path("executions").forEach(e -> arns.add(e.path("executionArn").asText()));
            token = page.hasNonNull("nextToken") ? page.get("nextToken").asText() : null;
        } while (token != null);
        return arns;
    }

    /** The user names of the pool, page by page. */
    private Set<String> listUsers() throws IOException {
        Set<String> names = new TreeSet<>();
        String token = null;
        do {
            ObjectNode request = AwsCaller.object().put("UserPoolId", fixture.poolId()).put("Limit", 60);
            if (token != null) {
                request.put("PaginationToken", token);
            }
            JsonNode page = caller.require(Service.COGNITO, "ListUsers", request);
            page.path("Users").forEach(u -> names.add(u.path("Username").asText()));
            token = page.hasNonNull("PaginationToken") ? page.get("PaginationToken").asText() : null;
        } while (token != null);
        return names;
    }

    private void checkUser(LoadUser user, Set<String> listed, List<String> problems) throws IOException {
        if (!listed.contains(user.username())) {
            problems.add("ListUsers does not list acknowledged user " + user.username());
        }
        AwsCaller.Reply reply = caller.call(Service.COGNITO, "AdminGetUser",
                AwsCaller.object().put("UserPoolId", fixture.poolId()).put("Username", user.username()));
        if (!reply.ok()) {
            problems.add("AdminGetUser of acknowledged user " + user.username() + ": " + reply.describe());
            return;
        }
        JsonNode attributes = reply.body().get("UserAttributes");
        String status = reply.body().path("UserStatus").asText();
        if (!user.sub().equals(LoadFixture.attributeValue(attributes, "sub"))
                || !user.email().equals(LoadFixture.attributeValue(attributes, "email"))
                || !status.equals(user.confirmed() ? "CONFIRMED" : "UNCONFIRMED")) {
            problems.add("user " + user.username() + " changed: " + reply.body());
        }
    }
}
