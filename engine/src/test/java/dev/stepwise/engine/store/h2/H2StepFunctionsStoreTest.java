package dev.stepwise.engine.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.sfn.model.ExecutionRecord;
import dev.stepwise.engine.sfn.model.StateMachineRecord;
import dev.stepwise.engine.sfn.model.StoredEvent;
import dev.stepwise.engine.store.StepFunctionsStore;
import dev.stepwise.engine.store.StoreException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The V11 tables behind {@link StepFunctionsStore}. */
class H2StepFunctionsStoreTest {

    private static final String MACHINE = "arn:aws:states:us-east-1:000000000000:stateMachine:m";
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");

    private final H2Store h2 = H2Store.inMemory();
    private final StepFunctionsStore store = h2.stepFunctions();

    @AfterEach
    void close() {
        h2.close();
    }

    private static ExecutionRecord execution(String name, Instant start, String status) {
        return new ExecutionRecord("arn:aws:states:us-east-1:000000000000:execution:m:" + name, MACHINE, name,
                "STANDARD", status, "{}", null, null, null, start, null, null, "{}", "arn:aws:iam::1:role/r", "r1");
    }

    @Test
    void stateMachinesRoundTripAndListByName() {
        StateMachineRecord m = new StateMachineRecord(MACHINE, "m", "EXPRESS", "{\"StartAt\":\"A\"}", "role",
                null, "{\"level\":\"ALL\"}", null, "rev", T0, null);
        store.write(tx -> {
            tx.insertStateMachine(m);
            tx.insertStateMachine(new StateMachineRecord(MACHINE.replace(":m", ":a"), "a", "STANDARD", "{}", "role",
                    null, null, null, "rev", T0, null));
            return null;
        });
        assertEquals(m, store.read(q -> q.findStateMachine(MACHINE)).orElseThrow());
        assertEquals(List.of("a", "m"), store.read(q -> q.listStateMachines(null, 10)).stream()
                .map(StateMachineRecord::name).toList());
        assertEquals(List.of("m"), store.read(q -> q.listStateMachines("a", 10)).stream()
                .map(StateMachineRecord::name).toList());
        StateMachineRecord updated = new StateMachineRecord(MACHINE, "m", "EXPRESS", "{}", "role2", null, null,
                null, "rev2", T0, T0.plusSeconds(5));
        store.write(tx -> {
            tx.updateStateMachine(updated);
            return null;
        });
        assertEquals(updated, store.read(q -> q.findStateMachine(MACHINE)).orElseThrow());
    }

    @Test
    void executionsListNewestFirstAndPageAfterAPosition() {
        store.write(tx -> {
            tx.insertExecution(execution("old", T0, "SUCCEEDED"));
            tx.insertExecution(execution("tie-a", T0.plusSeconds(1), "FAILED"));
            tx.insertExecution(execution("tie-b", T0.plusSeconds(1), "SUCCEEDED"));
            tx.insertExecution(execution("new", T0.plusSeconds(2), "RUNNING"));
            return null;
        });
        assertEquals(List.of("new", "tie-b", "tie-a", "old"), names(store.read(q ->
                q.listExecutions(MACHINE, null, null, null, 10))));
        ExecutionRecord tieB = execution("tie-b", T0.plusSeconds(1), "SUCCEEDED");
        assertEquals(List.of("tie-a", "old"), names(store.read(q ->
                q.listExecutions(MACHINE, null, tieB.startDate(), tieB.arn(), 10))));
        assertEquals(List.of("tie-b", "old"), names(store.read(q ->
                q.listExecutions(MACHINE, "SUCCEEDED", null, null, 10))));
        assertEquals(List.of("new"), names(store.read(q -> q.runningExecutions())));
    }

    private static List<String> names(List<ExecutionRecord> executions) {
        return executions.stream().map(ExecutionRecord::name).toList();
    }

    @Test
    void endedExecutionsKeepTheirOutcomeAndHistory() {
        ExecutionRecord running = execution("e", T0, "RUNNING");
        ObjectNode details = JsonNodeFactory.instance.objectNode().put("output", "{\"a\":1}");
        StoredEvent started = new StoredEvent(1, 0, "ExecutionStarted", T0, null);
        StoredEvent succeeded = new StoredEvent(2, 1, "ExecutionSucceeded", T0.plusMillis(7), details);
        store.write(tx -> {
            tx.insertExecution(running);
            tx.appendEvents(running.arn(), List.of(started, succeeded));
            tx.updateExecution(running.ended("SUCCEEDED", "{\"a\":1}", null, null, T0.plusMillis(7)));
            return null;
        });
        ExecutionRecord ended = store.read(q -> q.findExecution(running.arn())).orElseThrow();
        assertEquals("SUCCEEDED", ended.status());
        assertEquals("{\"a\":1}", ended.output());
        assertEquals(T0.plusMillis(7), ended.stopDate());
        assertEquals(List.of(started, succeeded), store.read(q -> q.events(running.arn())));
        assertThrows(StoreException.class, () -> store.write(tx -> {
            tx.appendEvents(running.arn(), List.of(started));
            return null;
        }), "an event id is stored once");
        assertEquals(2, store.read(q -> q.events(running.arn())).size(), "the failed write left nothing behind");
    }

    @Test
    void tagsKeepTheirFirstOrderAndAreReplacedOrRemoved() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("z", "1");
        first.put("a", "2");
        store.write(tx -> {
            tx.putTags(MACHINE, first);
            tx.putTags(MACHINE, Map.of("z", "3", "m", "4"));
            tx.removeTags(MACHINE, List.of("a", "missing"));
            return null;
        });
        Map<String, String> tags = store.read(q -> q.tags(MACHINE));
        assertEquals(List.of("z", "m"), List.copyOf(tags.keySet()));
        assertEquals("3", tags.get("z"));
        store.write(tx -> {
            tx.deleteStateMachine(MACHINE);
            return null;
        });
        assertTrue(store.read(q -> q.tags(MACHINE)).isEmpty());
    }
}
