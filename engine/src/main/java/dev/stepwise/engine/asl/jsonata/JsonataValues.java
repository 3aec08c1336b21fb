package dev.stepwise.engine.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the plain Java values the JSONata evaluator works on: {@link Map} (a
 * {@link LinkedHashMap}, so key order is kept), {@link List}, {@link String}, {@link Boolean}, {@link Number} and
 * {@code null} for JSON null.
 *
 * <p>Numbers follow JSONata (JavaScript) semantics on the way in: integers that fit a {@code long} stay
 * {@link Integer}/{@link Long}, everything else becomes a {@link Double}. On the way out an integral double becomes
 * an integer node, so AWS's {@code 3} does not come out as {@code 3.0}.
 */
final class JsonataValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double LONG_LIMIT = 0x1p63;

    private JsonataValues() {
    }

    /** The Java value for a JSON tree; a {@code null} or missing node gives JSON null ({@code null}). */
    static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                map.put(field.getKey(), toJava(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                list.add(toJava(item));
            }
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return number(node);
        }
        // binary or POJO nodes do not occur in ASL documents; treat them as their text
        return node.asText();
    }

    private static Number number(JsonNode node) {
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        if (node.isBigInteger()) {
            BigInteger value = node.bigIntegerValue();
            return value.bitLength() < 64 ? (Number) value.longValue() : (Number) value.doubleValue();
        }
        double value = node.doubleValue();
        return integral(value) ? (Number) narrow((long) value) : (Number) value;
    }

    /**
     * The JSON tree for a value the evaluator returned. {@link Jsonata#NULL_VALUE} and {@code null} are JSON null.
     *
     * @throws UnsupportedValueException for values JSON cannot hold (functions, infinite numbers)
     */
    static JsonNode toJson(Object value) {
        if (value == null || value == Jsonata.NULL_VALUE) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                object.set(String.valueOf(entry.getKey()), toJson(entry.getValue()));
            }
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            for (Object item : list) {
                array.add(toJson(item));
            }
            return array;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? numberNode(big.longValue()) : NODES.numberNode(big);
        }
        if (value instanceof BigDecimal decimal) {
            return toJson(decimal.doubleValue());
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new UnsupportedValueException("the number " + d + " cannot be represented in JSON");
            }
            if (integral(d)) {
                return numberNode((long) d);
            }
            return NODES.numberNode(d);
        }
        if (value instanceof Character c) {
            return NODES.textNode(c.toString());
        }
        throw new UnsupportedValueException("a value of type " + value.getClass().getSimpleName()
                + " cannot be represented in JSON");
    }

    /** Whether the evaluator result is a JSONata function (a lambda or a native function). */
    static boolean isFunction(Object value) {
        return value != null && !(value instanceof Map) && !(value instanceof List) && !(value instanceof String)
                && !(value instanceof Number) && !(value instanceof Boolean) && value != Jsonata.NULL_VALUE;
    }

    private static boolean integral(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < LONG_LIMIT;
    }

    private static Number narrow(long value) {
        return value == (int) value ? (Number) (int) value : (Number) value;
    }

    private static JsonNode numberNode(long value) {
        return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }

    /** A value that JSON cannot represent, such as a function. */
    static final class UnsupportedValueException extends RuntimeException {
        UnsupportedValueException(String message) {
            super(message);
        }
    }
}
