package dev.stepwise.engine.asl.jsonata;

import static dev.stepwise.engine.asl.jsonata.JsonataExpressionTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.engine.json.JsonPrinter;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonataFunctionsTest {

    private static final UUID FIXED = UUID.fromString("2f1c6e0a-4b8e-4c47-9d2e-8a7f1e3b5c6d");

    private static String eval(String expression) {
        return eval(expression, JsonataBindings.builder().input(json("{}")).build());
    }

    private static String eval(String expression, JsonataBindings bindings) {
        return JsonataExpression.compile(expression).evaluate(bindings).map(JsonPrinter::compact)
                .orElse("<undefined>");
    }

    private static String error(String expression) {
        return assertThrows(JsonataEvaluationException.class,
                () -> JsonataExpression.compile(expression).evaluate(JsonataBindings.empty())).detail();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            $partition([0, 1, 2, 3], 3)         | [[0,1,2],[3]]
            $partition([0, 1, 2, 3], 2)         | [[0,1],[2,3]]
            $partition([0], 1)                  | [[0]]
            $partition([1, 2], 5)               | [[1,2]]
            $partition([], 2)                   | []
            $partition([{'a': 1}, 'x', null], 2) | [[{"a":1},"x"],[null]]
            """)
    void partition(String expression, String expected) {
        assertEquals(expected, eval("{% " + expression + " %}"));
    }

    @Test
    void partitionRejectsABadChunkSize() {
        assertEquals("Argument 2 of function $partition must be a positive integer", error("$partition([1], 0)"));
        assertEquals("Argument 2 of function $partition must be a positive integer", error("$partition([1], 1.5)"));
        assertEquals("$partition takes 2 arguments but was given 1", error("$partition([1])"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            $range(0, 10, 3)    | [0,3,6,9]
            $range(0, 9, 3)     | [0,3,6,9]
            $range(1, 9, 2)     | [1,3,5,7,9]
            $range(1, 9, 9)     | 1
            $range(10, 0, -5)   | [10,5,0]
            $range(5, 1, 1)     | []
            $range(0, 1, 0.25)  | [0,0.25,0.5,0.75,1]
            """)
    void range(String expression, String expected) {
        assertEquals(expected, eval("{% " + expression + " %}"));
    }

    @Test
    void rangeRejectsAZeroStep() {
        assertEquals("The step argument of $range must not be zero", error("$range(1, 2, 0)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MD5     | 5d41402abc4b2a76b9719d911017c592
            SHA-1   | aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d
            SHA-256 | 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824
            """)
    void hash(String algorithm, String expected) {
        assertEquals("\"" + expected + "\"", eval("{% $hash('hello', '" + algorithm + "') %}"));
    }

    @Test
    void hashAcceptsTheAwsAlgorithmsOnly() {
        assertEquals(128, eval("{% $hash('x', 'SHA-512') %}").length() - 2);
        assertEquals(96, eval("{% $hash('x', 'SHA-384') %}").length() - 2);
        assertEquals("The hash algorithm 'SHA-3' is not supported; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512",
                error("$hash('x', 'SHA-3')"));
    }

    @Test
    void randomComesFromTheSeam() {
        JsonataBindings seeded = JsonataBindings.builder()
                .functions(new JsonataFunctions(new SplittableRandom(7), () -> FIXED)).build();
        double expected = new SplittableRandom(7).nextDouble();

        assertEquals(String.valueOf(expected), eval("{% $random() %}", seeded));
    }

    @Test
    void randomWithASeedIsRepeatable() {
        String first = eval("{% $random(42) %}");

        assertEquals(first, eval("{% $random(42) %}"));
        assertNotEquals(first, eval("{% $random(43) %}"));
        double value = Double.parseDouble(first);
        assertTrue(value >= 0 && value < 1);
    }

    @Test
    void randomSeededIsNotAFunction() {
        assertEquals("T1006: Attempted to invoke a non-function", error("$randomSeeded(1)"));
    }

    @Test
    void uuidComesFromTheSeam() {
        JsonataBindings fixed = JsonataBindings.builder()
                .functions(new JsonataFunctions(new SplittableRandom(1), () -> FIXED)).build();

        assertEquals("\"" + FIXED + "\"", eval("{% $uuid() %}", fixed));
        assertTrue(eval("{% $uuid() %}").matches("\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '-0'                            | 0
            '1.1'                           | 1.1
            '"HelloWorld"'                  | "HelloWorld"
            '{"Arg1": 1, "Arg2": []}'       | {"Arg1":1,"Arg2":[]}
            '[1, {"b": 2, "a": null}]'      | [1,{"b":2,"a":null}]
            'null'                          | null
            """)
    void parse(String text, String expected) {
        JsonataBindings bindings = JsonataBindings.builder().input(json("{}")).variable("text",
                com.fasterxml.jackson.databind.node.TextNode.valueOf(text)).build();

        assertEquals(expected, eval("{% $parse($text) %}", bindings));
    }

    @Test
    void parseRejectsInvalidJson() {
        assertTrue(error("$parse('{')").startsWith("The argument of $parse is not valid JSON: "));
    }

    @Test
    void base64RoundTrip() {
        assertEquals("\"ü/?\"", eval("{% $base64decode($base64encode('ü/?')) %}"));
    }
}
