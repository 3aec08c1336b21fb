package dev.stepwise.engine.debug;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.debug.DebugSession.Snapshot;
import dev.stepwise.engine.debug.DebugSession.Status;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.ExecutionStatus;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.StepTrace;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DebugSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    static final String CHAIN = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Result": 1, "ResultPath": "$.a", "Next": "B"},
              "B": {"Type": "Pass", "Parameters": {"sum.$": "States.MathAdd($.a, 10)"}, "ResultPath": "$.b",
                    "Next": "C"},
              "C": {"Type": "Pass", "OutputPath": "$.b", "End": true}}}""";

    static final String NESTED = """
            {"StartAt": "Fan", "States": {
              "Fan": {"Type": "Parallel", "Next": "Each", "Branches": [
                {"StartAt": "X", "States": {"X": {"Type": "Pass", "Next": "Y"}, "Y": {"Type": "Pass", "End": true}}}]},
              "Each": {"Type": "Map", "ItemsPath": "$[0].items", "Next": "Done",
                       "ItemProcessor": {"StartAt": "Item", "States": {
                         "Item": {"Type": "Pass", "Next": "Twice"}, "Twice": {"Type": "Pass", "End": true}}}},
              "Done": {"Type": "Succeed"}}}""";

    static final String FOREVER = """
            {"StartAt": "Spin", "States": {
              "Spin": {"Type": "Pass", "Next": "Again"},
              "Again": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "End"}],
                        "Default": "Spin"},
              "End": {"Type": "Succeed"}}}""";

    private final List<DebugSession> sessions = new ArrayList<>();

    @AfterEach
    void closeSessions() {
        sessions.forEach(DebugSession::close);
    }

    private DebugSession session(String definition, String input, boolean history) throws Exception {
        Interpreter.Program program = new Interpreter().compile(AslParser.parse(definition, JsonFormat.JSON));
        JsonNode parsed = JsonReader.readJson(input).root();
        DebugSession session = new DebugSession(program, parsed, () -> {
            Random random = new Random(7);
            return ExecutionOptions.defaults().withHistory(history, 0)
                    .withRandom(random, () -> new UUID(random.nextLong(), random.nextLong()));
        });
        sessions.add(session);
        return session;
    }

    private static Snapshot held(DebugSession session) throws InterruptedException {
        return session.awaitHold(WAIT);
    }

    private static List<String> names(Snapshot snapshot) {
        return snapshot.steps().stream().map(StepTrace::stateName).toList();
    }

    @Test
    void stopsOnEntryThenStepsOverStateByStateShowingEachPhase() throws Exception {
        DebugSession session = session(CHAIN, "{\"x\": true}", true);
        session.start(true);
        Snapshot first = held(session);
        assertThat(first.status()).isEqualTo(Status.PAUSED);
        assertThat(first.stop().stateName()).isEqualTo("A");
        assertThat(first.stop().input().toString()).isEqualTo("{\"x\":true}");
        assertThat(first.steps()).isEmpty();

        assertThat(session.stepOver()).isTrue();
        Snapshot atB = held(session);
        assertThat(atB.stop().stateName()).isEqualTo("B");
        assertThat(atB.stop().input().toString()).isEqualTo("{\"x\":true,\"a\":1}");
        assertThat(names(atB)).containsExactly("A");

        session.stepOver();
        Snapshot atC = held(session);
        StepTrace b = atC.steps().get(1);
        assertThat(b.afterParameters().toString()).isEqualTo("{\"sum\":11}");
        assertThat(b.afterResultPath().toString()).isEqualTo("{\"x\":true,\"a\":1,\"b\":{\"sum\":11}}");
        assertThat(b.next()).isEqualTo("C");

        session.resume();
        Snapshot end = held(session);
        assertThat(end.status()).isEqualTo(Status.ENDED);
        assertThat(end.result().status()).isInstanceOf(ExecutionStatus.Succeeded.class);
        assertThat(end.result().output().toString()).isEqualTo("{\"sum\":11}");
        assertThat(names(end)).containsExactly("A", "B", "C");
    }

    @Test
    void resumeRunsToTheNextBreakpointAndBreakpointsCanBeCleared() throws Exception {
        DebugSession session = session(CHAIN, "{}", true);
        assertThat(session.toggleBreakpoint("C")).isTrue();
        session.start(false);
        Snapshot atC = held(session);
        assertThat(atC.stop().stateName()).isEqualTo("C");
        assertThat(names(atC)).containsExactly("A", "B");

        session.restart();
        assertThat(held(session).stop().stateName()).isEqualTo("A");
        assertThat(session.toggleBreakpoint("C")).isFalse();
        assertThat(session.breakpoints()).isEmpty();
        session.resume();
        assertThat(held(session).status()).isEqualTo(Status.ENDED);
    }

    @Test
    void stepIntoEntersBranchesAndIterationsStepOutLeavesThem() throws Exception {
        DebugSession session = session(NESTED, "{\"items\": [1, 2, 3]}", true);
        session.start(true);
        assertThat(held(session).stop().stateName()).isEqualTo("Fan");

        session.stepInto();
        Snapshot inBranch = held(session);
        assertThat(inBranch.stop().stateName()).isEqualTo("X");
        assertThat(inBranch.stop().depth()).isEqualTo(1);

        session.stepOver();
        assertThat(held(session).stop().stateName()).isEqualTo("Y");

        session.stepOut();
        Snapshot atMap = held(session);
        assertThat(atMap.stop().stateName()).isEqualTo("Each");
        assertThat(atMap.stop().depth()).isZero();
        assertThat(names(atMap)).containsExactly("X", "Y", "Fan");

        session.stepInto();
        Snapshot firstItem = held(session);
        assertThat(firstItem.stop().stateName()).isEqualTo("Item");
        assertThat(firstItem.stop().input().asInt()).isEqualTo(1);

        session.stepOver();
        session.awaitHold(WAIT);
        session.stepOver(); // the next iteration's first state is at the same depth
        Snapshot secondItem = held(session);
        assertThat(secondItem.stop().stateName()).isEqualTo("Item");
        assertThat(secondItem.stop().input().asInt()).isEqualTo(2);
        assertThat(secondItem.stop().scope()).isNotEqualTo(firstItem.stop().scope());

        session.stepOut();
        assertThat(held(session).stop().stateName()).isEqualTo("Done");
    }

    @Test
    void stepOverAContainerRunsItWhole() throws Exception {
        DebugSession session = session(NESTED, "{\"items\": [1]}", true);
        session.start(true);
        held(session);
        session.stepOver();
        Snapshot atMap = held(session);
        assertThat(atMap.stop().stateName()).isEqualTo("Each");
        assertThat(names(atMap)).containsExactly("X", "Y", "Fan");
    }

    @Test
    void aBreakpointInsideAMapHoldsInEveryIteration() throws Exception {
        DebugSession session = session(NESTED, "{\"items\": [\"p\", \"q\"]}", true);
        session.toggleBreakpoint("Twice");
        session.start(false);
        assertThat(held(session).stop().input().asText()).isEqualTo("p");
        session.resume();
        assertThat(held(session).stop().input().asText()).isEqualTo("q");
        session.resume();
        assertThat(held(session).status()).isEqualTo(Status.ENDED);
    }

    @Test
    void stepBackReturnsToTheEarlierStopWithTheSameData() throws Exception {
        DebugSession session = session(CHAIN, "{\"x\": 1}", true);
        session.start(true);
        held(session);
        session.stepOver();
        Snapshot atB = held(session);
        session.stepOver();
        assertThat(held(session).stop().stateName()).isEqualTo("C");

        assertThat(session.stepBack()).isTrue();
        Snapshot back = held(session);
        assertThat(back.stop().stateName()).isEqualTo("B");
        assertThat(back.stop().input()).isEqualTo(atB.stop().input());
        assertThat(names(back)).containsExactly("A");

        assertThat(session.stepBack()).isTrue();
        Snapshot start = held(session);
        assertThat(start.stop().stateName()).isEqualTo("A");
        assertThat(session.stepBack()).as("nothing before the first state").isFalse();

        session.stepOver();
        assertThat(held(session).stop().input()).isEqualTo(atB.stop().input());
    }

    @Test
    void stepBackFromTheEndHoldsBeforeTheLastState() throws Exception {
        DebugSession session = session(CHAIN, "{}", true);
        session.start(false);
        assertThat(held(session).status()).isEqualTo(Status.ENDED);

        assertThat(session.stepBack()).isTrue();
        Snapshot last = held(session);
        assertThat(last.stop().stateName()).isEqualTo("C");
        assertThat(names(last)).containsExactly("A", "B");
    }

    @Test
    void pauseHoldsARunningExecutionAndStopAbortsIt() throws Exception {
        DebugSession session = session(FOREVER, "{}", false);
        session.start(false);
        session.pause();
        Snapshot paused = held(session);
        assertThat(paused.status()).isEqualTo(Status.PAUSED);
        assertThat(paused.stop().stateName()).isIn("Spin", "Again");

        session.stop();
        Snapshot ended = held(session);
        assertThat(ended.status()).isEqualTo(Status.ENDED);
        assertThat(ended.result().status()).isInstanceOf(ExecutionStatus.Aborted.class);
        assertThat(session.stepOver()).as("nothing to step once ended").isFalse();
    }

    @Test
    void listenersHearEveryHoldAndTheEnd() throws Exception {
        DebugSession session = session(CHAIN, "{}", true);
        List<Status> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch twice = new java.util.concurrent.CountDownLatch(2);
        session.addListener(snapshot -> {
            heard.add(snapshot.status());
            twice.countDown();
        });
        session.toggleBreakpoint("B");
        session.start(false);
        held(session);
        session.resume();
        assertThat(twice.await(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(heard).containsExactly(Status.PAUSED, Status.ENDED);
    }
}
