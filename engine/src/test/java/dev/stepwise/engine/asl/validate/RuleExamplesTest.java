package dev.stepwise.engine.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.engine.json.JsonReader;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One failing example per check, with the exact code, pointer and line:column it must be reported at (and, for the
 * expression checks, the exact message), and the corrected definition that the same rule (and the whole validator)
 * accepts.
 */
class RuleExamplesTest {

    /**
     * A check and two versions of a definition: {@code valid} may be null when an earlier row covers it, and
     * {@code message} when the message is not asserted.
     */
    record Example(String name, Supplier<Rule> rule, String valid, String invalid, String code, String pointer,
            int line, int column, String message) {

        @Override
        public String toString() {
            return name + " (" + code + ")";
        }
    }

    private static Example example(String name, Supplier<Rule> rule, String valid, String invalid, String code,
            String pointer, int line, int column) {
        return example(name, rule, valid, invalid, code, pointer, line, column, null);
    }

    private static Example example(String name, Supplier<Rule> rule, String valid, String invalid, String code,
            String pointer, int line, int column, String message) {
        return new Example(name, rule, valid, invalid, code, pointer, line, column, message);
    }

    static Stream<Example> examples() {
        return Stream.of(
            example("duplicate key", DuplicateKeyRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}""",
                    """
                    {"StartAt": "A",
                     "States": {"A": {"Type": "Succeed",
                       "Type": "Succeed"}}}""",
                    "DUPLICATE_KEY", "/States/A/Type", 3, 4),
            example("root must be an object", MachineShapeRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}""",
                    """
                    [1, 2]""",
                    "SCHEMA_VALIDATION_FAILED", "", 1, 1),
            example("StartAt required", MachineShapeRule::new,
                    null,
                    """
                    {
                      "States": {"A": {"Type": "Succeed"}}
                    }""",
                    "SCHEMA_VALIDATION_FAILED", "", 1, 1),
            example("States must not be empty", MachineShapeRule::new,
                    null,
                    """
                    {
                      "StartAt": "A",
                      "States": {}
                    }""",
                    "SCHEMA_VALIDATION_FAILED", "/States", 3, 3),
            example("TimeoutSeconds non-negative integer", MachineShapeRule::new,
                    """
                    {"StartAt": "A", "TimeoutSeconds": 0, "States": {"A": {"Type": "Succeed"}}}""",
                    """
                    {"StartAt": "A",
                      "TimeoutSeconds": -5,
                      "States": {"A": {"Type": "Succeed"}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/TimeoutSeconds", 2, 3),
            example("QueryLanguage enum", MachineShapeRule::new,
                    """
                    {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Succeed"}}}""",
                    """
                    {"QueryLanguage": "XPath",
                      "StartAt": "A", "States": {"A": {"Type": "Succeed"}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/QueryLanguage", 1, 2),
            example("branch needs StartAt", MachineShapeRule::new,
                    """
                    {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
                      "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}]}}}""",
                    """
                    {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
                      "Branches": [{"States": {"B": {"Type": "Succeed"}}}]}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/P/Branches/0", 2, 16),
            example("state Type must be known", StateTypeRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}""",
                    """
                    {"StartAt": "A", "States": {
                      "A": {"Type": "Sleep"}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/A/Type", 2, 9),
            example("state Type required", StateTypeRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {
                      "A": {"Comment": "no type"}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/A", 2, 3),
            example("unknown top-level field", AllowedFieldsRule::new,
                    """
                    {"Comment": "c", "Version": "1.0", "StartAt": "A", "States": {"A": {"Type": "Succeed"}}}""",
                    """
                    {"StartAt": "A",
                      "Start": "A",
                      "States": {"A": {"Type": "Succeed"}}}""",
                    "FIELD_NOT_ALLOWED", "/Start", 2, 3),
            example("field not in state type", AllowedFieldsRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Succeed",
                      "Next": "A"}}}""",
                    "FIELD_NOT_ALLOWED", "/States/A/Next", 2, 3),
            example("JSONPath field in JSONata state", AllowedFieldsRule::new,
                    """
                    {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Output": "{% $states.input %}", "End": true}}}""",
                    """
                    {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass",
                      "InputPath": "$.x", "End": true}}}""",
                    "FIELD_NOT_ALLOWED", "/States/A/InputPath", 2, 3),
            example("JSONata field in JSONPath state", AllowedFieldsRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": 1, "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass",
                      "Output": 1, "End": true}}}""",
                    "FIELD_NOT_ALLOWED", "/States/A/Output", 2, 3),
            example("retrier field", AllowedFieldsRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true, "Retry": [{"ErrorEquals": ["X"], "MaxAttempts": 2}]}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                      "Retry": [{"ErrorEquals": ["X"], "Attempts": 2}]}}}""",
                    "FIELD_NOT_ALLOWED", "/States/A/Retry/0/Attempts", 2, 36),
            example("Task needs Resource", RequiredFieldsRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f", "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {
                      "A": {"Type": "Task", "End": true}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/A", 2, 3),
            example("Wait needs a time", RequiredFieldsRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 1, "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {
                      "A": {"Type": "Wait", "End": true}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/A", 2, 3),
            example("Map needs ItemProcessor", RequiredFieldsRule::new,
                    """
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}}}}""",
                    """
                    {"StartAt": "M", "States": {
                      "M": {"Type": "Map", "End": true}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/M", 2, 3),
            example("Task TimeoutSeconds positive integer", FieldValueRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "TimeoutSeconds": 10, "HeartbeatSeconds": 5, "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x",
                      "TimeoutSeconds": 0, "End": true}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/A/TimeoutSeconds", 2, 3),
            example("HeartbeatSeconds below TimeoutSeconds", FieldValueRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "TimeoutSeconds": 10,
                      "HeartbeatSeconds": 10, "End": true}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/A/HeartbeatSeconds", 2, 3),
            example("JSONata TimeoutSeconds expression", FieldValueRule::new,
                    """
                    {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "TimeoutSeconds": "{% $states.input.t %}", "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x",
                      "TimeoutSeconds": "{% $states.input.t %}", "End": true}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/A/TimeoutSeconds", 2, 3),
            example("Wait Seconds non-negative", FieldValueRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 0, "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Wait",
                      "Seconds": -1, "End": true}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/A/Seconds", 2, 3),
            example("Wait Timestamp RFC 3339", FieldValueRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Wait", "Timestamp": "2024-01-31T12:00:00Z", "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Wait",
                      "Timestamp": "yesterday", "End": true}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/A/Timestamp", 2, 3),
            example("Retry BackoffRate at least 1", FieldValueRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "End": true, "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 1.0, "IntervalSeconds": 1, "MaxAttempts": 0, "JitterStrategy": "FULL", "MaxDelaySeconds": 5}]}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "End": true,
                      "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 0.5}]}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/A/Retry/0/BackoffRate", 2, 45),
            example("Retry JitterStrategy", FieldValueRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "End": true,
                      "Retry": [{"ErrorEquals": ["States.ALL"], "JitterStrategy": "SOME"}]}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/A/Retry/0/JitterStrategy", 2, 45),
            example("Retry IntervalSeconds at least 1", FieldValueRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "End": true,
                      "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 0}]}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/A/Retry/0/IntervalSeconds", 2, 45),
            example("Retry MaxAttempts non-negative", FieldValueRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "End": true,
                      "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 1.5}]}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/A/Retry/0/MaxAttempts", 2, 45),
            example("Map ToleratedFailurePercentage 0..100", FieldValueRule::new,
                    """
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "MaxConcurrency": 0, "ToleratedFailurePercentage": 100, "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}}}}""",
                    """
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                      "ToleratedFailurePercentage": 101, "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/M/ToleratedFailurePercentage", 2, 3),
            example("Map MaxConcurrency non-negative", FieldValueRule::new,
                    null,
                    """
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                      "MaxConcurrency": -1, "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/M/MaxConcurrency", 2, 3),
            example("Choices non-empty", FieldValueRule::new,
                    """
                    {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "D"}]}, "D": {"Type": "Succeed"}}}""",
                    """
                    {"StartAt": "C", "States": {"C": {"Type": "Choice",
                      "Choices": [], "Default": "D"}, "D": {"Type": "Succeed"}}}""",
                    "SCHEMA_VALIDATION_FAILED", "/States/C/Choices", 2, 3),
            example("Next and End together", ConflictingFieldsRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B",
                      "End": true}, "B": {"Type": "Pass", "End": true}}}""",
                    "CONFLICTING_FIELDS", "/States/A/End", 2, 3),
            example("Wait with two times", ConflictingFieldsRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 1,
                      "SecondsPath": "$.s", "End": true}}}""",
                    "CONFLICTING_FIELDS", "/States/A/SecondsPath", 2, 3),
            example("Fail Error and ErrorPath", ConflictingFieldsRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Fail", "Error": "E", "CausePath": "$.c"}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Fail", "Error": "E",
                      "ErrorPath": "$.e"}}}""",
                    "CONFLICTING_FIELDS", "/States/A/ErrorPath", 2, 3),
            example("TimeoutSeconds and TimeoutSecondsPath", ConflictingFieldsRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "End": true, "TimeoutSeconds": 5,
                      "TimeoutSecondsPath": "$.t"}}}""",
                    "CONFLICTING_FIELDS", "/States/A/TimeoutSecondsPath", 2, 3),
            example("Map Parameters and ItemSelector", ConflictingFieldsRule::new,
                    null,
                    """
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "Parameters": {},
                      "ItemSelector": {}, "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}}}}""",
                    "CONFLICTING_FIELDS", "/States/M/ItemSelector", 2, 3),
            example("state name too long", StateNameRule::new,
                    """
                    {"StartAt": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "States": {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx": {"Type": "Succeed"}}}""",
                    """
                    {"StartAt": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "States": {
                      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx": {"Type": "Succeed"}}}""",
                    "INVALID_STATE_NAME", "/States/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 2, 3),
            example("duplicate name across scopes", DuplicateStateNameRule::new,
                    """
                    {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}]}}}""",
                    """
                    {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "P", "States": {
                      "P": {"Type": "Succeed"}}}]}}}""",
                    "DUPLICATE_STATE_NAME", "/States/P/Branches/0/States/P", 2, 3),
            example("Next names a missing state", TransitionTargetRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass",
                      "Next": "Foo"}, "B": {"Type": "Succeed"}}}""",
                    "MISSING_TRANSITION_TARGET", "/States/A/Next", 2, 3),
            example("StartAt names a missing state", TransitionTargetRule::new,
                    null,
                    """
                    {
                      "StartAt": "Nope", "States": {"A": {"Type": "Succeed"}}}""",
                    "MISSING_TRANSITION_TARGET", "/StartAt", 2, 3),
            example("Catch Next leaves the branch", TransitionTargetRule::new,
                    null,
                    """
                    {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}],
                      "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "B"}]}}}""",
                    "MISSING_TRANSITION_TARGET", "/States/P/Catch/0/Next", 2, 45),
            example("Choice Default names a missing state", TransitionTargetRule::new,
                    null,
                    """
                    {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "D"}],
                      "Default": "E"}, "D": {"Type": "Succeed"}}}""",
                    "MISSING_TRANSITION_TARGET", "/States/C/Default", 2, 3),
            example("neither Next nor End", NextOrEndRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {
                      "A": {"Type": "Pass"}}}""",
                    "MISSING_NEXT_OR_END", "/States/A", 2, 3),
            example("unreachable state", ReachabilityRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "B"}], "Default": "C"}, "B": {"Type": "Succeed"}, "C": {"Type": "Fail"}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Succeed"},
                      "B": {"Type": "Succeed"}}}""",
                    "UNREACHABLE_STATE", "/States/B", 2, 3),
            example("no terminal state", TerminalStateRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "End": true}}}""",
                    """
                    {"StartAt": "A",
                      "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"}}}""",
                    "MISSING_END_STATE", "/States", 2, 3),
            example("choice rule with two operators", ChoiceRuleRule::new,
                    """
                    {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"And": [{"Variable": "$.x", "IsPresent": true}, {"Not": {"Variable": "$.x", "StringEquals": "a"}}], "Next": "D"}]}, "D": {"Type": "Succeed"}}}""",
                    """
                    {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true,
                      "IsNull": false, "Next": "D"}]}, "D": {"Type": "Succeed"}}}""",
                    "INVALID_CHOICE_RULE", "/States/C/Choices/0/IsNull", 2, 3),
            example("choice operand type", ChoiceRuleRule::new,
                    """
                    {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "NumericEquals": 1.5, "Next": "D"}]}, "D": {"Type": "Succeed"}}}""",
                    """
                    {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x",
                      "NumericEquals": "1", "Next": "D"}]}, "D": {"Type": "Succeed"}}}""",
                    "INVALID_CHOICE_RULE", "/States/C/Choices/0/NumericEquals", 2, 3),
            example("choice timestamp operand", ChoiceRuleRule::new,
                    """
                    {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "TimestampEquals": "2016-03-14T01:59:00.123+01:00", "Next": "D"}]}, "D": {"Type": "Succeed"}}}""",
                    """
                    {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x",
                      "TimestampEquals": "2016-03-14", "Next": "D"}]}, "D": {"Type": "Succeed"}}}""",
                    "INVALID_CHOICE_RULE", "/States/C/Choices/0/TimestampEquals", 2, 3),
            example("nested choice rule with Next", ChoiceRuleRule::new,
                    null,
                    """
                    {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Not": {"Variable": "$.x", "IsPresent": true,
                      "Next": "D"}, "Next": "D"}]}, "D": {"Type": "Succeed"}}}""",
                    "INVALID_CHOICE_RULE", "/States/C/Choices/0/Not/Next", 2, 3),
            example("top-level choice rule without Next", ChoiceRuleRule::new,
                    null,
                    """
                    {"StartAt": "C", "States": {"C": {"Type": "Choice", "Default": "D", "Choices": [
                      {"Variable": "$.x", "IsPresent": true}]}, "D": {"Type": "Succeed"}}}""",
                    "INVALID_CHOICE_RULE", "/States/C/Choices/0", 2, 3),
            example("JSONata choice rule needs Condition", ChoiceRuleRule::new,
                    """
                    {"QueryLanguage": "JSONata", "StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.x %}", "Next": "D"}]}, "D": {"Type": "Succeed"}}}""",
                    """
                    {"QueryLanguage": "JSONata", "StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [
                      {"Variable": "$.x", "IsPresent": true, "Next": "D"}]}, "D": {"Type": "Succeed"}}}""",
                    "INVALID_CHOICE_RULE", "/States/C/Choices/0/Variable", 2, 4),
            example("empty ErrorEquals", ErrorHandlerRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "End": true, "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "F"}, {"ErrorEquals": ["States.ALL"], "Next": "F"}]}, "F": {"Type": "Fail"}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "End": true, "Catch": [{
                      "ErrorEquals": [], "Next": "F"}]}, "F": {"Type": "Fail"}}}""",
                    "INVALID_ERROR_HANDLER", "/States/A/Catch/0/ErrorEquals", 2, 3),
            example("States.ALL not last", ErrorHandlerRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "End": true, "Retry": [
                      {"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": ["X"]}]}}}""",
                    "INVALID_ERROR_HANDLER", "/States/A/Retry/0/ErrorEquals/0", 2, 20),
            example("States.ALL not alone", ErrorHandlerRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "End": true, "Retry": [
                      {"ErrorEquals": ["X", "States.ALL"]}]}}}""",
                    "INVALID_ERROR_HANDLER", "/States/A/Retry/0/ErrorEquals/1", 2, 25),
            example("catcher without Next", ErrorHandlerRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "End": true, "Catch": [
                      {"ErrorEquals": ["X"]}]}}}""",
                    "INVALID_ERROR_HANDLER", "/States/A/Catch/0", 2, 3),
            example("ItemReader in an inline Map", MapConfigurationRule::new,
                    """
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemReader": {"Resource": "arn:aws:states:::s3:getObject"}, "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"}, "StartAt": "B", "States": {"B": {"Type": "Succeed"}}}}}}""",
                    """
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                      "ItemReader": {"Resource": "arn:aws:states:::s3:getObject"}, "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "B", "States": {"B": {"Type": "Succeed"}}}}}}""",
                    "INVALID_MAP_CONFIGURATION", "/States/M/ItemReader", 2, 3),
            example("Map Mode enum", MapConfigurationRule::new,
                    null,
                    """
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {"ProcessorConfig": {
                      "Mode": "PARALLEL"}, "StartAt": "B", "States": {"B": {"Type": "Succeed"}}}}}}""",
                    "INVALID_MAP_CONFIGURATION", "/States/M/ItemProcessor/ProcessorConfig/Mode", 2, 3),
            example("invalid InputPath", PathSyntaxRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "InputPath": "$.a[0].b", "OutputPath": null, "ResultPath": "$.r", "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass",
                      "InputPath": "$.a[", "End": true}}}""",
                    "INVALID_JSONPATH", "/States/A/InputPath", 2, 3,
                    "\"InputPath\" is not a valid JSONPath (unclosed '[')"),
            example("path ending in a dot", PathSyntaxRule::new,
                    """
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "End": true, "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}}}}""",
                    """
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                      "ItemsPath": "$.items.", "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}}}}""",
                    "INVALID_JSONPATH", "/States/M/ItemsPath", 2, 3,
                    "\"ItemsPath\" is not a valid JSONPath: Path must not end with a '.' or '..'"),
            example("ResultPath must be a reference path", PathSyntaxRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass",
                      "ResultPath": "$.a[*]", "End": true}}}""",
                    "INVALID_JSONPATH", "/States/A/ResultPath", 2, 3),
            example("ErrorPath intrinsic", PathSyntaxRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Fail", "ErrorPath": "States.Format('{}', $.e)", "CausePath": "$$.Execution.Id"}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Fail",
                      "ErrorPath": "States.Formatt('{}', $.e)"}}}""",
                    "INVALID_INTRINSIC_FUNCTION", "/States/A/ErrorPath", 2, 3,
                    "\"ErrorPath\" is not a valid intrinsic function call: unknown intrinsic function "
                            + "'States.Formatt' at position 1 in States.Formatt('{}', $.e)"),
            example("bad path in a .$ key", PayloadTemplateRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"a.$": "$.x", "b.$": "$$.Map.Item.Value", "c.$": "$myVar.field", "d": {"e.$": "States.Array(1, 'two', true, null, $.x)"}}, "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {
                      "a.$": "$..[", "b": 1}, "End": true}}}""",
                    "INVALID_JSONPATH", "/States/A/Parameters/a.$", 2, 3,
                    "\"a.$\" holds \"$..[\", which is not a valid JSONPath (unclosed '[')"),
            example("bad root in a .$ key", PayloadTemplateRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {
                      "a.$": "$$Execution.Id"}, "End": true}}}""",
                    "INVALID_JSONPATH", "/States/A/Parameters/a.$", 2, 3,
                    "\"a.$\" holds \"$$Execution.Id\", which is not a valid JSONPath: Illegal character at position 1 "
                            + "expected '.' or '['"),
            example("intrinsic arity", PayloadTemplateRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"a.$": "States.MathAdd(States.ArrayLength($.l), -1)"}, "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {
                      "a.$": "States.MathAdd(1)"}, "End": true}}}""",
                    "INVALID_INTRINSIC_FUNCTION", "/States/A/Parameters/a.$", 2, 3,
                    "\"a.$\" is not a valid intrinsic function call: States.MathAdd takes exactly 2 arguments, "
                            + "but 1 was given at position 1 in States.MathAdd(1)"),
            example("intrinsic with an unknown function", PayloadTemplateRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultSelector": {"id.$": "States.UUID()"}, "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultSelector": {
                      "id.$": "States.Uuid()"}, "End": true}}}""",
                    "INVALID_INTRINSIC_FUNCTION", "/States/A/ResultSelector/id.$", 2, 3,
                    "\"id.$\" is not a valid intrinsic function call: unknown intrinsic function 'States.Uuid' "
                            + "at position 1 in States.Uuid()"),
            example("intrinsic with the wrong argument count", PayloadTemplateRule::new,
                    """
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemSelector": {"x.$": "States.ArrayGetItem($.list, $$.Map.Item.Index)"}, "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}}}}""",
                    """
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemSelector": {
                      "x.$": "States.ArrayGetItem($.list)"}, "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}}}}""",
                    "INVALID_INTRINSIC_FUNCTION", "/States/M/ItemSelector/x.$", 2, 3,
                    "\"x.$\" is not a valid intrinsic function call: States.ArrayGetItem takes exactly 2 arguments, "
                            + "but 1 was given at position 1 in States.ArrayGetItem($.list)"),
            example("unbalanced intrinsic", PayloadTemplateRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {
                      "a.$": "States.Format('x {}', $.a"}, "End": true}}}""",
                    "INVALID_INTRINSIC_FUNCTION", "/States/A/Parameters/a.$", 2, 3,
                    "\"a.$\" is not a valid intrinsic function call: missing ')' at position 26 "
                            + "in States.Format('x {}', $.a"),
            example(".$ key without a path", PayloadTemplateRule::new,
                    null,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {
                      "a.$": "hello"}, "End": true}}}""",
                    "NO_PATH", "/States/A/Parameters/a.$", 2, 3),
            example("unclosed JSONata", JsonataExpressionRule::new,
                    """
                    {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Output": {"x": "{% $states.input.a[0] & ')' %}"}, "End": true}}}""",
                    """
                    {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Output": {
                      "x": "{% $states.input.a[0 %}"}, "End": true}}}""",
                    "INVALID_JSONATA", "/States/A/Output/x", 2, 3,
                    "\"x\" is not a valid JSONata expression: S0203 Expected \"]\" before end of expression "
                            + "at position 17 of '$states.input.a[0'"),
            example("JSONata syntax error", JsonataExpressionRule::new,
                    """
                    {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Output": {"total": "{% $states.input.a + 1 %}"}, "End": true}}}""",
                    """
                    {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Output": {
                      "total": "{% $states.input.a + %}"}, "End": true}}}""",
                    "INVALID_JSONATA", "/States/A/Output/total", 2, 3,
                    "\"total\" is not a valid JSONata expression: S0207 Unexpected end of expression "
                            + "at position 17 of '$states.input.a +'"),
            example("JSONata without closing delimiter", JsonataExpressionRule::new,
                    null,
                    """
                    {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass",
                      "Output": "{% $states.input", "End": true}}}""",
                    "INVALID_JSONATA", "/States/A/Output", 2, 3,
                    "\"Output\" starts with \"{%\" but does not end with \"%}\""),
            example("Resource not an ARN", ResourceRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Task",
                      "Resource": "my-function", "End": true}}}""",
                    "INVALID_RESOURCE", "/States/A/Resource", 2, 3),
            example("path without .$", NoDollarRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"a.$": "$.x", "b": "$ 5"}, "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {
                      "a": "$.x"}, "End": true}}}""",
                    "NO_DOLLAR", "/States/A/Parameters/a", 2, 3),
            example("Pass Result is static", PassResultStaticRule::new,
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": {"a": "$.x"}, "End": true}}}""",
                    """
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": {
                      "a.$": "$.x"}, "End": true}}}""",
                    "PASS_RESULT_IS_STATIC", "/States/A/Result/a.$", 2, 3));
    }

    static Stream<Example> validExamples() {
        return examples().filter(example -> example.valid() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void ruleReportsTheProblemAtTheOffendingNode(Example example) throws Exception {
        List<Diagnostic> diagnostics = new AslValidator(List.of(example.rule().get()))
                .validate(JsonReader.readJson(example.invalid()));

        assertThat(diagnostics)
                .extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::line, Diagnostic::column)
                .contains(tuple(example.code(), example.pointer(), example.line(), example.column()));
        assertThat(diagnostics).allSatisfy(diagnostic -> assertThat(diagnostic.message()).isNotBlank());
        if (example.message() != null) {
            assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message)
                    .contains(tuple(example.code(), example.pointer(), example.message()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void wholeValidatorReportsTheProblemToo(Example example) {
        List<Diagnostic> diagnostics = new AslValidator().validate(example.invalid(),
                dev.stepwise.engine.json.JsonFormat.JSON);

        assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::pointer)
                .contains(tuple(example.code(), example.pointer()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void correctedDefinitionPassesTheRule(Example example) throws Exception {
        List<Diagnostic> diagnostics = new AslValidator(List.of(example.rule().get()))
                .validate(JsonReader.readJson(example.valid()));

        assertThat(diagnostics).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void correctedDefinitionPassesEveryRule(Example example) throws Exception {
        assertThat(new AslValidator().validate(JsonReader.readJson(example.valid()))).isEmpty();
    }
}
