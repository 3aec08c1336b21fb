package dev.stepwise.designer.json;

import dev.stepwise.themes.StyleClasses;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Colours JSON: keys, strings, numbers, literals and punctuation. A single forgiving pass, so that text in the
 * middle of being typed (unterminated strings, stray characters) is coloured as far as it goes. Each line's colours
 * depend on that line alone.
 */
public final class JsonHighlighter {

    /** One list per style class, shared by every token: a text has tens of thousands. */
    private static final Map<String, List<String>> STYLES = Map.of(
            StyleClasses.JSON_KEY, List.of(StyleClasses.JSON_KEY),
            StyleClasses.JSON_STRING, List.of(StyleClasses.JSON_STRING),
            StyleClasses.JSON_NUMBER, List.of(StyleClasses.JSON_NUMBER),
            StyleClasses.JSON_LITERAL, List.of(StyleClasses.JSON_LITERAL),
            StyleClasses.JSON_PUNCTUATION, List.of(StyleClasses.JSON_PUNCTUATION));

    private JsonHighlighter() {
    }

    public static StyleSpans<Collection<String>> highlight(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        int i = 0;
        int n = text.length();
        boolean any = false;
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            String style;
            if (c == '"') {
                i++;
                // A string ends at its closing quote or, unterminated, at the end of its line: colours never run on
                // from one line to the next, so a line can be coloured again on its own.
                while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' && i + 1 < n && text.charAt(i + 1) != '\n' ? 2 : 1;
                }
                if (i < n && text.charAt(i) == '"') {
                    i++;
                }
                int after = i;
                while (after < n && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
                    after++;
                }
                style = after < n && text.charAt(after) == ':' ? StyleClasses.JSON_KEY : StyleClasses.JSON_STRING;
            } else if (c == '-' || Character.isDigit(c)) {
                while (i < n && "+-.eE0123456789".indexOf(text.charAt(i)) >= 0) {
                    i++;
                }
                style = StyleClasses.JSON_NUMBER;
            } else if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                style = StyleClasses.JSON_LITERAL;
            } else if ("{}[]:,".indexOf(c) >= 0) {
                i++;
                style = StyleClasses.JSON_PUNCTUATION;
            } else {
                i++;
                continue;
            }
            if (start > at) {
                spans.add(List.of(), start - at);
            }
            spans.add(STYLES.get(style), i - start);
            at = i;
            any = true;
        }
        if (at < n || !any) {
            spans.add(List.of(), n - at);
        }
        return spans.create();
    }
}
