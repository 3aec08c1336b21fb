package dev.stepwise.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

    @Test
    void recordsTheLocationOfEveryKeyAndElement() throws Exception {
        JsonDocument document = JsonReader.readJson("{\n  \"a\": [1,\n    {\"b\": true}],\n  \"c/d\": null\n}");

        assertEquals(new SourceLocation(1, 1), document.locate(""));
        assertEquals(new SourceLocation(2, 3), document.locate("/a"));
        assertEquals(new SourceLocation(2, 9), document.locate("/a/0"));
        assertEquals(new SourceLocation(3, 6), document.locate("/a/1/b"));
        assertEquals(new SourceLocation(4, 3), document.locate("/c~1d"));
    }

    @Test
    void locatesAMissingPointerAtItsNearestAncestor() throws Exception {
        JsonDocument document = JsonReader.readJson("{\"States\": {\"A\": {}}}");

        assertEquals(document.locate("/States/A"), document.locate("/States/A/Next"));
    }

    @Test
    void keepsKeyOrder() throws Exception {
        JsonDocument document = JsonReader.readJson("{\"z\": 1, \"a\": 2, \"m\": 3}");

        assertEquals(List.of("z", "a", "m"), names(document.root().fieldNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.50", "1e3", "1E+3", "-0.0", "0.10000000000000000555", "12345678901234567890123", "2.0"})
    void writesNumbersBackAsTheyWereSpelled(String number) throws Exception {
        JsonDocument document = JsonReader.readJson("{\"n\": " + number + "}");

        assertEquals("{\"n\":" + number + "}", JsonPrinter.compact(document.root()));
    }

    @Test
    void readsNumbersAsTheirValues() throws Exception {
        JsonDocument document = JsonReader.readJson("[1, 1.50, 1e3]");

        assertThat(document.root().get(0).isInt()).isTrue();
        assertEquals(1.5, document.root().get(1).doubleValue());
        assertEquals(1000.0, document.root().get(2).doubleValue());
    }

    @Test
    void reportsDuplicateKeysAndKeepsTheLastValue() throws Exception {
        JsonDocument document = JsonReader.readJson("{\"a\": 1,\n \"a\": 2}");

        assertEquals(2, document.root().get("a").intValue());
        assertEquals(List.of(new JsonDocument.DuplicateKey("/a", new SourceLocation(2, 2))), document.duplicateKeys());
    }

    @Test
    void namesTheProblemAndPlaceOfASyntaxError() {
        JsonSyntaxException error = assertThrows(JsonSyntaxException.class,
                () -> JsonReader.readJson("{\n  \"a\": 1,\n  \"b\" 2\n}"));

        assertEquals(3, error.location().line());
        assertThat(error.problem()).contains("was expecting a colon");
    }

    @Test
    void keepsJacksonInternalsOutOfTheMessage() {
        JsonSyntaxException error = assertThrows(JsonSyntaxException.class,
                () -> JsonReader.readJson("{\n  \"a\": [1,\n  2\n"));

        assertThat(error.problem()).doesNotContain("Source").doesNotContain("REDACTED").contains("end-of-input");
    }

    @Test
    void rejectsAnEmptyDocumentAndTrailingContent() {
        assertThrows(JsonSyntaxException.class, () -> JsonReader.readJson("   "));
        JsonSyntaxException trailing = assertThrows(JsonSyntaxException.class, () -> JsonReader.readJson("{} {}"));
        assertThat(trailing.problem()).contains("after the end");
    }

    @Test
    void readsYamlWithLocations() throws Exception {
        JsonDocument document = JsonReader.read("StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n", JsonFormat.YAML);

        assertEquals("Pass", document.root().at("/States/A/Type").textValue());
        assertEquals(4, document.locate("/States/A/Type").line());
        assertEquals(JsonFormat.YAML, document.format());
    }

    @Test
    void rejectsDeepNestingWithAClearError() {
        String deep = "[".repeat(2000) + "]".repeat(2000);

        JsonSyntaxException error = assertThrows(JsonSyntaxException.class, () -> JsonReader.readJson(deep));
        assertThat(error.problem()).containsIgnoringCase("nesting depth");
    }

    @Test
    void printsLikeJsonStringifyWithTwoSpaces() throws Exception {
        JsonDocument document = JsonReader.readJson("{\"a\":[1,{}],\"b\":{\"c\":\"\\u00e9\\n\"},\"d\":[]}");

        assertEquals("{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": {\n    \"c\": \"é\\n\"\n  },\n  \"d\": []\n}\n",
                JsonPrinter.pretty(document.root()));
    }

    private static List<String> names(java.util.Iterator<String> iterator) {
        List<String> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
