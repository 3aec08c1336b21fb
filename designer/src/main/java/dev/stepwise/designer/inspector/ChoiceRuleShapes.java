package dev.stepwise.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.model.ComparisonOperator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of Choice rules as the builder reshapes them: a new comparison or group, a rule combined into an And/Or,
 * wrapped in a Not, or unwrapped again. A rule's test ({@code Variable} and its operator, or its And/Or/Not) moves;
 * its other fields ({@code Next}, {@code Comment}, {@code Assign}, unknown ones) stay on the outer rule in their order.
 */
final class ChoiceRuleShapes {

    static final List<String> COMBINATORS = List.of("And", "Or", "Not");

    private ChoiceRuleShapes() {
    }

    /** And, Or or Not when the rule combines others; empty for a comparison. */
    static Optional<String> combinator(JsonNode rule) {
        return COMBINATORS.stream().filter(rule::has).findFirst();
    }

    /** A comparison to start from; the user edits its variable, operator and operand. */
    static ObjectNode newComparison() {
        return JsonNodeFactory.instance.objectNode().put("Variable", "$.value").put("StringEquals", "");
    }

    /** A group holding one new comparison (And and Or must not be empty). */
    static ObjectNode newGroup(String combinator) {
        ObjectNode group = JsonNodeFactory.instance.objectNode();
        group.putArray(combinator).add(newComparison());
        return group;
    }

    /** The rule with its test moved into {@code combinator} ({@code And}, {@code Or}) beside a new comparison. */
    static ObjectNode combine(JsonNode rule, String combinator) {
        ObjectNode test = test(rule);
        return withTest(rule, combinator, JsonNodeFactory.instance.arrayNode().add(test).add(newComparison()));
    }

    /** The rule with its test negated: moved into a {@code Not}. */
    static ObjectNode wrapInNot(JsonNode rule) {
        return withTest(rule, "Not", test(rule));
    }

    /**
     * The rule without its Not, or without an And/Or of a single rule: the inner rule's fields take the combinator's
     * place. Empty when there is nothing to unwrap or when the inner rule has a field the outer one has too.
     */
    static Optional<ObjectNode> unwrap(JsonNode rule) {
        Optional<String> combinator = combinator(rule);
        if (combinator.isEmpty()) {
            return Optional.empty();
        }
        JsonNode value = rule.get(combinator.get());
        JsonNode inner = combinator.get().equals("Not") ? value : value.size() == 1 ? value.get(0) : null;
        if (inner == null || !inner.isObject()) {
            return Optional.empty();
        }
        for (Iterator<String> names = inner.fieldNames(); names.hasNext(); ) {
            if (rule.has(names.next())) {
                return Optional.empty();
            }
        }
        ObjectNode unwrapped = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = rule.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals(combinator.get())) {
                unwrapped.setAll((ObjectNode) inner);
            } else {
                unwrapped.set(field.getKey(), field.getValue());
            }
        }
        return Optional.of(unwrapped);
    }

    private static boolean isTestField(String name) {
        return name.equals("Variable") || COMBINATORS.contains(name) || ComparisonOperator.fromAslName(name).isPresent();
    }

    private static ObjectNode test(JsonNode rule) {
        ObjectNode test = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = rule.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (isTestField(field.getKey())) {
                test.set(field.getKey(), field.getValue());
            }
        }
        return test;
    }

    /** The rule's fields in order, its test fields replaced by {@code key: value} where the first of them stood. */
    private static ObjectNode withTest(JsonNode rule, String key, JsonNode value) {
        ObjectNode reshaped = JsonNodeFactory.instance.objectNode();
        boolean placed = false;
        for (Iterator<Map.Entry<String, JsonNode>> fields = rule.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!isTestField(field.getKey())) {
                reshaped.set(field.getKey(), field.getValue());
            } else if (!placed) {
                reshaped.set(key, value);
                placed = true;
            }
        }
        if (!placed) {
            ObjectNode first = JsonNodeFactory.instance.objectNode().set(key, value);
            return first.setAll(reshaped);
        }
        return reshaped;
    }
}
