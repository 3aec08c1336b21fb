package dev.stepwise.engine.asl.jsonata;

import static dev.stepwise.engine.asl.jsonata.JsonataExpressionTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.json.JsonPrinter;
import org.junit.jupiter.api.Test;

class JsonataTemplateTest {

    private static final JsonataBindings BINDINGS = JsonataBindings.builder()
            .input(json("{\"name\": \"Ana\", \"n\": 2}"))
            .variable("greeting", json("\"Hello\""))
            .build();

    private static String evaluate(String template, String field) {
        return JsonPrinter.compact(JsonataTemplate.compile(json(template)).evaluate(BINDINGS, field));
    }

    private static StatesException failure(String template, String field) {
        return assertThrows(StatesException.class,
                () -> JsonataTemplate.compile(json(template)).evaluate(BINDINGS, field));
    }

    @Test
    void evaluatesExpressionsAtAnyDepthAndKeepsLiterals() {
        String template = """
                {"z": "{% $greeting & ' ' & $states.input.name %}",
                 "a": [1, "{% $states.input.n * 2 %}", {"deep": "{% $states.input.n %}"}],
                 "literal": "$states.input", "spaced": " {% 1 %}", "number": 1.50, "nothing": null}""";

        assertEquals("{\"z\":\"Hello Ana\",\"a\":[1,4,{\"deep\":2}],\"literal\":\"$states.input\","
                + "\"spaced\":\" {% 1 %}\",\"number\":1.50,\"nothing\":null}", evaluate(template, "Output"));
    }

    @Test
    void aWholeFieldExpression() {
        assertEquals("\"Ana\"", evaluate("\"{% $states.input.name %}\"", "Output"));
    }

    @Test
    void countsExpressions() {
        assertTrue(JsonataTemplate.compile(json("{\"a\": [1, \"x\"]}")).isConstant());
        JsonataTemplate template = JsonataTemplate.compile(json("{\"a\": [\"{% 1 %}\", \"{% 2 %}\"]}"));
        assertFalse(template.isConstant());
        assertEquals(2, template.expressionCount());
    }

    @Test
    void resultsAreFreshCopies() {
        JsonataTemplate template = JsonataTemplate.compile(json("{\"a\": {\"b\": 1}}"));
        JsonNode first = template.evaluate(BINDINGS, "Output");
        ((com.fasterxml.jackson.databind.node.ObjectNode) first.get("a")).put("b", 2);

        assertEquals("{\"a\":{\"b\":1}}", JsonPrinter.compact(template.evaluate(BINDINGS, "Output")));
    }

    @Test
    void compileFailsOnABadExpressionAnywhere() {
        assertThrows(InvalidJsonataException.class,
                () -> JsonataTemplate.compile(json("{\"a\": [\"{% ) %}\"]}")));
    }

    @Test
    void undefinedWholeField() {
        StatesException e = failure("\"{% $doesNotExist %}\"", "Output");

        assertEquals(StatesErrorNames.QUERY_EVALUATION_ERROR, e.error());
        assertEquals("The JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing "
                + "(undefined).", e.causeText());
    }

    @Test
    void undefinedNestedFieldNamesThePath() {
        assertEquals("The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned "
                + "nothing (undefined).", failure("{\"result\": \"{% $doesNotExist %}\"}", "Output").causeText());
        assertEquals("The JSONata expression '$doesNotExist' specified for the field 'Assign/result' returned "
                + "nothing (undefined).", failure("{\"result\": \"{% $doesNotExist %}\"}", "Assign").causeText());
        assertEquals("The JSONata expression '$x' specified for the field 'Arguments/a/b' returned nothing "
                + "(undefined).", failure("{\"a\": {\"b\": \"{% $x %}\"}}", "Arguments").causeText());
    }

    @Test
    void arrayElementsExtendThePathWithTheirIndex() {
        assertEquals("The JSONata expression '$x' specified for the field 'Items/1' returned nothing (undefined).",
                failure("[1, \"{% $x %}\"]", "Items").causeText());
    }

    @Test
    void runtimeErrorQuotesCodeAndMessage() {
        StatesException e = failure("{\"FunctionResult\": \"{% $randomSeeded($states.input.n) %}\"}", "Output");

        assertEquals(StatesErrorNames.QUERY_EVALUATION_ERROR, e.error());
        assertEquals("The JSONata expression '$randomSeeded($states.input.n)' specified for the field "
                + "'Output/FunctionResult' threw an error during evaluation. T1006: Attempted to invoke a non-function",
                e.causeText());
    }

    @Test
    void functionResultIsUnsupported() {
        assertEquals("The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an "
                + "unsupported result type.", failure("\"{% $fn := function($x){$x} %}\"", "Items").causeText());
    }

    @Test
    void unexpectedTypeWording() {
        assertEquals("The JSONata expression '{'foo': 'bar'}' specified for the field 'Items' returned an unexpected "
                + "result type. Expected 'array', but was 'object' for value: {\"foo\":\"bar\"}",
                JsonataErrors.unexpectedType("{'foo': 'bar'}", "Items", "array", json("{\"foo\": \"bar\"}"))
                        .causeText());
        assertEquals("null", JsonataErrors.typeName(json("null")));
        assertEquals("string", JsonataErrors.typeName(json("\"s\"")));
        assertEquals("boolean", JsonataErrors.typeName(json("true")));
        assertEquals("number", JsonataErrors.typeName(json("1")));
        assertEquals("array", JsonataErrors.typeName(json("[]")));
    }
}
