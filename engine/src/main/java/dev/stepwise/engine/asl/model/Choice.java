package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One top-level entry of a Choice state's {@code Choices}: a rule, where it leads, and what it assigns. */
public record Choice(ObjectNode json, ChoiceRule rule, String next, JsonNode assign, JsonNode output, String comment) {
}
