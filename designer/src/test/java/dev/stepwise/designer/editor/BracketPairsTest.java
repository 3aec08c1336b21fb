package dev.stepwise.designer.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stepwise.engine.json.JsonFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BracketPairsTest {

    @Test
    void pairsNestedObjectsAndArrays() {
        String text = "{\"a\": [1, {\"b\": []}]}";
        BracketPairs pairs = BracketPairs.scan(text);

        assertEquals(Optional.of(text.length() - 1), pairs.partnerOf(0));
        assertEquals(Optional.of(0), pairs.partnerOf(text.length() - 1));
        assertEquals(Optional.of(text.indexOf("]}]}")), pairs.partnerOf(text.indexOf("[]")));
        assertEquals(List.of(), pairs.unmatched());
        assertEquals(4, pairs.pairs().size());
    }

    @Test
    void ignoresBracketsInsideStringsIncludingEscapedQuotes() {
        String text = "{\"a\": \"x } ] \\\" [ {\", \"b\": 1}";
        BracketPairs pairs = BracketPairs.scan(text);

        assertEquals(Optional.of(text.length() - 1), pairs.partnerOf(0));
        assertEquals(List.of(), pairs.unmatched());
        assertEquals(Optional.empty(), pairs.atCaret(text.indexOf(" ]")));
    }

    @Test
    void anUnterminatedStringEndsAtItsLine() {
        String text = "{\"a\": \"open\n}";
        BracketPairs pairs = BracketPairs.scan(text);

        assertEquals(Optional.of(text.length() - 1), pairs.partnerOf(0));
    }

    @Test
    void reportsWrongKindStrayAndUnclosedBracketsAsUnmatched() {
        String text = "{ ] [ ]  } } [";
        BracketPairs pairs = BracketPairs.scan(text);

        assertEquals(List.of(2, 11, 13), pairs.unmatched());
        assertEquals(Optional.of(9), pairs.partnerOf(0));
        assertEquals(Optional.of(6), pairs.partnerOf(4));
    }

    @ParameterizedTest(name = "caret {0} -> bracket {1}, partner {2}")
    @CsvSource(textBlock = """
            0, 0, 6
            1, 0, 6
            2, 2, 4
            6, 6, 0
            7, 6, 0
            """)
    void prefersTheBracketAfterTheCaretThenTheOneBefore(int caret, int bracket, int partner) {
        BracketPairs pairs = BracketPairs.scan("{ [ ] }");

        BracketPairs.Match match = pairs.atCaret(caret).orElseThrow();

        assertEquals(bracket, match.bracket());
        assertEquals(Optional.of(partner), match.partner());
    }

    @Test
    void noBracketBesideTheCaret() {
        assertEquals(Optional.empty(), BracketPairs.scan("{ \"a\": 1 }").atCaret(4));
    }

    @Test
    void yamlCommentsAndQuotedScalarsHideTheirBracketsButAnApostropheInAWordDoesNot() {
        String yaml = """
                States:   # the [states
                  A: {Type: Pass, Comment: 'it''s [', Next: "B]"}
                  B: {Type: Succeed, Comment: don't]}
                """;
        BracketPairs pairs = BracketPairs.scan(yaml, JsonFormat.YAML);

        int open = yaml.indexOf("{Type: Pass");
        assertEquals(Optional.of(yaml.indexOf("}\n")), pairs.partnerOf(open));
        assertEquals(List.of(yaml.indexOf("]}")), pairs.unmatched());
    }

    @Test
    void jsonHasNoCommentsOrSingleQuotes() {
        String text = "[\"a\", 1] # ['";

        assertEquals(List.of(text.indexOf("['")), BracketPairs.scan(text, JsonFormat.JSON).unmatched());
    }
}
