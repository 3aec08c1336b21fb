package dev.stepwise.engine.interp.choice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.stepwise.engine.asl.path.DataScope;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.asl.path.PathNotFoundException;
import dev.stepwise.engine.interp.choice.Timestamps.Timestamp;

/**
 * The data-test rules. Every one reads its {@code Variable}; a Variable that selects nothing is a
 * {@code States.Runtime} error except for IsPresent. A value of the wrong JSON type makes the comparison false, never
 * an error; the {@code ...Path} operators apply the same rule to the value their second path selects.
 */
final class Comparisons {

    private Comparisons() {
    }

    /** Reads the Variable; subclasses test the value. */
    abstract static class Comparison implements RulePredicate {
        private final PathExpression variable;

        Comparison(PathExpression variable) {
            this.variable = variable;
        }

        @Override
        public final boolean test(JsonNode input, DataScope scope) {
            return test(read(variable, input, scope), input, scope);
        }

        abstract boolean test(JsonNode value, JsonNode input, DataScope scope);

        static JsonNode read(PathExpression path, JsonNode input, DataScope scope) {
            try {
                JsonNode value = path.read(input, scope);
                return value == null ? NullNode.instance : value;
            } catch (PathNotFoundException e) {
                throw ChoiceErrors.invalidPath(path.text());
            }
        }
    }

    /** IsPresent: the only rule a missing Variable does not fail; JSON null is present. */
    static final class IsPresent implements RulePredicate {
        private final PathExpression variable;
        private final boolean expected;

        IsPresent(PathExpression variable, boolean expected) {
            this.variable = variable;
            this.expected = expected;
        }

        @Override
        public boolean test(JsonNode input, DataScope scope) {
            boolean present;
            try {
                variable.read(input, scope);
                present = true;
            } catch (PathNotFoundException e) {
                present = false;
            }
            return present == expected;
        }
    }

    /** IsNull, IsString, IsNumeric, IsBoolean, IsTimestamp. */
    static final class IsType extends Comparison {
        enum Kind { NULL, STRING, NUMERIC, BOOLEAN, TIMESTAMP }

        private final Kind kind;
        private final boolean expected;

        IsType(PathExpression variable, Kind kind, boolean expected) {
            super(variable);
            this.kind = kind;
            this.expected = expected;
        }

        @Override
        boolean test(JsonNode value, JsonNode input, DataScope scope) {
            boolean is = switch (kind) {
                case NULL -> value.isNull();
                case STRING -> value.isTextual();
                case NUMERIC -> value.isNumber();
                case BOOLEAN -> value.isBoolean();
                case TIMESTAMP -> value.isTextual() && Timestamps.parse(value.textValue()) != null;
            };
            return is == expected;
        }
    }

    static final class StringLiteral extends Comparison {
        private final Relation relation;
        private final String operand;

        StringLiteral(PathExpression variable, Relation relation, String operand) {
            super(variable);
            this.relation = relation;
            this.operand = operand;
        }

        @Override
        boolean test(JsonNode value, JsonNode input, DataScope scope) {
            if (!value.isTextual()) {
                return false;
            }
            return relation == Relation.EQUALS
                    ? operand.equals(value.textValue())
                    : relation.holds(ChoiceValues.compareStrings(value.textValue(), operand));
        }
    }

    static final class StringMatches extends Comparison {
        private final WildcardPattern pattern;

        StringMatches(PathExpression variable, WildcardPattern pattern) {
            super(variable);
            this.pattern = pattern;
        }

        @Override
        boolean test(JsonNode value, JsonNode input, DataScope scope) {
            return value.isTextual() && pattern.matches(value.textValue());
        }
    }

    static final class NumericLiteral extends Comparison {
        private final Relation relation;
        private final JsonNode operand;

        NumericLiteral(PathExpression variable, Relation relation, JsonNode operand) {
            super(variable);
            this.relation = relation;
            this.operand = operand;
        }

        @Override
        boolean test(JsonNode value, JsonNode input, DataScope scope) {
            return value.isNumber() && relation.holds(ChoiceValues.compareNumbers(value, operand));
        }
    }

    static final class BooleanLiteral extends Comparison {
        private final boolean operand;

        BooleanLiteral(PathExpression variable, boolean operand) {
            super(variable);
            this.operand = operand;
        }

        @Override
        boolean test(JsonNode value, JsonNode input, DataScope scope) {
            return value.isBoolean() && value.booleanValue() == operand;
        }
    }

    static final class TimestampLiteral extends Comparison {
        private final Relation relation;
        private final Timestamp operand;

        TimestampLiteral(PathExpression variable, Relation relation, Timestamp operand) {
            super(variable);
            this.relation = relation;
            this.operand = operand;
        }

        @Override
        boolean test(JsonNode value, JsonNode input, DataScope scope) {
            if (!value.isTextual()) {
                return false;
            }
            Timestamp timestamp = Timestamps.parse(value.textValue());
            return timestamp != null && relation.holds(timestamp.compareTo(operand));
        }
    }

    /** Every {@code ...Path} operator: both values must have the operator's type. */
    static final class PathOperand extends Comparison {
        enum Kind { STRING, NUMERIC, BOOLEAN, TIMESTAMP }

        private final Kind kind;
        private final Relation relation;
        private final PathExpression operand;

        PathOperand(PathExpression variable, Kind kind, Relation relation, PathExpression operand) {
            super(variable);
            this.kind = kind;
            this.relation = relation;
            this.operand = operand;
        }

        @Override
        boolean test(JsonNode value, JsonNode input, DataScope scope) {
            JsonNode other = read(operand, input, scope);
            return switch (kind) {
                case STRING -> value.isTextual() && other.isTextual()
                        && relation.holds(ChoiceValues.compareStrings(value.textValue(), other.textValue()));
                case NUMERIC -> value.isNumber() && other.isNumber()
                        && relation.holds(ChoiceValues.compareNumbers(value, other));
                case BOOLEAN -> value.isBoolean() && other.isBoolean() && value.booleanValue() == other.booleanValue();
                case TIMESTAMP -> compareTimestamps(value, other);
            };
        }

        private boolean compareTimestamps(JsonNode value, JsonNode other) {
            if (!value.isTextual() || !other.isTextual()) {
                return false;
            }
            Timestamp a = Timestamps.parse(value.textValue());
            if (a == null) {
                return false;
            }
            Timestamp b = Timestamps.parse(other.textValue());
            return b != null && relation.holds(a.compareTo(b));
        }
    }
}
