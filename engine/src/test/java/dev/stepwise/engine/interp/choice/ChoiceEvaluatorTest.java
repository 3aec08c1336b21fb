package dev.stepwise.engine.interp.choice;

import static dev.stepwise.engine.interp.choice.ChoiceFixtures.choiceState;
import static dev.stepwise.engine.interp.choice.ChoiceFixtures.json;
import static dev.stepwise.engine.interp.choice.ChoiceFixtures.matches;
import static dev.stepwise.engine.interp.choice.ChoiceFixtures.oneRule;
import static dev.stepwise.engine.interp.choice.ChoiceFixtures.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.path.DataScope;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceEvaluatorTest {

    private static final String THREE_RULES = """
            [
              {"Variable": "$.n", "NumericEquals": 1, "Next": "Yes"},
              {"Variable": "$.n", "NumericGreaterThan": 1, "Next": "Other"},
              {"Variable": "$.n", "NumericGreaterThan": 5, "Next": "Third"}
            ]""";

    @ParameterizedTest(name = "n = {0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            1  | Yes   | 0
            2  | Other | 1
            9  | Other | 1
            0  | No    | -1
            """)
    void firstMatchingRuleWinsElseDefault(int n, String next, int ruleIndex) {
        ChoiceEvaluator evaluator = ChoiceEvaluator.compile(choiceState(THREE_RULES, "No"));

        assertEquals(new ChoiceOutcome(ruleIndex, next), evaluator.evaluate(json("{\"n\": " + n + "}"), DataScope.EMPTY));
        assertEquals(next, evaluator.nextState(json("{\"n\": " + n + "}"), DataScope.EMPTY));
    }

    @Test
    void noMatchWithoutDefaultFailsWithNoChoiceMatchedAndNoCause() {
        ChoiceEvaluator evaluator = ChoiceEvaluator.compile(choiceState(THREE_RULES, null));

        StatesException failure = assertThrows(StatesException.class,
                () -> evaluator.nextState(json("{\"n\": 0}"), DataScope.EMPTY));

        assertEquals(StatesErrorNames.NO_CHOICE_MATCHED, failure.error());
        assertNull(failure.causeText());
        assertEquals(ChoiceOutcome.DEFAULT, evaluator.firstMatch(json("{\"n\": 0}"), DataScope.EMPTY));
    }

    @Test
    void matchesTestsOneRuleRegardlessOfEarlierRules() {
        ChoiceEvaluator evaluator = ChoiceEvaluator.compile(choiceState(THREE_RULES, "No"));
        JsonNode input = json("{\"n\": 9}");

        assertEquals(List.of(false, true, true), List.of(evaluator.matches(0, input, DataScope.EMPTY),
                evaluator.matches(1, input, DataScope.EMPTY), evaluator.matches(2, input, DataScope.EMPTY)));
        assertEquals("Third", evaluator.choice(2).next());
        assertEquals(3, evaluator.ruleCount());
    }

    @ParameterizedTest(name = "a = {0}, b = {1}")
    @CsvSource(textBlock = """
            true,  11, true,  true,  false
            true,  3,  false, true,  true
            false, 11, false, true,  true
            false, 3,  false, false, true
            """)
    void andOrNotCombine(boolean a, int b, boolean and, boolean or, boolean not) {
        String input = "{\"a\": " + a + ", \"b\": " + b + "}";
        String first = "{\"Variable\": \"$.a\", \"BooleanEquals\": true}";
        String second = "{\"Variable\": \"$.b\", \"NumericGreaterThan\": 10}";

        assertEquals(and, matches("{\"And\": [" + first + ", " + second + "]}", input));
        assertEquals(or, matches("{\"Or\": [" + first + ", " + second + "]}", input));
        assertEquals(not, matches("{\"Not\": {\"And\": [" + first + ", " + second + "]}}", input));
    }

    @Test
    void nestedCombinationsFromTheAwsDocsScenario() {
        String rule = """
                {"And": [
                  {"Not": {"Variable": "$.type", "StringEquals": "Private"}},
                  {"Or": [
                    {"Variable": "$.value", "NumericGreaterThanEquals": 20},
                    {"Not": {"Variable": "$.value", "IsNumeric": true}}
                  ]}
                ]}""";

        assertTrue(matches(rule, "{\"type\": \"Public\", \"value\": 22}"));
        assertTrue(matches(rule, "{\"type\": \"Public\", \"value\": \"x\"}"));
        assertFalse(matches(rule, "{\"type\": \"Public\", \"value\": 19}"));
        assertFalse(matches(rule, "{\"type\": \"Private\", \"value\": 22}"));
    }

    @Test
    void missingVariableIsARuntimeErrorWithAwsCause() {
        StatesException failure = assertThrows(StatesException.class,
                () -> matches("{\"Variable\": \"$.missing\", \"StringEquals\": \"x\"}", "{\"other\": 1}"));

        assertEquals(StatesErrorNames.RUNTIME, failure.error());
        assertEquals("Invalid path '$.missing': The choice state's condition path references an invalid value.",
                failure.causeText());
    }

    @Test
    void missingVariableFailsTypeTestsOtherThanIsPresent() {
        assertThrows(StatesException.class, () -> matches("{\"Variable\": \"$.x\", \"IsNull\": false}", "{}"));
        assertThrows(StatesException.class, () -> matches("{\"Variable\": \"$.x\", \"IsString\": false}", "{}"));
    }

    @Test
    void isPresentIsFalseForAMissingPathAndTrueForNull() {
        assertFalse(matches("{\"Variable\": \"$.x\", \"IsPresent\": true}", "{}"));
        assertTrue(matches("{\"Variable\": \"$.x\", \"IsPresent\": false}", "{}"));
        assertFalse(matches("{\"Variable\": \"$.x.y\", \"IsPresent\": true}", "{\"x\": 1}"));
        assertTrue(matches("{\"Variable\": \"$.x\", \"IsPresent\": true}", "{\"x\": null}"));
        assertTrue(matches("{\"Variable\": \"$[1]\", \"IsPresent\": true}", "[0, 1]"));
    }

    @Test
    void isPresentGuardsALaterComparisonInAnAnd() {
        String rule = """
                {"And": [
                  {"Variable": "$.x", "IsPresent": true},
                  {"Variable": "$.x", "NumericEquals": 1}
                ]}""";

        assertFalse(matches(rule, "{}"));
        assertTrue(matches(rule, "{\"x\": 1}"));
    }

    @ParameterizedTest(name = "{0}: {1} vs {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            StringEqualsPath                | "Hello"                | "Hello"                | true
            StringEqualsPath                | "\\t\\n"               | "\\t\\r\\n"            | false
            StringEqualsPath                | 1                      | "1"                    | false
            StringLessThanPath              | "A"                    | "AB"                   | true
            StringLessThanEqualsPath        | "AB"                   | "A"                    | false
            StringGreaterThanPath           | "A"                    | "A\\t\\n\\r"           | false
            StringGreaterThanEqualsPath     | "AB"                   | "A"                    | true
            NumericEqualsPath               | 1                      | 1.0                    | true
            NumericEqualsPath               | []                     | 0.0                    | false
            NumericEqualsPath               | 1                      | "1"                    | false
            NumericLessThanPath             | 0                      | 1                      | true
            NumericLessThanEqualsPath       | 1                      | 0                      | false
            NumericGreaterThanPath          | 1                      | 0                      | true
            NumericGreaterThanEqualsPath    | 1                      | 1                      | true
            BooleanEqualsPath               | false                  | false                  | true
            BooleanEqualsPath               | "2012-10-09T19:00:55"  | false                  | false
            BooleanEqualsPath               | true                   | "true"                 | false
            TimestampEqualsPath             | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55Z" | true
            TimestampEqualsPath             | "2012-10-09T19:00:55Z" | "not a time"           | false
            TimestampLessThanPath           | "2012-10-09T19:00:56Z" | "2012-10-09T19:00:55Z" | false
            TimestampGreaterThanPath        | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:56Z" | false
            TimestampLessThanEqualsPath     | "2012-10-09T19:00:56Z" | "2012-10-09T19:00:55Z" | false
            TimestampGreaterThanEqualsPath  | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:56Z" | false
            """)
    void pathOperandsReadTheSecondValueFromTheInput(String operator, String variable, String value, boolean expected) {
        String rule = "{\"Variable\": \"$.Variable\", \"" + operator + "\": \"$.Value\"}";

        assertEquals(expected, matches(rule, "{\"Variable\": " + variable + ", \"Value\": " + value + "}"));
    }

    @Test
    void missingPathOperandIsARuntimeError() {
        StatesException failure = assertThrows(StatesException.class,
                () -> matches("{\"Variable\": \"$.a\", \"StringEqualsPath\": \"$.b\"}", "{\"a\": \"x\"}"));

        assertEquals(StatesErrorNames.RUNTIME, failure.error());
        assertEquals("Invalid path '$.b': The choice state's condition path references an invalid value.",
                failure.causeText());
    }

    @Test
    void contextObjectAndVariablesAsVariableAndOperand() {
        JsonNode context = json("{\"Execution\": {\"Input\": {\"input-value\": 0}}, \"State\": {\"Name\": \"C\"}}");
        DataScope scope = scope(context, Map.of("guess", json("\"the_answer\""), "answer", json("\"the_answer\""),
                "limit", json("3")));
        JsonNode input = json("{\"n\": 2}");

        assertTrue(oneRule("{\"Variable\": \"$$.Execution.Input.input-value\", \"NumericLessThanEquals\": 0}")
                .matches(0, input, scope));
        assertTrue(oneRule("{\"Variable\": \"$$.State.Name\", \"StringEquals\": \"C\"}").matches(0, input, scope));
        assertTrue(oneRule("{\"Variable\": \"$guess\", \"StringEqualsPath\": \"$answer\"}").matches(0, input, scope));
        assertTrue(oneRule("{\"Variable\": \"$.n\", \"NumericLessThanPath\": \"$limit\"}").matches(0, input, scope));
        assertTrue(oneRule("{\"Variable\": \"$.n\", \"NumericLessThanPath\": \"$$.Execution.Input.input-value\"}")
                .matches(0, json("{\"n\": -1}"), scope));
        assertFalse(oneRule("{\"Variable\": \"$unset\", \"IsPresent\": true}").matches(0, input, scope));
        assertThrows(StatesException.class,
                () -> oneRule("{\"Variable\": \"$unset\", \"StringEquals\": \"x\"}").matches(0, input, scope));
    }

    @Test
    void literalConditionsNeedNoEvaluator() {
        ChoiceEvaluator evaluator = ChoiceEvaluator.compile(choiceState(
                "[{\"Condition\": false, \"Next\": \"Yes\"}, {\"Condition\": true, \"Next\": \"Other\"}]", "No"));

        assertEquals(new ChoiceOutcome(1, "Other"), evaluator.evaluate(json("{}"), DataScope.EMPTY));
    }

    @Test
    void jsonataConditionsGoToTheHookWithInputAndScope() {
        List<String> seen = new ArrayList<>();
        ConditionEvaluator hook = (condition, input, scope) -> {
            seen.add(condition.textValue() + " on " + input);
            return condition.textValue().contains("yes");
        };
        ChoiceEvaluator evaluator = ChoiceEvaluator.compile(choiceState("""
                [{"Condition": "{% $states.input.no %}", "Next": "Yes"},
                 {"Condition": "{% $states.input.yes %}", "Next": "Other"}]""", "No"), hook);

        assertEquals("Other", evaluator.nextState(json("{\"k\": 1}"), DataScope.EMPTY));
        assertEquals(List.of("{% $states.input.no %} on {\"k\":1}", "{% $states.input.yes %} on {\"k\":1}"), seen);
    }

    @Test
    void conditionWithoutAnEvaluatorIsAProgrammingError() {
        ChoiceEvaluator evaluator = ChoiceEvaluator.compile(
                choiceState("[{\"Condition\": \"{% true %}\", \"Next\": \"Yes\"}]", "No"));

        assertThrows(UnsupportedOperationException.class, () -> evaluator.nextState(json("{}"), DataScope.EMPTY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"Variable": "$.x", "NumericEquals": "1"}
            {"Variable": "$.x", "StringEquals": 1}
            {"Variable": "$.x", "BooleanEquals": "true"}
            {"Variable": "$.x", "IsPresent": 1}
            {"Variable": "$.x", "TimestampEquals": "yesterday"}
            {"Variable": "$.x", "StringEqualsPath": 3}
            {"NumericEquals": 1}
            """)
    void malformedRulesAreRejectedWhenCompiled(String rule) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> oneRule(rule));

        assertTrue(failure.getMessage().startsWith("Choice state 'C', rule #0: "), failure.getMessage());
    }
}
