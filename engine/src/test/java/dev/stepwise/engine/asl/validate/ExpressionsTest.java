package dev.stepwise.engine.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.stepwise.engine.asl.path.PathExpression;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionsTest {

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', textBlock = """
            $                              | true
            $$                             | true
            $.a.b[0]                       | true
            $$.Execution.Input.x           | true
            $myVar.field[1]                | true
            $myVar                         | true
            $.items[*].value               | true
            $.users[?(@.status == 0)]      | true
            $.item.items[1:5]              | true
            $.delivery-partner             | true
            $['a]']                        | true
            $.a[                           | false
            $.a)                           | false
            $.a]                           | false
            $.a.                           | false
            $myVar.                        | false
            a.b                            | false
            $-x                            | false
            $$foo                          | false
            $.a['b                         | false
            $..[                           | false
            """)
    void jsonPathsAreCheckedWithAwsRoots(String path, boolean valid) {
        assertThat(Expressions.jsonPathProblem(path) == null).isEqualTo(valid);
    }

    static Stream<Arguments> jsonPathMessages() {
        return Stream.of(
                Arguments.of("a.b", "does not start with \"$\""),
                Arguments.of("$.a.", "is not a valid JSONPath: Path must not end with a '.' or '..'"),
                Arguments.of("$-x", "is not a valid JSONPath: Illegal character at position 1 expected '.' or '['"),
                Arguments.of("$.a b", "is not a valid JSONPath: Use bracket notion ['my prop'] if your property "
                        + "contains blank characters. position: 2"),
                Arguments.of("$.a[", "is not a valid JSONPath (unclosed '[')"),
                Arguments.of("$.a)", "is not a valid JSONPath (unbalanced ')')"),
                Arguments.of("$.a['b", "is not a valid JSONPath (unterminated '-quoted name)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonPathMessages")
    void jsonPathProblemsCarryTheParsersReason(String path, String message) {
        assertThat(Expressions.jsonPathProblem(path)).isEqualTo(message);
    }

    /** Why the validator keeps its own bracket check: Jayway, under PathExpression, accepts these; AWS does not. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"$.a[", "$.a)", "$.a]", "$$.Execution[", "$var.x)"})
    void unbalancedPathsThatThePathParserAcceptsAreStillRejected(String path) {
        assertThatCode(() -> PathExpression.compile(path)).doesNotThrowAnyException();
        assertThat(Expressions.jsonPathProblem(path)).startsWith("is not a valid JSONPath (un");
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', textBlock = """
            $                 | true
            $.a.b             | true
            $.a[0]['x y']     | true
            $.a[*]            | false
            $..a              | false
            $$.Execution      | false
            $var.x            | false
            """)
    void referencePathsAllowOnlyFieldsAndIndexes(String path, boolean valid) {
        assertThat(Expressions.referencePathProblem(path) == null).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            States.UUID()                                                  | true
            States.Format('Hello {}, {}', $.name, $$.State.Name)          | true
            States.Format('a \\' b', $.x)                                  | true
            States.Array(1, -2.5, true, false, null, 'x', $var)            | true
            States.MathAdd(States.ArrayLength($.l), -1)                    | true
            States.MathRandom(1, 10)                                       | true
            States.MathRandom(1, 10, 3)                                    | true
            States.JsonMerge($.a, $.b, false)                              | true
            States.Nope($.a)                                               | false
            States.MathAdd(1)                                              | false
            States.UUID(1)                                                 | false
            States.Format('x', $.a                                         | false
            States.Format('x, $.a)                                         | false
            States.Format('x') extra                                       | false
            States.Array(foo)                                              | false
            States.Array($..[)                                             | false
            States.Array($.a.)                                             | false
            States.Format('a \\n b')                                       | false
            States.Format                                                  | false
            States.ALL                                                     | false
            """)
    void intrinsicCallsNeedKnownNamesArityAndWellFormedArguments(String call, boolean valid) {
        assertThat(Expressions.intrinsicProblem(call) == null).isEqualTo(valid);
    }

    static Stream<Arguments> intrinsicMessages() {
        return Stream.of(
                Arguments.of("States.Nope($.a)",
                        "unknown intrinsic function 'States.Nope' at position 1 in States.Nope($.a)"),
                Arguments.of("States.Array(States.Nope())",
                        "unknown intrinsic function 'States.Nope' at position 14 in States.Array(States.Nope())"),
                Arguments.of("States.MathAdd(1)",
                        "States.MathAdd takes exactly 2 arguments, but 1 was given at position 1 in States.MathAdd(1)"),
                Arguments.of("States.UUID(1)",
                        "States.UUID takes no arguments, but 1 was given at position 1 in States.UUID(1)"),
                Arguments.of("States.Format('x', $.a",
                        "missing ')' at position 23 in States.Format('x', $.a"),
                Arguments.of("States.Format('x, $.a)",
                        "unterminated string literal at position 15 in States.Format('x, $.a)"),
                Arguments.of("States.Format('x') extra",
                        "unexpected text after the call: 'extra' at position 20 in States.Format('x') extra"),
                Arguments.of("States.Array($.a.)", "invalid path '$.a.': invalid JSONPath '$.a.': Path must not end "
                        + "with a '.' or '..' at position 14 in States.Array($.a.)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intrinsicMessages")
    void intrinsicProblemsCarryTheParsersMessageWithThePosition(String call, String parserMessage) {
        assertThat(Expressions.intrinsicProblem(call))
                .isEqualTo("is not a valid intrinsic function call: " + parserMessage);
    }

    @ParameterizedTest(name = "{0} intrinsic={1}")
    @CsvSource(delimiter = '|', textBlock = """
            States.Format('{}', $.a)   | true
            '  States.UUID()'          | true
            States.ALL                 | true
            States.Format              | true
            $.States.x                 | false
            hello                      | false
            """)
    void stringsStartingWithStatesAreTreatedAsIntrinsicCalls(String text, boolean intrinsic) {
        assertThat(Expressions.looksLikeIntrinsic(text)).isEqualTo(intrinsic);
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {% $states.input %}                              | true
            {% $contains('a)b', /^a/) %}                     | true
            {% [1, {'a': (2 + 3)}] %}                        | true
            {% /* ) */ 1 %}                                  | true
            {% ($x := 1; $x + 1) %}                          | true
            {% %}                                            | false
            {%%}                                             | false
            {% $states.input                                 | false
            {% [1, 2 %}                                      | false
            {% 'unterminated %}                              | false
            {% (1)) %}                                       | false
            {% 1 + %}                                        | false
            {% $states.input. %}                             | false
            """)
    void jsonataExpressionsAreParsed(String expression, boolean valid) {
        assertThat(Expressions.jsonataProblem(expression) == null).isEqualTo(valid);
    }

    static Stream<Arguments> jsonataMessages() {
        return Stream.of(
                Arguments.of("{% 1 + %}", "is not a valid JSONata expression: S0207 Unexpected end of expression "
                        + "at position 3 of '1 +'"),
                Arguments.of("{% [1, 2 %}", "is not a valid JSONata expression: S0203 Expected \"]\" before end of "
                        + "expression at position 5 of '[1, 2'"),
                Arguments.of("{% 'unterminated %}", "is not a valid JSONata expression: S0101 String literal must be "
                        + "terminated by a matching quote at position 13 of ''unterminated'"),
                Arguments.of("{% (1)) %}", "is not a valid JSONata expression: S0201 Syntax error: \")\" "
                        + "at position 4 of '(1))'"),
                Arguments.of("{% %}", "is not a valid JSONata expression: The expression is empty"),
                Arguments.of("{% $states.input", "starts with \"{%\" but does not end with \"%}\""),
                Arguments.of("$states.input %}", "is not a JSONata expression: it must be written as "
                        + "\"{% expression %}\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonataMessages")
    void jsonataProblemsCarryTheErrorCodeAndPosition(String expression, String message) {
        assertThat(Expressions.jsonataProblem(expression)).isEqualTo(message);
    }

    @Test
    void deeplyNestedExpressionsAreReportedNotThrown() {
        int depth = 50_000;
        assertThat(Expressions.jsonPathProblem("$" + "[?(@".repeat(depth) + ")]".repeat(depth)))
                .isEqualTo("is nested too deeply to be parsed");
        assertThat(Expressions.intrinsicProblem("States.Array(".repeat(depth) + ")".repeat(depth)))
                .isEqualTo("is nested too deeply to be parsed");
        assertThat(Expressions.jsonataProblem("{% " + "(".repeat(depth) + "1" + ")".repeat(depth) + " %}"))
                .isEqualTo("is nested too deeply to be parsed");
    }
}
