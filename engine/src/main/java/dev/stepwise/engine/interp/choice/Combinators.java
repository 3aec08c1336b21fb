package dev.stepwise.engine.interp.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.path.DataScope;

/** And, Or and Not, short-circuiting left to right as AWS does (a later operand's error is not reached). */
final class Combinators {

    private Combinators() {
    }

    record And(RulePredicate[] rules) implements RulePredicate {
        @Override
        public boolean test(JsonNode input, DataScope scope) {
            for (RulePredicate rule : rules) {
                if (!rule.test(input, scope)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Or(RulePredicate[] rules) implements RulePredicate {
        @Override
        public boolean test(JsonNode input, DataScope scope) {
            for (RulePredicate rule : rules) {
                if (rule.test(input, scope)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Not(RulePredicate rule) implements RulePredicate {
        @Override
        public boolean test(JsonNode input, DataScope scope) {
            return !rule.test(input, scope);
        }
    }

    record Constant(boolean value) implements RulePredicate {
        @Override
        public boolean test(JsonNode input, DataScope scope) {
            return value;
        }
    }

    record Condition(JsonNode condition, ConditionEvaluator evaluator) implements RulePredicate {
        @Override
        public boolean test(JsonNode input, DataScope scope) {
            return evaluator.test(condition, input, scope);
        }
    }
}
