package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.jsonata.JsonataErrors;
import dev.stepwise.engine.asl.jsonata.JsonataTemplate;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.json.JsonPrinter;

/**
 * A JSONata Map's Items, ItemSelector and settings, any of which may be {@code {% %}} expressions. Without Items the
 * state's input must itself be the array.
 */
record JsonataMapInputs(JsonataTemplate items, JsonataTemplate itemSelector, JsonataTemplate maxConcurrency,
                        JsonataTemplate toleratedFailureCount, JsonataTemplate toleratedFailurePercentage)
        implements MapInputs {

    @Override
    public JsonNode items(StepContext step, JsonNode effectiveInput) {
        if (items == null) {
            if (!effectiveInput.isArray()) {
                throw new StatesException(StatesErrorNames.QUERY_EVALUATION_ERROR,
                        "Map state input must be an array but was: " + JsonPrinter.compact(effectiveInput));
            }
            return effectiveInput;
        }
        JsonNode value = items.evaluate(step.bindings().build(), "Items");
        if (!value.isArray()) {
            throw JsonataErrors.unexpectedType(expressionText(items), "Items", "array", value);
        }
        return value;
    }

    /** With an ItemReader the items are the document it read; Items does not apply. */
    @Override
    public JsonNode readItems(StepContext step, JsonNode read) {
        return read;
    }

    @Override
    public FailureTolerance.Limits limits(StepContext step, JsonNode effectiveInput) {
        if (maxConcurrency != null) {
            number(step, maxConcurrency, "MaxConcurrency");
        }
        Integer count = null;
        if (toleratedFailureCount != null) {
            count = (int) number(step, toleratedFailureCount, "ToleratedFailureCount");
            if (count < 0) {
                throw StatesException.runtime("ToleratedFailureCount cannot be negative.");
            }
        }
        Double percentage = null;
        if (toleratedFailurePercentage != null) {
            percentage = number(step, toleratedFailurePercentage, "ToleratedFailurePercentage");
            if (percentage < 0 || percentage > 100) {
                throw StatesException.runtime("ToleratedFailurePercentage must be between 0 and 100.");
            }
        }
        return new FailureTolerance.Limits(count, percentage);
    }

    private static double number(StepContext step, JsonataTemplate template, String field) {
        JsonNode value = template.evaluate(step.bindings().build(), field);
        if (!value.isNumber()) {
            throw JsonataErrors.unexpectedType(expressionText(template), field, "number", value);
        }
        return value.doubleValue();
    }

    @Override
    public JsonNode select(StepContext step, JsonNode effectiveInput, JsonNode item, int index) {
        if (itemSelector == null) {
            return item;
        }
        return step.withMapItem(index, item, () -> itemSelector.evaluate(step.bindings().build(), "ItemSelector"));
    }

    /** The text AWS quotes for a field: the expression's body, or the literal JSON. */
    private static String expressionText(JsonataTemplate template) {
        JsonNode source = template.source();
        if (source.isTextual()) {
            String text = source.textValue().trim();
            if (text.startsWith("{%") && text.endsWith("%}")) {
                return text.substring(2, text.length() - 2).trim();
            }
        }
        return JsonPrinter.compact(source);
    }
}
