package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one state did, phase by phase, with the field names of AWS's TestState inspection data (DEBUG level).
 * A phase that did not happen is null.
 *
 * @param scope        where the state ran: "" at the top, else e.g. {@code "Map[2]"} or {@code "Parallel#1/Map[0]"}
 * @param errorDetails {@code {"retryIndex", "retryBackoffIntervalSeconds"}} or {@code {"catchIndex"}} when an error
 *                     was retried or caught
 * @param afterItemsPath    a Map's items; {@code afterItemSelector} each item's input; {@code afterItemBatcher} the
 *                          batches, when there is an ItemBatcher
 * @param next         the state that follows, or null when the scope ends here
 */
public record StepTrace(String stateName, String scope, JsonNode input, JsonNode afterInputPath,
                        JsonNode afterParameters, JsonNode afterArguments, JsonNode result,
                        JsonNode afterResultSelector, JsonNode afterResultPath, JsonNode output, ObjectNode variables,
                        ObjectNode errorDetails, JsonNode afterItemsPath, JsonNode afterItemSelector,
                        JsonNode afterItemBatcher, String error,
                        String cause, String next) {
}
