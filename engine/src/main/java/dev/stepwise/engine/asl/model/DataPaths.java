package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A state's input and output processing in JSONPath mode. A path is {@code "$"} when absent and
 * null when written as JSON null (which means "an empty object" for InputPath/OutputPath and
 * "discard the result" for ResultPath). Payload templates are null when absent.
 */
public record DataPaths(String inputPath, JsonNode parameters, JsonNode resultSelector, String resultPath,
                        String outputPath) {

    public static final String ROOT = "$";

    public static final DataPaths DEFAULT = new DataPaths(ROOT, null, null, ROOT, ROOT);

    /** For a state without data processing of its own (Fail): the input as it is, no result. */
    public static final DataPaths NONE = new DataPaths(ROOT, null, null, null, ROOT);
}
