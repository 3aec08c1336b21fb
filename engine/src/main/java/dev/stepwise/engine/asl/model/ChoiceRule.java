package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The boolean test of a Choice rule: a comparison, a combination of rules, or a JSONata condition. */
public sealed interface ChoiceRule {

    /** {@code Variable} compared by {@code operator} with {@code operand} (a literal, or a path for ...Path operators). */
    record Comparison(String variable, ComparisonOperator operator, JsonNode operand) implements ChoiceRule {
    }

    record And(List<ChoiceRule> rules) implements ChoiceRule {
        public And {
            rules = List.copyOf(rules);
        }
    }

    record Or(List<ChoiceRule> rules) implements ChoiceRule {
        public Or {
            rules = List.copyOf(rules);
        }
    }

    record Not(ChoiceRule rule) implements ChoiceRule {
    }

    /** JSONata's {@code Condition}: a {@code "{% ... %}"} expression, or a literal boolean. */
    record Condition(JsonNode condition) implements ChoiceRule {
    }
}
