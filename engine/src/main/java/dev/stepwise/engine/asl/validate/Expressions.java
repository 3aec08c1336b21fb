package dev.stepwise.engine.asl.validate;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Syntax checks for the small languages inside ASL strings: JSONPath (with AWS's {@code $$} context and
 * {@code $name} variable forms), reference paths, intrinsic function calls and JSONata {@code {% %}}
 * expressions. Each check returns null when the text is fine, or a phrase saying what is wrong.
 */
final class Expressions {

    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)(.*)", Pattern.DOTALL);
    private static final Pattern REFERENCE_SEGMENTS = Pattern.compile(
            "(\\.[^.\\[\\]\\s*?@()'\"]+|\\['(?:[^'\\\\]|\\\\.)*'\\]|\\[\\d+\\])*");

    /** Known intrinsic functions with their least and greatest argument counts. */
    static final Map<String, int[]> INTRINSICS = Map.ofEntries(
            Map.entry("States.Format", new int[] {1, Integer.MAX_VALUE}),
            Map.entry("States.StringToJson", new int[] {1, 1}),
            Map.entry("States.JsonToString", new int[] {1, 1}),
            Map.entry("States.Array", new int[] {0, Integer.MAX_VALUE}),
            Map.entry("States.ArrayPartition", new int[] {2, 2}),
            Map.entry("States.ArrayContains", new int[] {2, 2}),
            Map.entry("States.ArrayRange", new int[] {3, 3}),
            Map.entry("States.ArrayGetItem", new int[] {2, 2}),
            Map.entry("States.ArrayLength", new int[] {1, 1}),
            Map.entry("States.ArrayUnique", new int[] {1, 1}),
            Map.entry("States.Base64Encode", new int[] {1, 1}),
            Map.entry("States.Base64Decode", new int[] {1, 1}),
            Map.entry("States.Hash", new int[] {2, 2}),
            Map.entry("States.JsonMerge", new int[] {3, 3}),
            Map.entry("States.MathRandom", new int[] {2, 3}),
            Map.entry("States.MathAdd", new int[] {2, 2}),
            Map.entry("States.StringSplit", new int[] {2, 2}),
            Map.entry("States.UUID", new int[] {0, 0}));

    private Expressions() {
    }

    /** A path as used by InputPath, ItemsPath, ".$" values: {@code $...}, {@code $$...} or {@code $variable...}. */
    static String jsonPathProblem(String path) {
        if (!path.startsWith("$")) {
            return "does not start with \"$\"";
        }
        String rest = afterRoot(path);
        if (rest == null) {
            return "is not a valid path: \"" + path + "\" has no valid root (\"$\", \"$$\" or \"$variableName\")";
        }
        if (rest.isEmpty()) {
            return null;
        }
        String unbalanced = bracketProblem(rest);
        if (unbalanced != null) {
            return "is not a valid JSONPath (" + unbalanced + ")";
        }
        if (rest.endsWith(".")) {
            return "is not a valid JSONPath (it ends with \".\")";
        }
        try {
            JsonPath.compile("$" + rest);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return "is not a valid JSONPath (" + reason.strip() + ")";
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

    /** What follows the root of a path ({@code ""} for the root alone), or null when the root is malformed. */
    private static String afterRoot(String path) {
        String rest;
        if (path.startsWith("$$")) {
            rest = path.substring(2);
        } else {
            var variable = VARIABLE.matcher(path);
            rest = variable.matches() ? variable.group(2) : path.substring(1);
        }
        if (!rest.isEmpty() && rest.charAt(0) != '.' && rest.charAt(0) != '[') {
            return null;
        }
        return rest;
    }

    static boolean looksLikeIntrinsic(String text) {
        return text.startsWith("States.");
    }

    /** An intrinsic function call such as {@code States.Format('{}', $.name)}. */
    static String intrinsicProblem(String text) {
        IntrinsicScanner scanner = new IntrinsicScanner(text);
        try {
            scanner.call();
            scanner.skipSpace();
            if (!scanner.atEnd()) {
                return "has unexpected text after the call at position " + (scanner.pos + 1);
            }
            return null;
        } catch (IllegalArgumentException problem) {
            return problem.getMessage();
        }
    }

    /** A JSONata expression string: starts with {@code {%} and ends with {@code %}}. */
    static boolean isJsonataExpression(String text) {
        return text.startsWith("{%") && text.endsWith("%}") && text.length() >= 4;
    }

    /** Checks the delimiters and the balance of brackets and quotes of a {@code {% %}} string. */
    static String jsonataProblem(String text) {
        if (!text.startsWith("{%")) {
            return "is not a JSONata expression: it must be written as \"{% expression %}\"";
        }
        if (!text.endsWith("%}") || text.length() < 4) {
            return "starts with \"{%\" but does not end with \"%}\"";
        }
        String body = text.substring(2, text.length() - 2);
        if (body.isBlank()) {
            return "is an empty JSONata expression";
        }
        List<Character> open = new ArrayList<>();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int end = closingQuote(body, i);
                if (end < 0) {
                    return "has an unterminated " + c + "-quoted string in its JSONata expression";
                }
                i = end;
            } else if (c == '/' && i + 1 < body.length() && body.charAt(i + 1) == '*') {
                int end = body.indexOf("*/", i + 2);
                if (end < 0) {
                    return "has an unterminated comment in its JSONata expression";
                }
                i = end + 1;
            } else if (c == '(' || c == '[' || c == '{') {
                open.add(c);
            } else if (c == ')' || c == ']' || c == '}') {
                char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (open.isEmpty() || open.remove(open.size() - 1) != expected) {
                    return "has an unbalanced '" + c + "' in its JSONata expression";
                }
            }
        }
        if (!open.isEmpty()) {
            return "has an unclosed '" + open.get(open.size() - 1) + "' in its JSONata expression";
        }
        return null;
    }

    private static int closingQuote(String text, int start) {
        char quote = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '`') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    /** Recursive-descent reader for intrinsic calls; problems are thrown as IllegalArgumentException messages. */
    private static final class IntrinsicScanner {

        private final String text;
        private int pos;
        private int depth;

        IntrinsicScanner(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private IllegalArgumentException problem(String what) {
            return new IllegalArgumentException(what);
        }

        void call() {
            if (++depth > 50) {
                throw problem("nests intrinsic functions too deeply");
            }
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            String name = text.substring(start, pos);
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '(') {
                throw problem("is not an intrinsic function call: expected \"(\" after \"" + name + "\"");
            }
            int[] arity = INTRINSICS.get(name);
            if (arity == null) {
                throw problem("calls \"" + name + "\", which is not an intrinsic function");
            }
            pos++;
            int arguments = 0;
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ')') {
                pos++;
            } else {
                while (true) {
                    argument();
                    arguments++;
                    skipSpace();
                    if (pos >= text.length()) {
                        throw problem("has an unclosed \"(\" in the call to " + name);
                    }
                    char c = text.charAt(pos++);
                    if (c == ')') {
                        break;
                    }
                    if (c != ',') {
                        throw problem("has an unexpected '" + c + "' at position " + pos + " in the call to " + name);
                    }
                }
            }
            if (arguments < arity[0] || arguments > arity[1]) {
                String expected = arity[0] == arity[1] ? String.valueOf(arity[0])
                        : arity[1] == Integer.MAX_VALUE ? "at least " + arity[0] : arity[0] + " to " + arity[1];
                throw problem("passes " + arguments + " argument" + (arguments == 1 ? "" : "s") + " to " + name
                        + ", which takes " + expected);
            }
            depth--;
        }

        private void argument() {
            skipSpace();
            if (pos >= text.length()) {
                throw problem("ends where an argument was expected");
            }
            char c = text.charAt(pos);
            if (c == '\'') {
                string();
            } else if (c == '$') {
                path();
            } else if (c == '-' || Character.isDigit(c)) {
                number();
            } else if (text.startsWith("States.", pos)) {
                call();
            } else if (word("true") || word("false") || word("null")) {
                return;
            } else {
                throw problem("has an invalid argument at position " + (pos + 1)
                        + ": expected a 'string', a number, true, false, null, a path or a function call");
            }
        }

        private boolean word(String word) {
            if (text.startsWith(word, pos)) {
                int end = pos + word.length();
                if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))) {
                    pos = end;
                    return true;
                }
            }
            return false;
        }

        private void string() {
            for (int i = pos + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '\'') {
                    pos = i + 1;
                    return;
                }
            }
            throw problem("has an unterminated string literal starting at position " + (pos + 1));
        }

        private void number() {
            int start = pos;
            if (text.charAt(pos) == '-') {
                pos++;
            }
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || ".eE+-".indexOf(text.charAt(pos)) >= 0
                    && !(text.charAt(pos) == '-' && pos > start && "eE".indexOf(text.charAt(pos - 1)) < 0))) {
                pos++;
            }
            String number = text.substring(start, pos);
            try {
                new java.math.BigDecimal(number);
            } catch (NumberFormatException e) {
                throw problem("has an invalid number \"" + number + "\"");
            }
        }

        private void path() {
            int start = pos;
            int brackets = 0;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\'' || c == '"') {
                    int end = closingQuote(text, pos);
                    if (end < 0) {
                        throw problem("has an unterminated quote in the path starting at position " + (start + 1));
                    }
                    pos = end + 1;
                    continue;
                }
                if (c == '[' || c == '(') {
                    brackets++;
                } else if (c == ']' || c == ')') {
                    if (brackets == 0) {
                        break;
                    }
                    brackets--;
                } else if (c == ',' && brackets == 0) {
                    break;
                }
                pos++;
            }
            String path = text.substring(start, pos).strip();
            String problem = jsonPathProblem(path);
            if (problem != null) {
                throw problem("has an argument \"" + path + "\" that " + problem);
            }
        }
    }
}
