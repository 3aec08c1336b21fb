package dev.stepwise.designer.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.themes.StyleClasses;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class YamlHighlighterTest {

    static final String YAML = """
            # Orders
            Comment: "big: orders"  # shown
            StartAt: Check
            States:
              Check:
                Type: Choice
                Choices:
                  - {Variable: $.amount, NumericGreaterThan: 100.50, Next: Charge}
                Default: Done
              Charge:
                Retry: [{ErrorEquals: [States.ALL], MaxAttempts: 3}]
                Assign: &vars {ok: true, none: null}
                Cause: |
                  Two lines: of text
                  # not a comment here
                End: true
              'Quoted key': {Type: Succeed}
            """;

    /** The style of the character at the first occurrence of {@code marker} (plus {@code offset}). */
    private static String styleAt(String marker, int offset) {
        StyleSpans<Collection<String>> spans = YamlHighlighter.highlight(YAML);
        int at = YAML.indexOf(marker) + offset;
        int position = 0;
        for (var span : spans) {
            if (at < position + span.getLength()) {
                return span.getStyle().isEmpty() ? "" : span.getStyle().iterator().next();
            }
            position += span.getLength();
        }
        throw new AssertionError("past the end: " + marker);
    }

    private static String styleAt(String marker) {
        return styleAt(marker, 0);
    }

    @Test
    void keysValuesAndCommentsGetTheirColours() {
        assertThat(styleAt("# Orders")).isEqualTo(StyleClasses.CODE_COMMENT);
        assertThat(styleAt("Comment:")).isEqualTo(StyleClasses.JSON_KEY);
        assertThat(styleAt("\"big: orders\"", 5)).as("a colon inside quotes").isEqualTo(StyleClasses.JSON_STRING);
        assertThat(styleAt("# shown")).isEqualTo(StyleClasses.CODE_COMMENT);
        assertThat(styleAt("Check\n")).isEqualTo(StyleClasses.JSON_STRING);
        assertThat(styleAt("States:", 6)).isEqualTo(StyleClasses.JSON_PUNCTUATION);
        assertThat(styleAt("- {Variable")).isEqualTo(StyleClasses.JSON_PUNCTUATION);
        assertThat(styleAt("Variable: $.amount")).isEqualTo(StyleClasses.JSON_KEY);
        assertThat(styleAt("$.amount")).isEqualTo(StyleClasses.JSON_STRING);
        assertThat(styleAt("100.50")).isEqualTo(StyleClasses.JSON_NUMBER);
        assertThat(styleAt("Charge}", 6)).isEqualTo(StyleClasses.JSON_PUNCTUATION);
        assertThat(styleAt("MaxAttempts: 3", 13)).isEqualTo(StyleClasses.JSON_NUMBER);
        assertThat(styleAt("&vars")).isEqualTo(StyleClasses.JSON_LITERAL);
        assertThat(styleAt("true, none")).isEqualTo(StyleClasses.JSON_LITERAL);
        assertThat(styleAt("null}")).isEqualTo(StyleClasses.JSON_LITERAL);
        assertThat(styleAt("'Quoted key'")).isEqualTo(StyleClasses.JSON_KEY);
    }

    @Test
    void blockScalarLinesAreTextEvenWhenTheyLookLikeSyntax() {
        assertThat(styleAt("|\n")).isEqualTo(StyleClasses.JSON_PUNCTUATION);
        assertThat(styleAt("Two lines")).isEqualTo(StyleClasses.JSON_STRING);
        assertThat(styleAt("# not a comment")).isEqualTo(StyleClasses.JSON_STRING);
        assertThat(styleAt("End: true")).as("the scalar ends where the indentation does").isEqualTo(StyleClasses.JSON_KEY);
        assertThat(styleAt("true\n  'Quoted")).isEqualTo(StyleClasses.JSON_LITERAL);
    }

    @Test
    void halfTypedTextIsColouredAsFarAsItGoes() {
        String typed = "States:\n  A: {Type: \"Pa";
        StyleSpans<Collection<String>> spans = YamlHighlighter.highlight(typed);
        assertThat(spans.length()).isEqualTo(typed.length());
        assertThat(YamlHighlighter.highlight("").length()).isZero();
    }

    /** The style of every character, one entry each. */
    private static List<Collection<String>> charStyles(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> styles = new ArrayList<>();
        spans.forEach(span -> styles.addAll(Collections.nCopies(span.getLength(), span.getStyle())));
        return styles;
    }

    @Test
    void linesColouredOneByOneGetTheColoursOfTheWholeText() {
        YamlHighlighter highlighter = new YamlHighlighter(YamlHighlighter.NO_BLOCK_SCALAR);
        String[] lines = YAML.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            highlighter.line(lines[i], i + 1 < lines.length);
        }

        assertThat(charStyles(highlighter.spans())).isEqualTo(charStyles(YamlHighlighter.highlight(YAML)));
    }

    @Test
    void theStateALineEndsInIsTheIndentOfTheBlockScalarItIsIn() {
        YamlHighlighter highlighter = new YamlHighlighter(YamlHighlighter.NO_BLOCK_SCALAR);
        highlighter.line("States:", true);
        assertThat(highlighter.state()).isEqualTo(YamlHighlighter.NO_BLOCK_SCALAR);
        highlighter.line("    Cause: |-2  # header", true);
        assertThat(highlighter.state()).isEqualTo(4);
        highlighter.line("", true);
        highlighter.line("      text: more", true);
        assertThat(highlighter.state()).as("empty and more indented lines stay in the scalar").isEqualTo(4);
        highlighter.line("    End: {a: |}", true);
        assertThat(highlighter.state()).as("a bar in a flow collection heads nothing")
                .isEqualTo(YamlHighlighter.NO_BLOCK_SCALAR);
        highlighter.line("  - >", false);
        assertThat(highlighter.state()).isEqualTo(2);
        assertThat(highlighter.spans().length()).isEqualTo(
                "States:\n    Cause: |-2  # header\n\n      text: more\n    End: {a: |}\n  - >".length());
    }

    @Test
    void aLineIsColouredByTheStateItStartsIn() {
        YamlHighlighter inScalar = new YamlHighlighter(2);
        inScalar.line("    # text: here", false);
        YamlHighlighter outside = new YamlHighlighter(YamlHighlighter.NO_BLOCK_SCALAR);
        outside.line("    # text: here", false);

        assertThat(charStyles(inScalar.spans()).subList(4, 16)).containsOnly(List.of(StyleClasses.JSON_STRING));
        assertThat(charStyles(outside.spans()).subList(4, 16)).containsOnly(List.of(StyleClasses.CODE_COMMENT));
    }

    @Test
    void aLineBreakIsUnstyled() {
        YamlHighlighter highlighter = new YamlHighlighter(YamlHighlighter.NO_BLOCK_SCALAR);
        highlighter.line("a: 1", true);

        assertThat(charStyles(highlighter.spans())).containsExactly(List.of(StyleClasses.JSON_KEY),
                List.of(StyleClasses.JSON_PUNCTUATION), List.of(), List.of(StyleClasses.JSON_NUMBER), List.of());
    }
}
