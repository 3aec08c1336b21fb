package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One entry of {@code Catch}. {@code resultPath} is {@code "$"} when absent and null when written as null;
 * {@code output} and {@code assign} are the JSONata and variable forms, null when absent.
 */
public record Catcher(ObjectNode json, List<String> errorEquals, String next, String resultPath, JsonNode output,
                      JsonNode assign, String comment) {

    public Catcher {
        errorEquals = List.copyOf(errorEquals);
    }
}
