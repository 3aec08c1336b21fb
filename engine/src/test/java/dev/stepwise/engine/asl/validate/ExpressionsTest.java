package dev.stepwise.engine.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionsTest {

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', textBlock = """
            $                              | true
            $$                             | true
            $.a.b[0]                       | true
            $$.Execution.Input.x           | true
            $myVar.field[1]                | true
            $.items[*].value               | true
            $.users[?(@.status == 0)]      | true
            $.item.items[1:5]              | true
            $.delivery-partner             | true
            $.a[                           | false
            $.a.                           | false
            a.b                            | false
            $-x                            | false
            $.a['b                         | false
            """)
    void jsonPathsAreCheckedWithAwsRoots(String path, boolean valid) {
        assertThat(Expressions.jsonPathProblem(path) == null).isEqualTo(valid);
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
            """)
    void intrinsicCallsNeedKnownNamesArityAndWellFormedArguments(String call, boolean valid) {
        assertThat(Expressions.intrinsicProblem(call) == null).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {% $states.input %}                              | true
            {% $contains('a)b', /^a/) %}                     | true
            {% [1, {'a': (2 + 3)}] %}                        | true
            {% /* ) */ 1 %}                                  | true
            {% %}                                            | false
            {% $states.input                                 | false
            {% [1, 2 %}                                      | false
            {% 'unterminated %}                              | false
            {% (1)) %}                                       | false
            """)
    void jsonataExpressionsHaveDelimitersAndBalancedBrackets(String expression, boolean valid) {
        assertThat(Expressions.jsonataProblem(expression) == null).isEqualTo(valid);
    }
}
