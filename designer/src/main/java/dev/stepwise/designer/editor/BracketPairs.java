package dev.stepwise.designer.editor;

import dev.stepwise.engine.json.JsonFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The brackets of a text ({@code { } [ ]}) and which one closes which, outside strings (and, in YAML, comments). A
 * closing bracket of the wrong kind, or one with nothing open, is unmatched; so is a bracket still open at the end.
 * Strings follow JSON's rules as far as they go: a string that is not closed ends at its line, as the highlighter
 * colours it. YAML adds single-quoted strings and {@code #} comments; there a quote opens a string only where a
 * scalar can start (after a space, {@code :}, {@code ,} or a bracket), so the apostrophe in {@code don't} does not.
 */
public final class BracketPairs {

    private static final int NONE = -1;

    /**
     * The offsets of the brackets outside strings, ascending, and for each (same index) its partner's offset or
     * {@link #NONE}: a text has far fewer brackets than characters, and this is made again on every keystroke.
     */
    private final int[] brackets;
    private final int[] partners;
    private final List<Integer> unmatched;

    private BracketPairs(int[] brackets, int[] partners, List<Integer> unmatched) {
        this.brackets = brackets;
        this.partners = partners;
        this.unmatched = List.copyOf(unmatched);
    }

    public static BracketPairs scan(String text) {
        return scan(text, JsonFormat.JSON);
    }

    public static BracketPairs scan(String text, JsonFormat format) {
        boolean yaml = format == JsonFormat.YAML;
        int n = text.length();
        int[] brackets = new int[64];
        int[] partners = new int[64];
        int count = 0;
        List<Integer> unmatched = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>(); // indexes into brackets
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && (!yaml || scalarMayStart(text, i))) {
                i = endOfString(text, i);
                continue;
            }
            if (yaml && c == '\'' && scalarMayStart(text, i)) {
                i = endOfSingleQuoted(text, i);
                continue;
            }
            if (yaml && c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                int newline = text.indexOf('\n', i);
                i = newline < 0 ? n : newline;
                continue;
            }
            if (c == '{' || c == '[' || c == '}' || c == ']') {
                if (count == brackets.length) {
                    brackets = Arrays.copyOf(brackets, count * 2);
                    partners = Arrays.copyOf(partners, count * 2);
                }
                brackets[count] = i;
                partners[count] = NONE;
                if (c == '{' || c == '[') {
                    open.push(count);
                } else if (!open.isEmpty() && closes(text.charAt(brackets[open.peek()]), c)) {
                    int start = open.pop();
                    partners[start] = i;
                    partners[count] = brackets[start];
                } else {
                    unmatched.add(i);
                }
                count++;
            }
            i++;
        }
        for (int index : open) {
            unmatched.add(brackets[index]);
        }
        unmatched.sort(null);
        return new BracketPairs(Arrays.copyOf(brackets, count), Arrays.copyOf(partners, count), unmatched);
    }

    /** The offset just after a string that starts at {@code quote}: after its closing quote, or at its line's end. */
    private static int endOfString(String text, int quote) {
        int i = quote + 1;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\n') {
                return i;
            }
            i += c == '\\' ? 2 : 1;
        }
        return n;
    }

    private static boolean scalarMayStart(String text, int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return Character.isWhitespace(before) || ":,[{".indexOf(before) >= 0;
    }

    /** After a YAML single-quoted string: {@code ''} inside it is an escaped quote; it ends at its line if unclosed. */
    private static int endOfSingleQuoted(String text, int quote) {
        int i = quote + 1;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < n && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (c == '\n') {
                return i;
            }
            i++;
        }
        return n;
    }

    private static boolean closes(char open, char close) {
        return (open == '{' && close == '}') || (open == '[' && close == ']');
    }

    /** A bracket and its partner; {@code partner} is empty when the bracket is unmatched. */
    public record Match(int bracket, Optional<Integer> partner) {
    }

    /**
     * The bracket beside the caret, as IDEs choose it: the one just after the caret, or else the one just before.
     * Empty when neither side of the caret is a bracket outside a string.
     */
    public Optional<Match> atCaret(int caret) {
        for (int at : new int[] {caret, caret - 1}) {
            if (indexOf(at) >= 0) {
                return Optional.of(new Match(at, partnerOf(at)));
            }
        }
        return Optional.empty();
    }

    /** The offset of the bracket that pairs with the bracket at {@code offset}. */
    public Optional<Integer> partnerOf(int offset) {
        int index = indexOf(offset);
        return index < 0 || partners[index] == NONE ? Optional.empty() : Optional.of(partners[index]);
    }

    /** The offsets of brackets without a partner, in text order. */
    public List<Integer> unmatched() {
        return unmatched;
    }

    /** Every matched pair as {@code [open, close]}, ordered by the opening offset. */
    public List<int[]> pairs() {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < brackets.length; i++) {
            if (partners[i] > brackets[i]) {
                pairs.add(new int[] {brackets[i], partners[i]});
            }
        }
        return pairs;
    }

    /** The index of the bracket at an offset; negative when there is none. */
    private int indexOf(int offset) {
        return offset < 0 ? -1 : Arrays.binarySearch(brackets, offset);
    }
}
