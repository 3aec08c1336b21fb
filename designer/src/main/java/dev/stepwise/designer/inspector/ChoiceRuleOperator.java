package dev.stepwise.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepwise.engine.asl.model.ComparisonOperator;
import dev.stepwise.engine.asl.path.InvalidPathException;
import dev.stepwise.engine.asl.path.PathExpression;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The comparison of a JSONPath Choice rule as the rule builder edits it: which operator ({@code NumericGreaterThan},
 * {@code StringEqualsPath}, {@code IsPresent}, ...), its operand as text, and whether text fits the operator.
 */
final class ChoiceRuleOperator {

    /** The shape AWS accepts for timestamp operands: RFC 3339 with seconds and an offset. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private ChoiceRuleOperator() {
    }

    /** The rule's comparison operator, if it is a simple comparison (not And/Or/Not). */
    static Optional<ComparisonOperator> of(JsonNode rule) {
        for (Iterator<String> names = rule.fieldNames(); names.hasNext(); ) {
            Optional<ComparisonOperator> operator = ComparisonOperator.fromAslName(names.next());
            if (operator.isPresent()) {
                return operator;
            }
        }
        return Optional.empty();
    }

    /** The operand as the builder shows it: strings and paths as written, numbers and booleans as JSON. */
    static String operandText(JsonNode rule) {
        return of(rule).map(operator -> rule.get(operator.aslName()))
                .map(value -> value.isTextual() ? value.asText() : value.toString()).orElse("");
    }

    /** Why {@code text} is not an operand of {@code operator}, or empty when it is. */
    static Optional<String> problem(ComparisonOperator operator, String text) {
        String value = text.strip();
        return switch (operator.operand()) {
            case NUMBER -> isNumber(value) ? Optional.empty()
                    : Optional.of(operator.aslName() + " compares with a number, not \"" + value + "\"");
            case BOOLEAN -> value.equals("true") || value.equals("false") ? Optional.empty()
                    : Optional.of(operator.aslName() + " takes true or false, not \"" + value + "\"");
            case TIMESTAMP -> isTimestamp(value) ? Optional.empty()
                    : Optional.of(operator.aslName() + " compares with a timestamp such as 2024-01-31T12:00:00Z, not \""
                            + value + "\"");
            case PATH -> pathProblem(value).map(problem -> operator.aslName() + " " + problem);
            case STRING -> Optional.empty();
        };
    }

    /** Why {@code text} is not a JSONPath such as {@code $.order.total}, or empty when it is. */
    static Optional<String> pathProblem(String text) {
        String value = text.strip();
        if (!value.startsWith("$")) {
            return Optional.of("takes a path starting with $, not \"" + value + "\"");
        }
        try {
            PathExpression.compile(value);
            // The JSONPath library under PathExpression lets "$.a[" through; AWS does not.
            return balanced(value) ? Optional.empty()
                    : Optional.of("takes a path; \"" + value + "\" has unbalanced brackets");
        } catch (InvalidPathException e) {
            return Optional.of("takes a path; \"" + value + "\" is not a valid JSONPath");
        }
    }

    /** The operand as JSON: numbers and booleans typed where the operator wants them, everything else a string. */
    static JsonNode operand(ComparisonOperator operator, String text) {
        String value = text.strip();
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (operator.operand()) {
            case NUMBER -> isNumber(value) ? json.numberNode(new BigDecimal(value)) : json.textNode(value);
            case BOOLEAN -> value.equals("true") || value.equals("false")
                    ? json.booleanNode(Boolean.parseBoolean(value)) : json.textNode(value);
            case TIMESTAMP, PATH -> json.textNode(value);
            case STRING -> json.textNode(text);
        };
    }

    /** The operand a rule switched to {@code operator} gets: the old one where it still fits, else a sample. */
    static String operandFor(ComparisonOperator operator, String oldOperand) {
        if (problem(operator, oldOperand).isEmpty()) {
            return oldOperand;
        }
        return switch (operator.operand()) {
            case NUMBER -> "0";
            case BOOLEAN -> "true";
            case TIMESTAMP -> "2024-01-01T00:00:00Z";
            case PATH -> "$.value";
            case STRING -> oldOperand;
        };
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean balanced(String path) {
        Deque<Character> open = new ArrayDeque<>();
        char quote = 0;
        for (char c : path.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                open.push(c == '[' ? ']' : ')');
            } else if ((c == ']' || c == ')') && (open.isEmpty() || open.pop() != c)) {
                return false;
            }
        }
        return open.isEmpty() && quote == 0;
    }

    private static boolean isTimestamp(String value) {
        if (!TIMESTAMP.matcher(value).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
