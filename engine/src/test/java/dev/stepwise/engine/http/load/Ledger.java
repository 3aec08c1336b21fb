package dev.stepwise.engine.http.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the endpoint acknowledged during a load run (executions with their inputs, users), what clients saw, and the
 * errors: the record the check holds the endpoint to afterwards. Written by every client at once.
 */
public final class Ledger {

    private static final int ERRORS_KEPT = 20;

    private final Map<String, JsonNode> executions = new ConcurrentHashMap<>();
    private final Set<String> seenSucceeded = ConcurrentHashMap.newKeySet();
    private final Map<String, LoadUser> users = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger errors = new AtomicInteger();
    private final Queue<String> firstErrors = new ConcurrentLinkedQueue<>();

    /** Records an acknowledged StartExecution; false when that ARN had been acknowledged already. */
    public boolean acknowledgeExecution(String arn, JsonNode input) {
        return executions.putIfAbsent(arn, input) == null;
    }

    /** Records a user the endpoint acknowledged creating; false when that name had been acknowledged already. */
    public boolean acknowledgeUser(LoadUser user) {
        return users.putIfAbsent(user.username(), user) == null;
    }

    /** A client saw this execution SUCCEEDED: nothing may turn it into anything else afterwards. */
    void sawSucceeded(String arn) {
        seenSucceeded.add(arn);
    }

    void countRequest() {
        requests.incrementAndGet();
    }

    void error(Operation operation, String message) {
        errors.incrementAndGet();
        if (firstErrors.size() < ERRORS_KEPT) {
            firstErrors.add(operation + ": " + message);
        }
    }

    /** Acknowledged executions by ARN, with the input each was started with. */
    public Map<String, JsonNode> executions() {
        return Collections.unmodifiableMap(executions);
    }

    public Set<String> seenSucceeded() {
        return Collections.unmodifiableSet(seenSucceeded);
    }

    public Map<String, LoadUser> users() {
        return Collections.unmodifiableMap(users);
    }

    public long requests() {
        return requests.get();
    }

    public int errors() {
        return errors.get();
    }

    public List<String> firstErrors() {
        return new ArrayList<>(firstErrors);
    }
}
