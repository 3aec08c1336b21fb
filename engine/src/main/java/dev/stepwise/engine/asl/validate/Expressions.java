package dev.stepwise.engine.asl.validate;

import dev.stepwise.engine.asl.intrinsic.IntrinsicParser;
import dev.stepwise.engine.asl.intrinsic.InvalidIntrinsicException;
import dev.stepwise.engine.asl.jsonata.InvalidJsonataException;
import dev.stepwise.engine.asl.jsonata.JsonataExpression;
import dev.stepwise.engine.asl.path.InvalidPathException;
import dev.stepwise.engine.asl.path.PathExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Syntax checks for the small languages inside ASL strings, done by the engine's own parsers: JSONPath
 * ({@link PathExpression}, which knows AWS's {@code $$} context and {@code $name} variable roots), reference paths,
 * intrinsic function calls ({@link IntrinsicParser}) and JSONata {@code {% %}} expressions
 * ({@link JsonataExpression}). Each check returns null when the text is fine, or a phrase saying what is wrong.
 */
final class Expressions {

    private static final String TOO_DEEP = "is nested too deeply to be parsed";
    private static final Pattern REFERENCE_SEGMENTS = Pattern.compile(
            "(\\.[^.\\[\\]\\s*?@()'\"]+|\\['(?:[^'\\\\]|\\\\.)*'\\]|\\[\\d+\\])*");

    private Expressions() {
    }

    /** A path as used by InputPath, ItemsPath, ".$" values: {@code $...}, {@code $$...} or {@code $variable...}. */
    static String jsonPathProblem(String path) {
        if (!path.startsWith("$")) {
            return "does not start with \"$\"";
        }
        // Jayway, under PathExpression, accepts unbalanced paths such as "$.a[" or "$.a)" that AWS rejects.
        String unbalanced = bracketProblem(path);
        if (unbalanced != null) {
            return "is not a valid JSONPath (" + unbalanced + ")";
        }
        try {
            PathExpression.compile(path);
            return null;
        } catch (InvalidPathException e) {
            String reason = e.getMessage();
            String repeated = "invalid JSONPath '" + path + "': ";
            return "is not a valid JSONPath: " + (reason.startsWith(repeated) ? reason.substring(repeated.length()) : reason);
        } catch (StackOverflowError e) {
            return TOO_DEEP;
        }
    }

    /** A reference path (ResultPath): only {@code $} followed by field names and array indexes. */
    static String referencePathProblem(String path) {
        if (!path.startsWith("$") || path.startsWith("$$")) {
            return "must start with \"$\" and refer into the state's input";
        }
        String rest = path.substring(1);
        if (!REFERENCE_SEGMENTS.matcher(rest).matches()) {
            return "is not a valid reference path: only \".field\", \"['field']\" and \"[index]\" steps are allowed, "
                    + "no wildcards, filters, slices or \"..\"";
        }
        return null;
    }

    private static String bracketProblem(String text) {
        List<Character> open = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closingQuote(text, i);
                if (end < 0) {
                    return "unterminated " + c + "-quoted name";
                }
                i = end;
            } else if (c == '[' || c == '(') {
                open.add(c);
            } else if (c == ']' || c == ')') {
                char expected = c == ']' ? '[' : '(';
                if (open.isEmpty() || open.remove(open.size() - 1) != expected) {
                    return "unbalanced '" + c + "'";
                }
            }
        }
        return open.isEmpty() ? null : "unclosed '" + open.get(open.size() - 1) + "'";
    }

    private static int closingQuote(String text, int start) {
        char quote = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a {@code ".$"} value or ErrorPath/CausePath is meant as an intrinsic call, as the interpreter decides
     * ({@link IntrinsicParser#isIntrinsic}), or at least starts like one ({@code States.Format} without parentheses
     * is a broken call, not a path).
     */
    static boolean looksLikeIntrinsic(String text) {
        return text.startsWith("States.") || IntrinsicParser.isIntrinsic(text);
    }

    /** An intrinsic function call such as {@code States.Format('{}', $.name)}. */
    static String intrinsicProblem(String text) {
        try {
            IntrinsicParser.parse(text);
            return null;
        } catch (InvalidIntrinsicException e) {
            return "is not a valid intrinsic function call: " + e.getMessage();
        } catch (StackOverflowError e) {
            return TOO_DEEP;
        }
    }

    /** A {@code {% %}} string: it must be closed with {@code %}} and its body must parse as JSONata. */
    static String jsonataProblem(String text) {
        if (!text.startsWith("{%")) {
            return "is not a JSONata expression: it must be written as \"{% expression %}\"";
        }
        if (!JsonataExpression.isExpression(text)) {
            return "starts with \"{%\" but does not end with \"%}\"";
        }
        try {
            JsonataExpression.compile(text);
            return null;
        } catch (InvalidJsonataException e) {
            return "is not a valid JSONata expression: " + (e.code() == null ? "" : e.code() + " ") + e.reason()
                    + (e.position() < 0 ? "" : " at position " + e.position() + " of '" + e.expression() + "'");
        } catch (StackOverflowError e) {
            return TOO_DEEP;
        }
    }
}
