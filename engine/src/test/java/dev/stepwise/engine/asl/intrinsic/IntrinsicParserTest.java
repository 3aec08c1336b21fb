package dev.stepwise.engine.asl.intrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.engine.asl.path.DataScope;
import dev.stepwise.engine.json.JsonPrinter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntrinsicParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            States.Array()                                  | []
            States.Array( )                                 | []
            States.Array(1, -2, 3.5, -0.25, 1e2)            | [1,-2,3.5,-0.25,100.0]
            States.Array(true, false, null)                 | [true,false,null]
            States.Array('a', 'b c', '')                    | ["a","b c",""]
            States.Array('it\\'s', 'back\\\\slash')         | ["it's","back\\\\slash"]
            States.Array('a,b', 'x)y', '$.notAPath')        | ["a,b","x)y","$.notAPath"]
            States.Array($.a, $.b[1], $['c d'])             | [1,20,"spaced"]
            States.Array($)                                 | [{"a":1,"b":[10,20],"c d":"spaced"}]
            States.Array(  $.a  ,$.a  )                     | [1,1]
            States.Array(States.Array(1), States.Array())   | [[1],[]]
            States.Array(States.MathAdd($.a, -3))           | [-2]
            States.Array(9999999999)                        | [9999999999]
            """)
    void parsesAndEvaluates(String call, String expected) throws Exception {
        JsonNode input = json("{\"a\":1,\"b\":[10,20],\"c d\":\"spaced\"}");
        JsonNode result = IntrinsicParser.parse(call).evaluate(input, DataScope.EMPTY);
        assertEquals(expected, JsonPrinter.compact(result));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ''                                  | expected an intrinsic function call 'States.<Name>(...)' at position 1
            $.a                                 | expected an intrinsic function call 'States.<Name>(...)' at position 1
            States.                             | expected a function name after 'States.' at position 8
            States.Nope(1)                      | unknown intrinsic function 'States.Nope' at position 1
            States.Array                        | expected '(' at position 13
            States.Array(1                      | missing ')' at position 15
            States.Array(1 2)                   | expected ',' or ')' at position 16
            States.Array(1,)                    | missing argument at position 16
            States.Array(,1)                    | missing argument at position 14
            States.Array(1) x                   | unexpected text after the call: 'x' at position 17
            States.Array('abc)                  | unterminated string literal at position 14
            States.Array('a\\nb')               | invalid escape sequence in a string literal; only \\', \\{, \\} and \\\\ are allowed at position 16
            States.Array(01)                    | invalid number at position 14
            States.Array(1.)                    | invalid number at position 14
            States.Array(truthy)                | unexpected 't'; an argument is a 'string', a number, true, false, null, a path or a call at position 14
            States.Array(\"x\")                 | unexpected '\"'; an argument is a 'string', a number, true, false, null, a path or a call at position 14
            States.Array($.a[0)                 | unterminated path at position 14
            States.ArrayLength()                | States.ArrayLength takes exactly 1 argument, but 0 were given at position 1
            States.ArrayGetItem($.a)            | States.ArrayGetItem takes exactly 2 arguments, but 1 was given at position 1
            States.MathRandom(1)                | States.MathRandom takes 2 or 3 arguments, but 1 was given at position 1
            States.UUID(1)                      | States.UUID takes no arguments, but 1 was given at position 1
            States.Format()                     | States.Format takes at least 1 argument, but 0 were given at position 1
            States.Array(States.Length($))      | unknown intrinsic function 'States.Length' at position 14
            """)
    void rejectsWithThePosition(String call, String message) {
        InvalidIntrinsicException e = assertThrows(InvalidIntrinsicException.class, () -> IntrinsicParser.parse(call));
        assertEquals(message + " in " + call, e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertThrows(InvalidIntrinsicException.class, () -> IntrinsicParser.parse(null));
    }

    @Test
    void keepsTheCallTreeAndItsText() {
        IntrinsicCall call = IntrinsicParser.parse("States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), 0)");
        assertEquals("States.ArrayGetItem", call.functionName());
        assertEquals(2, call.arguments().size());
        IntrinsicCall inner = assertInstanceOf(IntrinsicCall.class, call.arguments().get(0));
        assertEquals("States.StringSplit($$.StateMachine.Name, '-')", inner.text());
        PathArgument path = assertInstanceOf(PathArgument.class, inner.arguments().get(0));
        assertEquals("$$.StateMachine.Name", path.text());
        LiteralArgument dash = assertInstanceOf(LiteralArgument.class, inner.arguments().get(1));
        assertEquals("-", dash.value().textValue());
        assertEquals("'-'", dash.text());
    }

    @Test
    void readsContextAndVariablePaths() throws Exception {
        JsonNode context = json("{\"Execution\":{\"Name\":\"run-1\"}}");
        JsonNode name = json("\"Ada\"");
        DataScope scope = new DataScope() {
            @Override
            public JsonNode contextObject() {
                return context;
            }

            @Override
            public JsonNode variable(String variable) {
                return variable.equals("who") ? name : null;
            }
        };
        JsonNode result = IntrinsicParser.parse("States.Format('{} runs {}', $who, $$.Execution.Name)")
                .evaluate(json("{}"), scope);
        assertEquals("Ada runs run-1", result.textValue());
    }

    @Test
    void evaluatesTheSameCallTwiceAlike() throws Exception {
        IntrinsicCall call = IntrinsicParser.parse("States.Array($.a)");
        assertEquals(call.evaluate(json("{\"a\":1}"), DataScope.EMPTY), call.evaluate(json("{\"a\":1}"), DataScope.EMPTY));
        assertEquals("[2]", JsonPrinter.compact(call.evaluate(json("{\"a\":2}"), DataScope.EMPTY)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            States.Format('x')      | true
            States.UUID()           | true
            '  States.UUID() '      | true
            States.UUID             | false
            $.States.x(1)           | false
            States.(                | false
            Format('x')             | false
            """)
    void tellsIntrinsicsFromPaths(String text, boolean intrinsic) {
        assertEquals(intrinsic, IntrinsicParser.isIntrinsic(text));
    }

    @Test
    void registryHoldsTheEighteenFunctions() {
        assertEquals(List.of("States.Format", "States.StringToJson", "States.JsonToString", "States.Array",
                "States.ArrayPartition", "States.ArrayContains", "States.ArrayRange", "States.ArrayGetItem",
                "States.ArrayLength", "States.ArrayUnique", "States.Base64Encode", "States.Base64Decode", "States.Hash",
                "States.JsonMerge", "States.MathRandom", "States.MathAdd", "States.StringSplit", "States.UUID"),
                List.copyOf(IntrinsicRegistry.standard().names()));
        assertTrue(IntrinsicRegistry.standard().lookup("States.Hash").isPresent());
        assertFalse(IntrinsicRegistry.standard().lookup("States.hash").isPresent());
    }
}
