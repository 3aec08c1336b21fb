package dev.stepwise.engine.asl.jsonata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonataExpressionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) {
        try {
            return JsonReader.readJson(text).root();
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String eval(String expression, JsonataBindings bindings) {
        return JsonataExpression.compile(expression).evaluate(bindings)
                .map(JsonPrinter::compact).orElse("<undefined>");
    }

    private static String eval(String expression, String input) {
        return eval(expression, JsonataBindings.builder().input(json(input)).build());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {% 1 %}        | true
            {%1%}          | true
            {% %}          | true
            ' {% 1 %}'     | false
            '{% 1 %} '     | false
            {% 1           | false
            $states.input  | false
            """)
    void recognisesDelimitedExpressions(String value, boolean expected) {
        assertEquals(expected, JsonataExpression.isExpression(value));
        assertEquals(expected, JsonataExpression.isExpression(TextNode.valueOf(value)));
    }

    @Test
    void nonStringNodesAreNeverExpressions() {
        assertFalse(JsonataExpression.isExpression(json("{\"a\": \"{% 1 %}\"}")));
        assertFalse(JsonataExpression.isExpression((JsonNode) null));
    }

    @Test
    void compileTrimsTheBodyAndKeepsTheSource() {
        JsonataExpression expression = JsonataExpression.compile("{%   $states.input.a   %}");

        assertEquals("$states.input.a", expression.text());
        assertEquals("{%   $states.input.a   %}", expression.source());
    }

    @Test
    void compilesABareExpressionToo() {
        assertEquals("3", eval("1 + 2", "{}"));
    }

    @Test
    void syntaxErrorsNameCodeAndPosition() {
        InvalidJsonataException e = assertThrows(InvalidJsonataException.class,
                () -> JsonataExpression.compile("{% 1 + %}"));

        assertEquals("S0207", e.code());
        assertEquals(3, e.position());
        assertEquals("1 +", e.expression());
        assertEquals("Invalid JSONata expression '1 +': S0207 Unexpected end of expression (at position 3)",
                e.getMessage());
    }

    @Test
    void emptyExpressionDoesNotCompile() {
        InvalidJsonataException e = assertThrows(InvalidJsonataException.class,
                () -> JsonataExpression.compile("{%   %}"));

        assertEquals("Invalid JSONata expression '': The expression is empty", e.getMessage());
    }

    @Test
    void readsStatesInput() {
        assertEquals("\"b\"", eval("{% $states.input.a %}", "{\"a\": \"b\"}"));
    }

    @Test
    void statesHoldsOnlyTheGivenMembersInOrder() {
        JsonataBindings bindings = JsonataBindings.builder()
                .errorOutput(json("{\"Error\": \"E\"}"))
                .context(json("{\"State\": {\"Name\": \"S\"}}"))
                .input(json("1"))
                .build();

        assertEquals("{\"input\":1,\"context\":{\"State\":{\"Name\":\"S\"}},\"errorOutput\":{\"Error\":\"E\"}}",
                eval("{% $states %}", bindings));
        assertEquals("<undefined>", eval("{% $states.result %}", bindings));
    }

    @Test
    void resultIsVisibleWhenBound() {
        JsonataBindings bindings = JsonataBindings.builder().input(json("{}")).result(json("[1, 2]")).build();

        assertEquals("3", eval("{% $sum($states.result) %}", bindings));
    }

    @Test
    void variablesAreDollarNames() {
        JsonataBindings bindings = JsonataBindings.builder()
                .variable("price", json("2.5"))
                .variables(java.util.Map.of("count", json("4")))
                .build();

        assertEquals("10", eval("{% $price * $count %}", bindings));
    }

    @Test
    void aVariableHoldingNullIsNullNotUndefined() {
        JsonataBindings bindings = JsonataBindings.builder().variable("nothing", json("null")).build();

        assertEquals("null", eval("{% $nothing %}", bindings));
        assertEquals("true", eval("{% $nothing = null %}", bindings));
        assertEquals("true", eval("{% $exists($nothing) %}", bindings));
    }

    @Test
    void statesWinsOverAVariableNamedStates() {
        JsonataBindings bindings = JsonataBindings.builder().input(json("1")).variable("states", json("2")).build();

        assertEquals("1", eval("{% $states.input %}", bindings));
    }

    @Test
    void theContextValueIsUndefined() {
        assertEquals("<undefined>", eval("{% $ %}", "{\"a\": 1}"));
        assertEquals("<undefined>", eval("{% a %}", "{\"a\": 1}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {% $doesNotExist %}              | <undefined>
            {% $states.input.missing %}      | <undefined>
            {% $states.input.items[5] %}     | <undefined>
            {% null %}                       | null
            {% $states.input.nothing %}      | null
            {% (1; null) %}                  | null
            {% [$doesNotExist] %}            | []
            {% {'a': $doesNotExist} %}       | {}
            """)
    void tellsUndefinedFromNull(String expression, String expected) {
        assertEquals(expected, eval(expression, "{\"nothing\": null, \"items\": [1]}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {% 1 + 2 %}                      | 3
            {% 10 / 4 %}                     | 2.5
            {% 1.5 * 2 %}                    | 3
            {% 0.1 + 0.2 %}                  | 0.30000000000000004
            {% $states.input.big %}          | 9007199254740993
            {% $states.input.dec %}          | 2.25
            {% $states.input.whole %}        | 4
            {% $sum([1, 2.5]) %}             | 3.5
            {% -0 %}                         | 0
            {% 2e3 %}                        | 2000
            {% $states.input.big - 1 %}      | 9007199254740991
            """)
    // arithmetic is double arithmetic, as in JSONata: 9007199254740993 - 1 gives 9007199254740991
    void keepsIntegersIntegral(String expression, String expected) {
        assertEquals(expected, eval(expression, "{\"big\": 9007199254740993, \"dec\": 2.25, \"whole\": 4.0}"));
    }

    @Test
    void integralResultsAreIntegerNodes() {
        JsonNode value = JsonataExpression.compile("{% 6 / 2 %}").evaluate(JsonataBindings.empty()).orElseThrow();

        assertTrue(value.isIntegralNumber());
    }

    @Test
    void keepsKeyOrder() {
        String input = "{\"z\": 1, \"a\": {\"y\": 2, \"b\": 3}, \"m\": [ {\"k2\": 1, \"k1\": 2} ]}";

        assertEquals("{\"z\":1,\"a\":{\"y\":2,\"b\":3},\"m\":[{\"k2\":1,\"k1\":2}]}", eval("{% $states.input %}", input));
        assertEquals("{\"z\":1,\"a\":2,\"c\":3}", eval("{% {'z': 1, 'a': 2, 'c': 3} %}", "{}"));
        assertEquals("{\"q\":1,\"b\":2,\"x\":3}", eval("{% $merge([{'q': 1, 'b': 2}, {'x': 3}]) %}", "{}"));
    }

    @Test
    void doesNotChangeTheBoundInput() {
        JsonNode input = json("{\"a\": [1, 2], \"b\": {\"c\": 1}}");
        JsonNode before = input.deepCopy();

        eval("{% $states.input ~> |b|{'c': 2}| %}", JsonataBindings.builder().input(input).build());

        assertEquals(before, input);
    }

    @Test
    void runtimeErrorsCarryCodeAndMessage() {
        JsonataEvaluationException e = assertThrows(JsonataEvaluationException.class,
                () -> JsonataExpression.compile("{% $randomSeeded(1) %}").evaluate(JsonataBindings.empty()));

        assertEquals(JsonataEvaluationException.Kind.ERROR, e.kind());
        assertEquals("T1006", e.code());
        assertEquals("T1006: Attempted to invoke a non-function", e.detail());
        assertEquals("$randomSeeded(1)", e.expression());
    }

    @Test
    void aFunctionIsAnUnsupportedResult() {
        JsonataEvaluationException e = assertThrows(JsonataEvaluationException.class,
                () -> JsonataExpression.compile("{% $fn := function($x){$x} %}").evaluate(JsonataBindings.empty()));

        assertEquals(JsonataEvaluationException.Kind.UNSUPPORTED_RESULT, e.kind());
    }

    @Test
    void standardFunctionsWork() {
        assertEquals("\"aGVsbG8=\"", eval("{% $base64encode('hello') %}", "{}"));
        assertEquals("\"hello\"", eval("{% $base64decode('aGVsbG8=') %}", "{}"));
        assertEquals("\"A-B\"", eval("{% $uppercase($join(['a', 'b'], '-')) %}", "{}"));
        assertEquals("true", eval("{% $contains('hello$world', /^hello\\$/) %}", "{}"));
    }

    @Test
    void evaluatesConcurrently() throws Exception {
        JsonataExpression expression = JsonataExpression.compile("{% $sum($states.input) %}");
        java.util.List<java.util.concurrent.Callable<Optional<JsonNode>>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 64; i++) {
            JsonataBindings bindings = JsonataBindings.builder().input(JSON.valueToTree(new int[] {i, i})).build();
            calls.add(() -> expression.evaluate(bindings));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Optional<JsonNode>>> results = pool.invokeAll(calls);
            for (int i = 0; i < 64; i++) {
                assertEquals(2 * i, results.get(i).get().orElseThrow().intValue());
            }
        } finally {
            pool.shutdown();
        }
    }
}
