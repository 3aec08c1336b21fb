package dev.stepwise.engine.asl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.engine.asl.model.ChoiceRule;
import dev.stepwise.engine.asl.model.ChoiceState;
import dev.stepwise.engine.asl.model.ComparisonOperator;
import dev.stepwise.engine.asl.model.FailState;
import dev.stepwise.engine.asl.model.MapState;
import dev.stepwise.engine.asl.model.ParallelState;
import dev.stepwise.engine.asl.model.PassState;
import dev.stepwise.engine.asl.model.QueryLanguage;
import dev.stepwise.engine.asl.model.Retrier;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.model.TaskState;
import dev.stepwise.engine.asl.model.WaitState;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class AslParserTest {

    private static StateMachine parse(String json) throws AslParseException {
        return AslParser.parse(json, JsonFormat.JSON);
    }

    @Test
    void readsATaskWithRetryAndCatch() throws Exception {
        StateMachine machine = parse("""
                {"StartAt": "Charge", "TimeoutSeconds": 300, "States": {
                  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30,
                    "Parameters": {"id.$": "$.id"}, "ResultSelector": {"r.$": "$.Payload"}, "ResultPath": "$.charge",
                    "Retry": [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 0},
                              {"ErrorEquals": ["States.ALL"], "BackoffRate": 1.5, "JitterStrategy": "FULL", "MaxDelaySeconds": 10}],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": null, "Next": "Refund"}],
                    "Next": "Done"},
                  "Refund": {"Type": "Fail", "Error": "Refunded", "CausePath": "$.why"},
                  "Done": {"Type": "Succeed"}}}
                """);

        TaskState task = assertInstanceOf(TaskState.class, machine.startState());
        assertEquals(300, machine.timeoutSeconds());
        assertEquals("arn:aws:states:::lambda:invoke", task.resource());
        assertEquals(30, task.timeoutSeconds().intValue());
        assertEquals("$.charge", task.paths().resultPath());
        assertEquals("$", task.paths().inputPath());
        assertEquals("$.id", task.paths().parameters().get("id.$").textValue());
        assertEquals("Done", task.transition().next());
        assertFalse(task.isTerminal());
        Retrier first = task.retry().get(0);
        assertEquals(0, first.maxAttemptsOrDefault());
        assertEquals(1, first.intervalSecondsOrDefault());
        assertEquals(2.0, first.backoffRateOrDefault());
        assertEquals(Retrier.JitterStrategy.FULL, task.retry().get(1).jitterStrategy());
        assertEquals(10, task.retry().get(1).maxDelaySeconds());
        assertNull(task.catches().get(0).resultPath(), "ResultPath: null discards the error output");
        assertEquals("Refund", task.catches().get(0).next());
        FailState fail = assertInstanceOf(FailState.class, machine.state("Refund"));
        assertEquals("Refunded", fail.error());
        assertEquals("$.why", fail.causePath());
        assertTrue(machine.state("Done").isTerminal());
    }

    @Test
    void readsChoiceRulesOfEveryShape() throws Exception {
        StateMachine machine = parse("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Default": "D", "Choices": [
                    {"Variable": "$.n", "NumericGreaterThanPath": "$.limit", "Next": "D"},
                    {"And": [{"Variable": "$.s", "StringMatches": "a*"}, {"Not": {"Variable": "$.b", "IsNull": true}}], "Next": "D"}]},
                  "D": {"Type": "Succeed"}}}
                """);

        ChoiceState choice = assertInstanceOf(ChoiceState.class, machine.startState());
        assertEquals("D", choice.defaultNext());
        ChoiceRule.Comparison first = assertInstanceOf(ChoiceRule.Comparison.class, choice.choices().get(0).rule());
        assertEquals(ComparisonOperator.NUMERIC_GREATER_THAN_PATH, first.operator());
        assertEquals(ComparisonOperator.Operand.PATH, first.operator().operand());
        ChoiceRule.And and = assertInstanceOf(ChoiceRule.And.class, choice.choices().get(1).rule());
        assertEquals(2, and.rules().size());
        ChoiceRule.Not not = assertInstanceOf(ChoiceRule.Not.class, and.rules().get(1));
        assertEquals(ComparisonOperator.IS_NULL, ((ChoiceRule.Comparison) not.rule()).operator());
    }

    @Test
    void readsNestedScopesAndTheirQueryLanguage() throws Exception {
        StateMachine machine = parse("""
                {"QueryLanguage": "JSONata", "StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "End": true, "Branches": [
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "Items": "{% [1,2] %}",
                      "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                        "StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": "{% 1 %}", "End": true}}}}}}]}}}
                """);

        ParallelState parallel = assertInstanceOf(ParallelState.class, machine.startState());
        assertEquals(QueryLanguage.JSONATA, parallel.queryLanguage());
        MapState map = assertInstanceOf(MapState.class, parallel.branches().get(1).startState());
        assertEquals(MapState.ProcessorConfig.Mode.DISTRIBUTED, map.processorConfig().mode());
        assertEquals("EXPRESS", map.processorConfig().executionType());
        assertEquals("{% [1,2] %}", map.items().textValue());
        WaitState wait = assertInstanceOf(WaitState.class, map.itemProcessor().startState());
        assertEquals(QueryLanguage.JSONATA, wait.queryLanguage());
        assertEquals("{% 1 %}", wait.seconds().textValue());
    }

    @Test
    void readsTheLegacyMapFields() throws Exception {
        StateMachine machine = parse("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemsPath": "$.xs",
                  "Parameters": {"x.$": "$$.Map.Item.Value"}, "MaxConcurrency": 1,
                  "Iterator": {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}}}}
                """);

        MapState map = assertInstanceOf(MapState.class, machine.startState());
        assertTrue(map.legacyIterator());
        assertEquals("$.xs", map.itemsPath());
        assertEquals("$$.Map.Item.Value", map.itemSelector().get("x.$").textValue());
        assertEquals(1, map.maxConcurrency().intValue());
        assertInstanceOf(PassState.class, map.itemProcessor().startState());
    }

    @Test
    void distinguishesAnAbsentPathFromANullOne() throws Exception {
        StateMachine machine = parse("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "InputPath": null, "Result": {"x": 1}, "End": true}}}
                """);

        PassState pass = (PassState) machine.startState();
        assertNull(pass.paths().inputPath());
        assertEquals("$", pass.paths().outputPath());
        assertEquals(1, pass.result().get("x").intValue());
    }

    @Test
    void reportsEveryUnmodellableProblemWithItsPlace() {
        AslParseException error = assertThrows(AslParseException.class, () -> parse("""
                {"StartAt": "A",
                 "States": {
                   "A": {"Type": "Teleport"},
                   "B": {"Type": "Pass", "Next": 7},
                   "C": "not a state"}}
                """));

        assertEquals(3, error.problems().size());
        assertEquals(new SourceLocation(3, 10), error.problems().get(0).location());
        assertThat(error.problems().get(0).message()).isEqualTo("state \"A\" has an unknown \"Type\": \"Teleport\"");
        assertEquals("/States/B/Next", error.problems().get(1).pointer());
        assertEquals("/States/C", error.problems().get(2).pointer());
    }

    @Test
    void reportsTextThatIsNotJson() {
        AslParseException error = assertThrows(AslParseException.class, () -> parse("{\"StartAt\": }"));

        assertEquals(1, error.problems().size());
        assertEquals(1, error.problems().get(0).location().line());
    }

    @Test
    void keepsStatesInWrittenOrder() throws Exception {
        StateMachine machine = parse("""
                {"StartAt": "Z", "States": {"Z": {"Type": "Pass", "Next": "A"}, "A": {"Type": "Pass", "Next": "M"},
                 "M": {"Type": "Succeed"}}}
                """);

        assertEquals(List.of("Z", "A", "M"), List.copyOf(machine.states().keySet()));
    }

    @Test
    void theModelDoesNotChangeWhenTheSourceTreeDoes() throws Exception {
        var document = dev.stepwise.engine.json.JsonReader.readJson(
                "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
        StateMachine machine = AslParser.parse(document);

        ((com.fasterxml.jackson.databind.node.ObjectNode) document.root()).put("StartAt", "B");

        assertEquals("A", machine.json().get("StartAt").textValue());
    }
}
