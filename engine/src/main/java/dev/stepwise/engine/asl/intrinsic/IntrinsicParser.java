package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepwise.engine.asl.path.InvalidPathException;
import dev.stepwise.engine.asl.path.PathExpression;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles intrinsic function calls, once, at load time. The grammar (ASL specification, "Intrinsic Functions"):
 *
 * <pre>
 * call     = "States." name "(" [ argument { "," argument } ] ")"
 * argument = string | number | "true" | "false" | "null" | path | call
 * string   = "'" { char | "\'" | "\{" | "\}" | "\\" } "'"
 * number   = [ "-" ] digits [ "." digits ] [ exponent ]
 * path     = "$" ...   (up to the next "," or ")" outside brackets and quotes)
 * </pre>
 *
 * Whitespace is allowed around arguments. Errors are {@link InvalidIntrinsicException}s whose message names the
 * 1-based position in the text.
 */
public final class IntrinsicParser {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PREFIX = "States.";
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private final IntrinsicRegistry registry;
    private final String text;
    private int at;

    private IntrinsicParser(IntrinsicRegistry registry, String text) {
        this.registry = registry;
        this.text = text;
    }

    /** Compiles a call against the standard functions. */
    public static IntrinsicCall parse(String text) {
        return parse(text, IntrinsicRegistry.standard());
    }

    public static IntrinsicCall parse(String text, IntrinsicRegistry registry) {
        if (text == null) {
            throw new InvalidIntrinsicException("an intrinsic function call is required, not null", 1);
        }
        IntrinsicParser parser = new IntrinsicParser(registry, text);
        parser.skipSpace();
        if (!text.startsWith(PREFIX, parser.at)) {
            throw parser.error("expected an intrinsic function call 'States.<Name>(...)'");
        }
        IntrinsicCall call = parser.call();
        parser.skipSpace();
        if (parser.at < text.length()) {
            throw parser.error("unexpected text after the call: '" + text.substring(parser.at) + "'");
        }
        return call;
    }

    /**
     * Whether a string is meant as an intrinsic call (a {@code "key.$"} value that is not a path): it starts with
     * {@code States.} and has an opening parenthesis. It says nothing about whether the call is valid.
     */
    public static boolean isIntrinsic(String text) {
        if (text == null) {
            return false;
        }
        String trimmed = text.strip();
        return trimmed.startsWith(PREFIX) && trimmed.indexOf('(') > PREFIX.length();
    }

    private IntrinsicCall call() {
        int start = at;
        at += PREFIX.length();
        Matcher name = NAME.matcher(text).region(at, text.length());
        if (!name.lookingAt()) {
            throw error("expected a function name after 'States.'");
        }
        String functionName = PREFIX + name.group();
        IntrinsicFunction function = registry.lookup(functionName)
                .orElseThrow(() -> error("unknown intrinsic function '" + functionName + "'", start));
        at = name.end();
        skipSpace();
        expect('(');
        List<IntrinsicArgument> arguments = new ArrayList<>();
        skipSpace();
        if (peek() == ')') {
            at++;
        } else {
            while (true) {
                skipSpace();
                arguments.add(argument());
                skipSpace();
                char next = peek();
                if (next == ',') {
                    at++;
                } else if (next == ')') {
                    at++;
                    break;
                } else {
                    throw error(at >= text.length() ? "missing ')'" : "expected ',' or ')'");
                }
            }
        }
        if (!function.signature().accepts(arguments.size())) {
            throw error(functionName + " takes " + function.signature().describe() + ", but "
                    + arguments.size() + (arguments.size() == 1 ? " was" : " were") + " given", start);
        }
        return new IntrinsicCall(function, arguments, text.substring(start, at));
    }

    private IntrinsicArgument argument() {
        char first = peek();
        if (first == '\'') {
            return string();
        }
        if (first == '$') {
            return path();
        }
        if (first == '-' || (first >= '0' && first <= '9')) {
            return number();
        }
        if (text.startsWith(PREFIX, at)) {
            return call();
        }
        for (String keyword : List.of("true", "false", "null")) {
            if (text.startsWith(keyword, at) && !isNameChar(charAt(at + keyword.length()))) {
                at += keyword.length();
                JsonNode value = switch (keyword) {
                    case "true" -> NODES.booleanNode(true);
                    case "false" -> NODES.booleanNode(false);
                    default -> NODES.nullNode();
                };
                return new LiteralArgument(value, null, keyword);
            }
        }
        if (at >= text.length()) {
            throw error("missing argument and ')'");
        }
        throw error(first == ',' || first == ')'
                ? "missing argument"
                : "unexpected '" + first + "'; an argument is a 'string', a number, true, false, null, a path or a call");
    }

    private LiteralArgument string() {
        int start = at;
        at++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("unterminated string literal", start);
            }
            char c = text.charAt(at);
            if (c == '\'') {
                at++;
                break;
            }
            if (c == '\\') {
                char escaped = charAt(at + 1);
                if (escaped != '\'' && escaped != '{' && escaped != '}' && escaped != '\\') {
                    throw error("invalid escape sequence in a string literal; only \\', \\{, \\} and \\\\ are allowed");
                }
                value.append(escaped);
                at += 2;
            } else {
                value.append(c);
                at++;
            }
        }
        return new LiteralArgument(NODES.textNode(value.toString()), text.substring(start + 1, at - 1),
                text.substring(start, at));
    }

    private LiteralArgument number() {
        int start = at;
        Matcher number = NUMBER.matcher(text).region(at, text.length());
        if (!number.lookingAt() || isNameChar(charAt(number.end())) || charAt(number.end()) == '.') {
            throw error("invalid number");
        }
        at = number.end();
        String spelling = number.group();
        JsonNode value;
        if (number.group(2) == null && number.group(3) == null) {
            BigInteger integer = new BigInteger(spelling);
            if (integer.bitLength() < 32) {
                value = NODES.numberNode(integer.intValue());
            } else if (integer.bitLength() < 64) {
                value = NODES.numberNode(integer.longValue());
            } else {
                value = NODES.numberNode(integer);
            }
        } else {
            double asDouble = Double.parseDouble(spelling);
            value = Double.isFinite(asDouble) ? NODES.numberNode(asDouble) : NODES.numberNode(new BigDecimal(spelling));
        }
        return new LiteralArgument(value, null, text.substring(start, at));
    }

    private PathArgument path() {
        int start = at;
        int brackets = 0;
        int parens = 0;
        char quote = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (quote != 0) {
                if (c == '\\') {
                    at++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (brackets > 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (c == '(' && brackets > 0) {
                parens++;
            } else if (c == ')' && parens > 0) {
                parens--;
            } else if (brackets == 0 && (c == ',' || c == ')' || Character.isWhitespace(c))) {
                break;
            }
            at++;
        }
        if (quote != 0 || brackets != 0) {
            throw error("unterminated path", start);
        }
        String pathText = text.substring(start, at);
        try {
            return new PathArgument(PathExpression.compile(pathText));
        } catch (InvalidPathException e) {
            throw error("invalid path '" + pathText + "': " + e.getMessage(), start);
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        return charAt(at);
    }

    private char charAt(int index) {
        return index < text.length() ? text.charAt(index) : '\0';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private InvalidIntrinsicException error(String message) {
        return error(message, at);
    }

    private InvalidIntrinsicException error(String message, int index) {
        int position = index + 1;
        return new InvalidIntrinsicException(message + " at position " + position + " in " + text, position);
    }
}
