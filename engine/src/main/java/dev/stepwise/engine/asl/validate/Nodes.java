package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.jsonata.JsonataExpression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Null-safe looks into a raw JSON tree of unknown shape. */
final class Nodes {

    private Nodes() {
    }

    /** The member {@code name} of an object, or null when {@code node} is not an object or lacks it. */
    static JsonNode field(JsonNode node, String name) {
        return node != null && node.isObject() ? node.get(name) : null;
    }

    /** The member {@code name} when it is a string, else null. */
    static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node != null && node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
        }
        return names;
    }

    /** A number with no fractional part, however it is spelled. */
    static boolean isInteger(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return false;
        }
        if (node.isIntegralNumber()) {
            return true;
        }
        if (node.isDouble() || node.isFloat()) {
            double d = node.doubleValue();
            return !Double.isInfinite(d) && d == Math.rint(d);
        }
        BigDecimal value = node.decimalValue();
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    static BigDecimal decimal(JsonNode node) {
        if (node.isDouble() || node.isFloat()) {
            double d = node.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : BigDecimal.ZERO;
        }
        return node.decimalValue();
    }

    /** How a value's JSON type is named in messages. */
    static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "an unknown value";
        };
    }

    /** A JSONata expression string: {@code {% ... %}}. */
    static boolean isJsonata(JsonNode node) {
        return node != null && node.isTextual() && JsonataExpression.isExpression(node.textValue());
    }
}
