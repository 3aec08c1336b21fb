package dev.stepwise.engine.interp.choice;

import com.fasterxml.jackson.databind.JsonNode;

/** How Choice comparisons order JSON numbers and strings. */
final class ChoiceValues {

    /** Longs up to this magnitude convert to double exactly. */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    private ChoiceValues() {
    }

    /**
     * Compares two JSON numbers by value, whatever their spelling or node type: {@code 1 == 1.0 == 1e0},
     * {@code -0.0 == 0}. Both must be numbers.
     */
    static int compareNumbers(JsonNode a, JsonNode b) {
        boolean aIntegral = a.isIntegralNumber();
        boolean bIntegral = b.isIntegralNumber();
        if (aIntegral && bIntegral && a.canConvertToLong() && b.canConvertToLong()) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (isPlainDouble(a, aIntegral) && isPlainDouble(b, bIntegral)) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            return x < y ? -1 : (x > y ? 1 : 0);
        }
        return a.decimalValue().compareTo(b.decimalValue());
    }

    /** A double node, or an integer that a double holds exactly. */
    private static boolean isPlainDouble(JsonNode node, boolean integral) {
        if (integral) {
            if (!node.canConvertToLong()) {
                return false;
            }
            long value = node.longValue();
            return value <= EXACT_IN_DOUBLE && value >= -EXACT_IN_DOUBLE;
        }
        return node.isDouble() || node.isFloat();
    }

    /**
     * Orders strings by Unicode code point. This differs from {@link String#compareTo} (UTF-16 code units) only where a
     * character above U+FFFF meets one in U+E000..U+FFFF at the first difference.
     */
    static int compareStrings(String a, String b) {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean xSurrogate = Character.isSurrogate(x);
                if (xSurrogate == Character.isSurrogate(y)) {
                    return x - y;
                }
                return xSurrogate ? 1 : -1;
            }
        }
        return a.length() - b.length();
    }
}
