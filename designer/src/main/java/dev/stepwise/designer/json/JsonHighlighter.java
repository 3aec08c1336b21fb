package dev.stepwise.designer.json;

import dev.stepwise.themes.StyleClasses;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Colours JSON: keys, strings, numbers, literals and punctuation. A single forgiving pass, so that text in the
 * middle of being typed (unterminated strings, stray characters) is coloured as far as it goes.
 */
public final class JsonHighlighter {

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
                while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(n, i + 1);
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
            spans.add(List.of(style), i - start);
            at = i;
            any = true;
        }
        if (at < n || !any) {
            spans.add(List.of(), n - at);
        }
        return spans.create();
    }
}
