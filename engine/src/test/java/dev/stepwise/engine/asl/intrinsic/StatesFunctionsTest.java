package dev.stepwise.engine.asl.intrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.engine.asl.path.DataScope;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.json.JsonPrinter;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each function's results and each of its failures, evaluated over a JSON input. */
class StatesFunctionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode run(String call, String input) throws Exception {
        return IntrinsicParser.parse(call).evaluate(JSON.readTree(input), DataScope.EMPTY, IntrinsicEnvironment.seeded(1));
    }

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.Format('a{}b{}c', $.s, $.n)                   | {"s":"x","n":1.5}                 | "axb1.5c"
            States.Format('{} {} {}', $.t, $.z, $.o)             | {"t":true,"z":null,"o":{"k":"v","l":[1,"a"]}} | "true null {k=v, l=[1, a]}"
            States.Format('\\{\\} is literal, {} is not', 1)   | {}                                | "{} is literal, 1 is not"
            States.Format('it\\'s {}', 'ok')                    | {}                                | "it's ok"
            States.Format($.t, $.v)                              | {"t":"Hello, {}!","v":"Ada"}      | "Hello, Ada!"
            States.Format('none')                                | {}                                | "none"
            States.StringToJson($.s)                             | {"s":"{\\"a\\":[1,2.5,null]}"}    | {"a":[1,2.5,null]}
            States.StringToJson('  ')                            | {}                                | null
            States.JsonToString($)                               | {"a":"q\\"uote","b":[1,2.5]}      | "{\\"a\\":\\"q\\\\\\"uote\\",\\"b\\":[1,2.5]}"
            States.Array($.a, 'x', 2)                            | {"a":[1]}                         | [[1],"x",2]
            States.ArrayPartition($.a, 2)                        | {"a":[1,2,3,4,5]}                 | [[1,2],[3,4],[5]]
            States.ArrayPartition($.a, 2.0)                      | {"a":[1,2]}                       | [[1,2]]
            States.ArrayContains($.a, 1)                         | {"a":[1.0]}                       | true
            States.ArrayContains($.a, $.o)                       | {"a":[{"x":1,"y":2}],"o":{"y":2,"x":1}} | true
            States.ArrayContains($.a, '1')                       | {"a":[1]}                         | false
            States.ArrayRange(1, 9, 2)                           | {}                                | [1,3,5,7,9]
            States.ArrayRange(5, 1, -2)                          | {}                                | [5,3,1]
            States.ArrayRange(5, 1, 1)                           | {}                                | []
            States.ArrayRange(1, 1000, 1)                        | {}                                | `[1000 items]`
            States.ArrayGetItem($.a, 0)                          | {"a":["x","y"]}                   | "x"
            States.ArrayLength($.a)                              | {"a":[]}                          | 0
            States.ArrayUnique($.a)                              | {"a":[1,2,1.0,"1",[1],[1],{"a":1},{"a":1}]} | [1,2,"1",[1],{"a":1}]
            States.Base64Encode('Grüße')                         | {}                                | "R3LDvMOfZQ=="
            States.Base64Decode('R3LDvMOfZQ==')                  | {}                                | "Grüße"
            States.Hash('', 'MD5')                               | {}                                | "d41d8cd98f00b204e9800998ecf8427e"
            States.Hash('abc', 'SHA-1')                          | {}                                | "a9993e364706816aba3e25717850c26c9cd0d89d"
            States.JsonMerge($.a, $.b, false)                    | {"a":{"x":{"p":1},"y":1},"b":{"x":{"q":2}}} | {"x":{"q":2},"y":1}
            States.MathAdd(1, 2)                                 | {}                                | 3
            States.MathAdd(2147483647, 1)                        | {}                                | 2147483648
            States.MathAdd(-1.5, -1.51)                          | {}                                | -3
            States.MathAdd(0.5, -0.5)                            | {}                                | 1
            States.StringSplit('a--b-', '-')                     | {}                                | ["a","b"]
            States.StringSplit('', ',')                          | {}                                | []
            States.StringSplit('abc', '')                        | {}                                | ["abc"]
            """)
    void computes(String call, String input, String expected) throws Exception {
        JsonNode result = run(call, input);
        if (expected.equals("[1000 items]")) {
            assertEquals(1000, result.size());
            assertEquals(1000, result.get(999).intValue());
        } else {
            assertTrue(IntrinsicValues.same(JSON.readTree(expected), result), "got " + JsonPrinter.compact(result));
        }
    }

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.Format('{} and {}', 1)                 | {}                    | Invalid arguments in States.Format: the template has 2 placeholders '{}', but 1 value was given
            States.Format('{}')                           | {}                    | Invalid arguments in States.Format: the template has 1 placeholder '{}', but 0 values were given
            States.Format($.n)                            | {"n":1}               | Invalid arguments in States.Format: argument 1 must be a string, but got 1
            States.StringToJson($.n)                      | {"n":1}               | Invalid arguments in States.StringToJson: argument 1 must be a string, but got 1
            States.StringToJson('{')                      | {}                    | Invalid arguments in States.StringToJson: the string is not valid JSON (line 1, column 2)
            States.StringToJson('1 2')                    | {}                    | Invalid arguments in States.StringToJson: the string is not valid JSON (line 1, column 3)
            States.ArrayPartition($.a, 0)                 | {"a":[1]}             | Invalid arguments in States.ArrayPartition: the chunk size must be a positive integer, but got 0
            States.ArrayPartition($.a, 1.5)               | {"a":[1]}             | Invalid arguments in States.ArrayPartition: argument 2 must be an integer, but got 1.5
            States.ArrayPartition($.a, 1)                 | {"a":"x"}             | Invalid arguments in States.ArrayPartition: argument 1 must be an array, but got "x"
            States.ArrayContains($.a, 1)                  | {"a":{}}              | Invalid arguments in States.ArrayContains: argument 1 must be an array, but got {}
            States.ArrayRange(1, 9, 0)                    | {}                    | Invalid arguments in States.ArrayRange: the step must not be 0
            States.ArrayRange(0, 1000, 1)                 | {}                    | Invalid arguments in States.ArrayRange: the range has 1001 items, more than the limit of 1000
            States.ArrayRange('1', 9, 1)                  | {}                    | Invalid arguments in States.ArrayRange: argument 1 must be a number, but got "1"
            States.ArrayGetItem($.a, 2)                   | {"a":[1,2]}           | Invalid arguments in States.ArrayGetItem: the index 2 is out of bounds for an array of 2 items
            States.ArrayGetItem($.a, -1)                  | {"a":[1,2]}           | Invalid arguments in States.ArrayGetItem: the index -1 is out of bounds for an array of 2 items
            States.ArrayLength($.a)                       | {"a":null}            | Invalid arguments in States.ArrayLength: argument 1 must be an array, but got null
            States.ArrayUnique($.a)                       | {"a":1}               | Invalid arguments in States.ArrayUnique: argument 1 must be an array, but got 1
            States.Base64Encode($.a)                      | {"a":[1]}             | Invalid arguments in States.Base64Encode: argument 1 must be a string, but got [1]
            States.Base64Decode('***')                    | {}                    | Invalid arguments in States.Base64Decode: the input is not valid Base64: Illegal base64 character 2a
            States.Base64Decode('/w==')                   | {}                    | Invalid arguments in States.Base64Decode: the decoded bytes are not UTF-8 text
            States.Hash('x', 'SHA-999')                   | {}                    | Invalid arguments in States.Hash: unknown hash algorithm "SHA-999"; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512
            States.Hash($.n, 'MD5')                       | {"n":1}               | Invalid arguments in States.Hash: argument 1 must be a string, but got 1
            States.JsonMerge($.a, $.a, true)              | {"a":{}}              | Invalid arguments in States.JsonMerge: only shallow merging is supported; the third argument must be false
            States.JsonMerge($.a, $.a, 'false')           | {"a":{}}              | Invalid arguments in States.JsonMerge: argument 3 must be a boolean, but got "false"
            States.JsonMerge($.a, 1, false)               | {"a":{}}              | Invalid arguments in States.JsonMerge: argument 2 must be a JSON object, but got 1
            States.MathAdd($.a, 1)                        | {"a":"1"}             | Invalid arguments in States.MathAdd: argument 1 must be a number, but got "1"
            States.MathRandom(5, 5)                       | {}                    | Invalid arguments in States.MathRandom: the end (5) must be greater than the start (5)
            States.MathRandom(1, 9, 'seed')               | {}                    | Invalid arguments in States.MathRandom: argument 3 must be a number, but got "seed"
            States.StringSplit($.a, ',')                  | {"a":1}               | Invalid arguments in States.StringSplit: argument 1 must be a string, but got 1
            """)
    void failsWithIntrinsicFailure(String call, String input, String cause) {
        StatesException e = assertThrows(StatesException.class, () -> run(call, input));
        assertEquals(StatesErrorNames.INTRINSIC_FAILURE, e.error());
        assertEquals(cause, e.causeText());
    }

    @Test
    void limitsHashAndBase64InputsToTenThousandCharacters() throws Exception {
        String big = "x".repeat(10_001);
        String input = JSON.writeValueAsString(java.util.Map.of("s", big));
        for (String call : new String[] {"States.Hash($.s, 'MD5')", "States.Base64Encode($.s)", "States.Base64Decode($.s)"}) {
            StatesException e = assertThrows(StatesException.class, () -> run(call, input));
            assertTrue(e.causeText().endsWith("the input has 10001 characters, more than the limit of 10000"), e.causeText());
        }
        assertEquals(32, run("States.Hash($.s, 'MD5')", JSON.writeValueAsString(java.util.Map.of("s", "x".repeat(10_000)))).textValue().length());
    }

    @Test
    void failsWithRuntimeWhenAPathSelectsNothing() {
        IntrinsicPathException e = assertThrows(IntrinsicPathException.class,
                () -> run("States.Format('{}', States.Array($.missing))", "{\"a\":1}"));
        assertEquals(StatesErrorNames.RUNTIME, e.error());
        assertEquals("$.missing", e.path());
        assertEquals("The JSONPath '$.missing' could not be found in the input '{\"a\":1}'", e.causeText());
        assertEquals("The JSONPath '$.missing' specified for the field 'FunctionResult.$' could not be found in the input '{\"a\":1}'",
                e.causeForField("FunctionResult.$"));
    }

    @Test
    void failsWithRuntimeWhenAVariableIsUndefined() {
        IntrinsicPathException e = assertThrows(IntrinsicPathException.class,
                () -> run("States.ArrayLength($nothing)", "{}"));
        assertEquals("$nothing", e.path());
        assertEquals("The variable 'nothing' is not defined", e.detail());
    }

    @Test
    void mathRandomStaysInItsRangeAndTakesRandomnessFromTheEnvironment() throws Exception {
        IntrinsicCall call = IntrinsicParser.parse("States.MathRandom(10, 13)");
        IntrinsicEnvironment environment = new IntrinsicEnvironment(new Random(3), UUID::randomUUID);
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(call.evaluate(JSON.readTree("{}"), DataScope.EMPTY, environment).intValue());
        }
        assertEquals(java.util.Set.of(10, 11, 12), seen);
        JsonNode first = call.evaluate(JSON.readTree("{}"), DataScope.EMPTY, IntrinsicEnvironment.seeded(42));
        JsonNode again = call.evaluate(JSON.readTree("{}"), DataScope.EMPTY, IntrinsicEnvironment.seeded(42));
        assertEquals(first, again);
    }

    @Test
    void mathRandomWithASeedDependsOnlyOnItsArguments() throws Exception {
        IntrinsicCall call = IntrinsicParser.parse("States.MathRandom(0, 1000000, 7)");
        JsonNode one = call.evaluate(JSON.readTree("{}"), DataScope.EMPTY, IntrinsicEnvironment.seeded(1));
        JsonNode two = call.evaluate(JSON.readTree("{}"), DataScope.EMPTY, IntrinsicEnvironment.seeded(2));
        assertEquals(one, two);
        assertTrue(one.isInt());
    }

    @Test
    void mathRandomRoundsNonIntegerBounds() throws Exception {
        JsonNode value = run("States.MathRandom(1.5, 2.5)", "{}");
        assertEquals(2, value.intValue());
    }

    @Test
    void uuidIsVersion4FromTheEnvironment() throws Exception {
        UUID fixed = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        JsonNode value = IntrinsicParser.parse("States.UUID()")
                .evaluate(JSON.readTree("{}"), DataScope.EMPTY, new IntrinsicEnvironment(new Random(), () -> fixed));
        assertEquals(fixed.toString(), value.textValue());
        Pattern v4 = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        IntrinsicEnvironment seeded = IntrinsicEnvironment.seeded(9);
        String a = run("States.UUID()", "{}").textValue();
        String b = IntrinsicParser.parse("States.UUID()").evaluate(JSON.readTree("{}"), DataScope.EMPTY, seeded).textValue();
        assertTrue(v4.matcher(a).matches(), a);
        assertTrue(v4.matcher(b).matches(), b);
        assertTrue(v4.matcher(IntrinsicParser.parse("States.UUID()").evaluate(JSON.readTree("{}"), DataScope.EMPTY).textValue()).matches());
        assertNotEquals(b, IntrinsicParser.parse("States.UUID()").evaluate(JSON.readTree("{}"), DataScope.EMPTY, seeded).textValue());
    }

    @Test
    void functionsNeverChangeTheirInputs() throws Exception {
        String text = "{\"a\":[[1],[1]],\"l\":{\"x\":1},\"r\":{\"x\":2,\"y\":3},\"s\":\"a,b\"}";
        JsonNode input = JSON.readTree(text);
        for (String call : List.of("States.ArrayGetItem($.a, 0)", "States.ArrayUnique($.a)", "States.ArrayPartition($.a, 1)",
                "States.JsonMerge($.l, $.r, false)", "States.Array($.a, $.l)", "States.StringSplit($.s, ',')")) {
            IntrinsicParser.parse(call).evaluate(input, DataScope.EMPTY);
        }
        assertEquals(text, JsonPrinter.compact(input));
    }

    @Test
    void jsonMergeIsShallowAndTheSecondObjectWins() throws Exception {
        JsonNode input = JSON.readTree("{\"l\":{\"x\":{\"deep\":1},\"k\":1},\"r\":{\"x\":{\"other\":2}}}");
        JsonNode merged = IntrinsicParser.parse("States.JsonMerge($.l, $.r, false)").evaluate(input, DataScope.EMPTY);
        assertEquals("{\"x\":{\"other\":2},\"k\":1}", JsonPrinter.compact(merged));
    }
}
