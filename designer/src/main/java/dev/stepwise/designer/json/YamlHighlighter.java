package dev.stepwise.designer.json;

import dev.stepwise.themes.StyleClasses;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Colours YAML with the JSON colours: keys, quoted and plain strings, numbers, literals (true, null, anchors, tags),
 * punctuation (dashes, colons, flow brackets), plus comments and the lines of block scalars ({@code |}, {@code >}).
 * Line by line and forgiving, like {@link JsonHighlighter}: half-typed text is coloured as far as it goes. The only
 * thing a line passes on to the next is its {@linkplain #state() state}, so a text can be coloured again from any line
 * whose state is known.
 */
public final class YamlHighlighter {

    /** The state outside block scalars, as at the start of a text. */
    public static final int NO_BLOCK_SCALAR = -1;

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d_]*(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?"
            + "|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern LITERAL = Pattern.compile("(?i)true|false|null|yes|no|on|off|~");

    private final StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
    /** The text being coloured, a line of it at a time: the offsets here are in it. */
    private String text;
    private int styledTo;
    private boolean any;
    /** Inside a block scalar: the indent its header's line had, or {@link #NO_BLOCK_SCALAR}. */
    private int blockScalarParent;

    /**
     * A highlighter for lines that follow one another, the first starting in {@code state}: a {@link #state()} an
     * earlier colouring reported, or {@link #NO_BLOCK_SCALAR} at the start of a text.
     */
    public YamlHighlighter(int state) {
        this.blockScalarParent = state;
    }

    public static StyleSpans<Collection<String>> highlight(String text) {
        YamlHighlighter highlighter = new YamlHighlighter(NO_BLOCK_SCALAR);
        int start = 0;
        int end = text.indexOf('\n');
        while (end >= 0) {
            highlighter.nextLine(text, start, end, true);
            start = end + 1;
            end = text.indexOf('\n', start);
        }
        highlighter.nextLine(text, start, text.length(), false);
        return highlighter.spans();
    }

    /** Colours the next line, and the line break that ends it when {@code lineBreak} (a line break has no style). */
    public void line(String line, boolean lineBreak) {
        nextLine(line, 0, line.length(), lineBreak);
    }

    /** The state the next line starts in: inside a block scalar its header's indent, else {@link #NO_BLOCK_SCALAR}. */
    public int state() {
        return blockScalarParent;
    }

    /** The styles of the lines coloured, once they all are. */
    public StyleSpans<Collection<String>> spans() {
        if (!any) {
            spans.add(List.of(), 0);
        }
        return spans.create();
    }

    /** Colours the line of {@code source} from {@code start} to {@code end}, then its line break if it has one. */
    private void nextLine(String source, int start, int end, boolean lineBreak) {
        text = source;
        styledTo = start;
        colour(start, end);
        unstyled(end - styledTo + (lineBreak ? 1 : 0));
    }

    private void colour(int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int indent = i - start;
        if (blockScalarParent >= 0) {
            if (i == end || indent > blockScalarParent) {
                style(i, end, StyleClasses.JSON_STRING);
                return;
            }
            blockScalarParent = NO_BLOCK_SCALAR;
        }
        if (i < end && text.charAt(i) == '#') {
            style(i, end, StyleClasses.CODE_COMMENT);
            return;
        }
        if (text.startsWith("---", i) || text.startsWith("...", i)) {
            style(i, i + 3, StyleClasses.JSON_PUNCTUATION);
            i += 3;
        }
        while (i < end && text.charAt(i) == '-' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
            style(i, i + 1, StyleClasses.JSON_PUNCTUATION);
            i = skipSpaces(i + 1, end);
        }
        values(i, end, 0, indent);
    }

    /** The rest of a line: keys, values and flow collections; {@code depth} counts open flow brackets. */
    private void values(int i, int end, int depth, int indent) {
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                style(i, end, StyleClasses.CODE_COMMENT);
                return;
            } else if ("{[".indexOf(c) >= 0) {
                style(i, i + 1, StyleClasses.JSON_PUNCTUATION);
                depth++;
                i++;
            } else if ("}],".indexOf(c) >= 0) {
                style(i, i + 1, StyleClasses.JSON_PUNCTUATION);
                depth = Math.max(0, depth - 1 + (c == ',' ? 1 : 0));
                i++;
            } else if (c == ':' && isIndicatorEnd(i + 1, end, depth)) {
                style(i, i + 1, StyleClasses.JSON_PUNCTUATION);
                i++;
            } else if ((c == '|' || c == '>') && depth == 0 && restIsHeader(i + 1, end)) {
                style(i, i + 1, StyleClasses.JSON_PUNCTUATION);
                blockScalarParent = indent;
                i = skipHeader(i + 1, end);
            } else if ((c == '&' || c == '*' || c == '!') && i + 1 < end && !Character.isWhitespace(text.charAt(i + 1))) {
                int to = i + 1;
                while (to < end && !Character.isWhitespace(text.charAt(to)) && ",[]{}".indexOf(text.charAt(to)) < 0) {
                    to++;
                }
                style(i, to, StyleClasses.JSON_LITERAL);
                i = to;
            } else if (c == '"' || c == '\'') {
                int to = quoted(i, end, c);
                style(i, to, isKey(to, end, depth) ? StyleClasses.JSON_KEY : StyleClasses.JSON_STRING);
                i = to;
            } else {
                int to = plain(i, end, depth);
                String word = text.substring(i, to);
                style(i, to, isKey(to, end, depth) ? StyleClasses.JSON_KEY
                        : NUMBER.matcher(word).matches() ? StyleClasses.JSON_NUMBER
                        : LITERAL.matcher(word).matches() ? StyleClasses.JSON_LITERAL : StyleClasses.JSON_STRING);
                i = Math.max(to, i + 1);
            }
        }
    }

    /** A colon is syntax when a space, the line's end or (in flow) a flow indicator follows it. */
    private boolean isIndicatorEnd(int at, int end, int depth) {
        return at >= end || text.charAt(at) == ' ' || text.charAt(at) == '\t'
                || (depth > 0 && ",[]{}".indexOf(text.charAt(at)) >= 0);
    }

    private boolean isKey(int after, int end, int depth) {
        int at = after;
        while (at < end && text.charAt(at) == ' ') {
            at++;
        }
        return at < end && text.charAt(at) == ':' && isIndicatorEnd(at + 1, end, depth);
    }

    /** The end of a quoted scalar on this line: after its closing quote, or the line's end when it has none. */
    private int quoted(int start, int end, char quote) {
        int i = start + 1;
        while (i < end) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                    i += 2; // '' is a quote inside a single-quoted string
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return end;
    }

    /** The end of a plain scalar: before ": ", " #", the line's end, or (in flow) a flow indicator. */
    private int plain(int start, int end, int depth) {
        int i = start;
        int lastContent = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ':' && isIndicatorEnd(i + 1, end, depth)) {
                break;
            }
            if (c == '#' && i > start && Character.isWhitespace(text.charAt(i - 1))) {
                break;
            }
            if (depth > 0 && ",[]{}".indexOf(c) >= 0) {
                break;
            }
            i++;
            if (!Character.isWhitespace(c)) {
                lastContent = i;
            }
        }
        return Math.max(lastContent, start + 1);
    }

    private boolean restIsHeader(int at, int end) {
        int i = skipHeader(at, end);
        return i >= end || text.charAt(i) == '#';
    }

    /** After a block scalar's indicator: its chomping and indentation signs, then spaces. */
    private int skipHeader(int at, int end) {
        int i = at;
        while (i < end && "+-0123456789".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return skipSpaces(i, end);
    }

    private int skipSpaces(int at, int end) {
        int i = at;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private void style(int from, int to, String style) {
        if (to <= from) {
            return;
        }
        unstyled(from - styledTo);
        spans.add(List.of(style), to - from);
        styledTo = to;
        any = true;
    }

    private void unstyled(int length) {
        if (length > 0) {
            spans.add(List.of(), length);
            any = true;
        }
    }
}
