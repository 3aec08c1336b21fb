package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.asl.path.PayloadTemplate;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.json.JsonPrinter;

/** A JSONPath Map's ItemsPath, ItemSelector (or legacy Parameters) and path-valued settings. */
record JsonPathMapInputs(PathExpression itemsPath, PayloadTemplate itemSelector, PathExpression maxConcurrencyPath,
                         FailureTolerance tolerance) implements MapInputs {

    @Override
    public JsonNode items(StepContext step, JsonNode effectiveInput) {
        JsonNode items = itemsPath == null ? effectiveInput : DataProcessing.read(itemsPath, effectiveInput, step);
        if (!items.isArray()) {
            throw StatesException.runtime("Map state input must be an array but was: " + JsonPrinter.compact(items));
        }
        return items;
    }

    /** ItemsPath applies to the JSON document an ItemReader read, e.g. {@code $.rows} of a file holding an object. */
    @Override
    public JsonNode readItems(StepContext step, JsonNode read) {
        return itemsPath == null ? read : DataProcessing.read(itemsPath, read, step);
    }

    @Override
    public FailureTolerance.Limits limits(StepContext step, JsonNode effectiveInput) {
        if (maxConcurrencyPath != null) {
            MapHandler.integerAt(maxConcurrencyPath, "MaxConcurrencyPath", effectiveInput, step);
        }
        return tolerance.resolve(effectiveInput, step);
    }

    @Override
    public JsonNode select(StepContext step, JsonNode effectiveInput, JsonNode item, int index) {
        if (itemSelector == null) {
            return item;
        }
        return step.withMapItem(index, item, () -> itemSelector.evaluate(effectiveInput, step));
    }
}
