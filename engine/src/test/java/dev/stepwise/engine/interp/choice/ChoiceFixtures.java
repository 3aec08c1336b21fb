package dev.stepwise.engine.interp.choice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.model.ChoiceState;
import dev.stepwise.engine.asl.parse.AslParseException;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.asl.path.DataScope;
import java.util.Map;

/** Small Choice states written as JSON, for the tests. */
final class ChoiceFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private ChoiceFixtures() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException("bad JSON in a test: " + text, e);
        }
    }

    /** A machine whose state {@code C} is a Choice with the given {@code Choices} (JSON array) and Default (or none). */
    static ChoiceState choiceState(String choices, String defaultNext) {
        ObjectNode choice = JSON.createObjectNode().put("Type", "Choice");
        choice.set("Choices", json(choices));
        if (defaultNext != null) {
            choice.put("Default", defaultNext);
        }
        ObjectNode states = JSON.createObjectNode();
        states.set("C", choice);
        for (String target : new String[] {"Yes", "No", "Other", "Third"}) {
            states.set(target, JSON.createObjectNode().put("Type", "Succeed"));
        }
        ObjectNode machine = JSON.createObjectNode().put("StartAt", "C");
        machine.set("States", states);
        try {
            return (ChoiceState) AslParser.parse(machine).state("C");
        } catch (AslParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** One rule (a JSON object without Next) that leads to {@code Yes}, with Default {@code No}. */
    static ChoiceEvaluator oneRule(String rule) {
        ObjectNode node = (ObjectNode) json(rule);
        node.put("Next", "Yes");
        return ChoiceEvaluator.compile(choiceState("[" + node + "]", "No"));
    }

    /** Whether the single rule matches the input. */
    static boolean matches(String rule, String input) {
        return oneRule(rule).firstMatch(json(input), DataScope.EMPTY) == 0;
    }

    static DataScope scope(JsonNode context, Map<String, JsonNode> variables) {
        return new DataScope() {
            @Override
            public JsonNode contextObject() {
                return context;
            }

            @Override
            public JsonNode variable(String name) {
                return variables.get(name);
            }
        };
    }
}
