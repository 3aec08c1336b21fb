package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;

/** Where a Map state's items come from and how each is shaped: the JSONPath or the JSONata way. */
interface MapInputs {

    /** The items to iterate over. */
    JsonNode items(StepContext step, JsonNode effectiveInput);

    /** The items in a JSON document that a Distributed Map's ItemReader read (JSONPath: its ItemsPath applied). */
    JsonNode readItems(StepContext step, JsonNode read);

    /** Checks the concurrency setting (iterations run one at a time either way) and resolves the failure limits. */
    FailureTolerance.Limits limits(StepContext step, JsonNode effectiveInput);

    /** The input of one iteration. */
    JsonNode select(StepContext step, JsonNode effectiveInput, JsonNode item, int index);
}
