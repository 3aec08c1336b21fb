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

    /** Partner offset for every bracket offset; {@link #NONE} for unmatched brackets and for other characters. */
    private final int[] partner;
    private final boolean[] bracket;
    private final List<Integer> unmatched;

    private BracketPairs(int[] partner, boolean[] bracket, List<Integer> unmatched) {
        this.partner = partner;
        this.bracket = bracket;
        this.unmatched = List.copyOf(unmatched);
    }

    public static BracketPairs scan(String text) {
        return scan(text, JsonFormat.JSON);
    }

    public static BracketPairs scan(String text, JsonFormat format) {
        boolean yaml = format == JsonFormat.YAML;
        int n = text.length();
        int[] partner = new int[n];
        Arrays.fill(partner, NONE);
        boolean[] bracket = new boolean[n];
        List<Integer> unmatched = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
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
            if (c == '{' || c == '[') {
                bracket[i] = true;
                open.push(i);
            } else if (c == '}' || c == ']') {
                bracket[i] = true;
                if (!open.isEmpty() && closes(text.charAt(open.peek()), c)) {
                    int start = open.pop();
                    partner[start] = i;
                    partner[i] = start;
                } else {
                    unmatched.add(i);
                }
            }
            i++;
        }
        unmatched.addAll(open);
        unmatched.sort(null);
        return new BracketPairs(partner, bracket, unmatched);
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
            if (at >= 0 && at < bracket.length && bracket[at]) {
                return Optional.of(new Match(at, partnerOf(at)));
            }
        }
        return Optional.empty();
    }

    /** The offset of the bracket that pairs with the bracket at {@code offset}. */
    public Optional<Integer> partnerOf(int offset) {
        if (offset < 0 || offset >= partner.length || partner[offset] == NONE) {
            return Optional.empty();
        }
        return Optional.of(partner[offset]);
    }

    /** The offsets of brackets without a partner, in text order. */
    public List<Integer> unmatched() {
        return unmatched;
    }

    /** Every matched pair as {@code [open, close]}, ordered by the opening offset. */
    public List<int[]> pairs() {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < partner.length; i++) {
            if (partner[i] > i) {
                pairs.add(new int[] {i, partner[i]});
            }
        }
        return pairs;
    }
}
