package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.jsonata.JsonataTemplate;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.asl.path.PayloadTemplate;
import dev.stepwise.engine.interp.error.StatesException;

/**
 * One field of a Distributed Map's ItemReader, ItemBatcher or ResultWriter, compiled once: in JSONPath a payload
 * template ({@code ".$"} fields read the Map's effective input and the context object) or, for a number, a literal
 * with an optional {@code ...Path}; in JSONata a value that may hold {@code {% %}} expressions.
 */
final class DistributedSetting {

    private final PayloadTemplate template;
    private final JsonataTemplate jsonata;
    private final JsonNode literal;
    private final PathExpression path;
    private final String pathField;

    private DistributedSetting(PayloadTemplate template, JsonataTemplate jsonata, JsonNode literal,
                               PathExpression path, String pathField) {
        this.template = template;
        this.jsonata = jsonata;
        this.literal = literal;
        this.path = path;
        this.pathField = pathField;
    }

    /** A field's value, null when the field is absent. */
    static DistributedSetting of(JsonNode node, boolean jsonata, Compiler compiler) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (jsonata) {
            return new DistributedSetting(null, JsonataTemplate.compile(node), null, null, null);
        }
        if (node.isContainerNode()) {
            return new DistributedSetting(compiler.template(node), null, null, null, null);
        }
        return new DistributedSetting(null, null, node, null, null);
    }

    /** A number written as {@code Field} or read by {@code FieldPath}; null when neither is present. */
    static DistributedSetting number(JsonNode container, String field, boolean jsonata, Compiler compiler) {
        if (container == null) {
            return null;
        }
        String pathField = field + "Path";
        JsonNode pathNode = container.get(pathField);
        if (!jsonata && pathNode != null && pathNode.isTextual()) {
            return new DistributedSetting(null, null, null, PathExpression.compile(pathNode.textValue()), pathField);
        }
        return of(container.get(field), jsonata, compiler);
    }

    JsonNode evaluate(StepContext step, JsonNode effectiveInput, String field) {
        if (template != null) {
            return template.evaluate(effectiveInput, step);
        }
        if (jsonata != null) {
            return jsonata.evaluate(step.bindings().build(), field);
        }
        if (path != null) {
            return DataProcessing.read(path, effectiveInput, step);
        }
        return literal;
    }

    /** The value as a whole number, worded like AWS when it is not one. */
    int integer(StepContext step, JsonNode effectiveInput, String field) {
        if (path != null) {
            return MapHandler.integerAt(path, pathField, effectiveInput, step);
        }
        JsonNode value = evaluate(step, effectiveInput, field);
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isNumber() && value.doubleValue() == Math.rint(value.doubleValue())
                && Math.abs(value.doubleValue()) <= Integer.MAX_VALUE) {
            return (int) value.doubleValue();
        }
        throw StatesException.runtime("The " + field + " field has value \"" + MapHandler.describe(value)
                + "\" which is not a valid integer");
    }
}
