package dev.stepwise.engine.asl.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every data-test operator of a Choice rule, with the kind of operand it takes. */
public enum ComparisonOperator {
    STRING_EQUALS("StringEquals", Operand.STRING),
    STRING_EQUALS_PATH("StringEqualsPath", Operand.PATH),
    STRING_LESS_THAN("StringLessThan", Operand.STRING),
    STRING_LESS_THAN_PATH("StringLessThanPath", Operand.PATH),
    STRING_GREATER_THAN("StringGreaterThan", Operand.STRING),
    STRING_GREATER_THAN_PATH("StringGreaterThanPath", Operand.PATH),
    STRING_LESS_THAN_EQUALS("StringLessThanEquals", Operand.STRING),
    STRING_LESS_THAN_EQUALS_PATH("StringLessThanEqualsPath", Operand.PATH),
    STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", Operand.STRING),
    STRING_GREATER_THAN_EQUALS_PATH("StringGreaterThanEqualsPath", Operand.PATH),
    STRING_MATCHES("StringMatches", Operand.STRING),
    NUMERIC_EQUALS("NumericEquals", Operand.NUMBER),
    NUMERIC_EQUALS_PATH("NumericEqualsPath", Operand.PATH),
    NUMERIC_LESS_THAN("NumericLessThan", Operand.NUMBER),
    NUMERIC_LESS_THAN_PATH("NumericLessThanPath", Operand.PATH),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Operand.NUMBER),
    NUMERIC_GREATER_THAN_PATH("NumericGreaterThanPath", Operand.PATH),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Operand.NUMBER),
    NUMERIC_LESS_THAN_EQUALS_PATH("NumericLessThanEqualsPath", Operand.PATH),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Operand.NUMBER),
    NUMERIC_GREATER_THAN_EQUALS_PATH("NumericGreaterThanEqualsPath", Operand.PATH),
    BOOLEAN_EQUALS("BooleanEquals", Operand.BOOLEAN),
    BOOLEAN_EQUALS_PATH("BooleanEqualsPath", Operand.PATH),
    TIMESTAMP_EQUALS("TimestampEquals", Operand.TIMESTAMP),
    TIMESTAMP_EQUALS_PATH("TimestampEqualsPath", Operand.PATH),
    TIMESTAMP_LESS_THAN("TimestampLessThan", Operand.TIMESTAMP),
    TIMESTAMP_LESS_THAN_PATH("TimestampLessThanPath", Operand.PATH),
    TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Operand.TIMESTAMP),
    TIMESTAMP_GREATER_THAN_PATH("TimestampGreaterThanPath", Operand.PATH),
    TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", Operand.TIMESTAMP),
    TIMESTAMP_LESS_THAN_EQUALS_PATH("TimestampLessThanEqualsPath", Operand.PATH),
    TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", Operand.TIMESTAMP),
    TIMESTAMP_GREATER_THAN_EQUALS_PATH("TimestampGreaterThanEqualsPath", Operand.PATH),
    IS_PRESENT("IsPresent", Operand.BOOLEAN),
    IS_NULL("IsNull", Operand.BOOLEAN),
    IS_STRING("IsString", Operand.BOOLEAN),
    IS_NUMERIC("IsNumeric", Operand.BOOLEAN),
    IS_BOOLEAN("IsBoolean", Operand.BOOLEAN),
    IS_TIMESTAMP("IsTimestamp", Operand.BOOLEAN);

    /** What the operator's value must be. */
    public enum Operand { STRING, NUMBER, BOOLEAN, TIMESTAMP, PATH }

    private static final Map<String, ComparisonOperator> BY_NAME;

    static {
        Map<String, ComparisonOperator> byName = new LinkedHashMap<>();
        for (ComparisonOperator operator : values()) {
            byName.put(operator.aslName, operator);
        }
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private final String aslName;
    private final Operand operand;

    ComparisonOperator(String aslName, Operand operand) {
        this.aslName = aslName;
        this.operand = operand;
    }

    public String aslName() {
        return aslName;
    }

    public Operand operand() {
        return operand;
    }

    public static Optional<ComparisonOperator> fromAslName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every operator name, in declaration order. */
    public static Iterable<String> aslNames() {
        return BY_NAME.keySet();
    }
}
