package dev.stepwise.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.model.ComparisonOperator;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The comparison of a JSONPath Choice rule as the rule builder edits it: which operator ({@code NumericGreaterThan},
 * {@code StringEqualsPath}, {@code IsPresent}, ...) and its operand as text. Changing either keeps the rule's other
 * fields and the operator's place among them.
 */
final class ChoiceRuleOperator {

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
            default -> Optional.empty();
        };
    }

    /**
     * A copy of {@code rules} in which rule {@code index} compares with {@code operator} and {@code operandText}, in
     * the place of its former operator.
     */
    static ArrayNode apply(ArrayNode rules, int index, ComparisonOperator operator, String operandText) {
        ArrayNode copy = rules.deepCopy();
        ObjectNode rule = (ObjectNode) copy.get(index);
        Optional<ComparisonOperator> old = of(rule);
        ObjectNode rebuilt = JsonNodeFactory.instance.objectNode();
        boolean placed = false;
        for (Iterator<Map.Entry<String, JsonNode>> fields = rule.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (old.isPresent() && field.getKey().equals(old.get().aslName())) {
                rebuilt.set(operator.aslName(), operand(operator, operandText));
                placed = true;
            } else {
                rebuilt.set(field.getKey(), field.getValue());
            }
        }
        if (!placed) {
            rebuilt.set(operator.aslName(), operand(operator, operandText));
        }
        copy.set(index, rebuilt);
        return copy;
    }

    private static JsonNode operand(ComparisonOperator operator, String text) {
        String value = text.strip();
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (operator.operand()) {
            case NUMBER -> isNumber(value) ? json.numberNode(new BigDecimal(value)) : json.textNode(value);
            case BOOLEAN -> value.equals("true") || value.equals("false")
                    ? json.booleanNode(Boolean.parseBoolean(value)) : json.textNode(value);
            default -> json.textNode(text);
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
}
