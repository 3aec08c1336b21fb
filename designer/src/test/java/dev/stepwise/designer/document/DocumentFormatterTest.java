package dev.stepwise.designer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.stepwise.designer.document.DocumentFormatter.Formatted;
import dev.stepwise.designer.document.DocumentFormatter.Refused;
import dev.stepwise.engine.json.JsonFormat;
import org.junit.jupiter.api.Test;

class DocumentFormatterTest {

    private static String formatted(String text) {
        return assertInstanceOf(Formatted.class, DocumentFormatter.format(text, JsonFormat.JSON)).text();
    }

    private static String refusal(String text, JsonFormat format) {
        return assertInstanceOf(Refused.class, DocumentFormatter.format(text, format)).reason();
    }

    @Test
    void indentsByTwoSpacesKeepingKeyOrderNumberSpellingAndUnknownFields() {
        String text = "{\"StartAt\":\"A\",\"X-Custom\":{\"z\":1,\"a\":[1.50, 1e3, -0]},\"States\":{\"A\":"
                + "{\"Type\":\"Pass\",\"End\":true,\"Result\":{},\"Items\":[]}}}";

        assertEquals("""
                {
                  "StartAt": "A",
                  "X-Custom": {
                    "z": 1,
                    "a": [
                      1.50,
                      1e3,
                      -0
                    ]
                  },
                  "States": {
                    "A": {
                      "Type": "Pass",
                      "End": true,
                      "Result": {},
                      "Items": []
                    }
                  }
                }
                """, formatted(text));
    }

    @Test
    void keepsWindowsLineEndings() {
        assertEquals("{\r\n  \"a\": [\r\n    1\r\n  ]\r\n}\r\n", formatted("{\"a\":\r\n[1]}\r\n"));
    }

    @Test
    void formattingFormattedTextChangesNothing() {
        String once = formatted("{ \"a\" : { \"b\" : \"c\\u0041\" } }");

        assertEquals("{\n  \"a\": {\n    \"b\": \"cA\"\n  }\n}\n", once);
        assertEquals(once, formatted(once));
    }

    @Test
    void refusesInvalidJsonSayingWhere() {
        assertEquals("Cannot format: the text is not valid JSON (line 2, column 7): Unexpected character ('}'"
                        + " (code 125)): was expecting a colon to separate field name and value",
                refusal("{\n  \"a\" }", JsonFormat.JSON));
    }

    @Test
    void refusesDuplicateKeysBecauseTheTreeKeepsOnlyTheLast() {
        assertEquals("Cannot format: /a is written twice (line 1); formatting would drop one of them",
                refusal("{\"a\": 1, \"a\": 2}", JsonFormat.JSON));
    }

    @Test
    void anOffsetKeepsItsPlaceAmongTheNonBlankCharacters() {
        String before = "{\"a\":[1,  2], \"b c\": true}";
        String after = formatted(before);

        assertEquals(after.indexOf("2"), DocumentFormatter.mapOffset(before, after, before.indexOf("2")));
        assertEquals(after.indexOf("\"b c\""), DocumentFormatter.mapOffset(before, after, before.indexOf("\"b c\"")));
        assertEquals(after.indexOf("c\""), DocumentFormatter.mapOffset(before, after, before.indexOf("c\"")));
        assertEquals(0, DocumentFormatter.mapOffset(before, after, 0));
        assertEquals(after.length(), DocumentFormatter.mapOffset(before, after, before.length()));
    }

    @Test
    void refusesYaml() {
        assertEquals("Format Document works on JSON only: reformatting YAML would lose its comments",
                refusal("StartAt: A # first\n", JsonFormat.YAML));
    }
}
