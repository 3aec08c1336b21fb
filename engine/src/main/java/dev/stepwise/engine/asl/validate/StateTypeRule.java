package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;

/** Every state is an object whose {@code Type} is one of the eight ASL state types. */
final class StateTypeRule implements Rule {

    static final String CODE = "SCHEMA_VALIDATION_FAILED";

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            if (!state.node().isObject()) {
                context.error(CODE, state.pointer(), "State \"" + state.name() + "\" must be an object, not "
                        + Nodes.kind(state.node()));
                continue;
            }
            JsonNode type = state.field("Type");
            if (type == null) {
                context.error(CODE, state.pointer(), "State \"" + state.name() + "\" has no \"Type\" field");
            } else if (!type.isTextual() || !StateFields.TYPES.contains(type.textValue())) {
                context.error(CODE, state.pointer("Type"), "\"Type\" must be one of "
                        + String.join(", ", StateFields.TYPES) + ", not " + MachineShapeRule.describe(type));
            }
            MachineShapeRule.checkQueryLanguage(context, state.node(), state.pointer());
            JsonNode language = state.field("QueryLanguage");
            if (language != null && AslTree.JSONPATH.equals(language.textValue())
                    && AslTree.JSONATA.equals(state.scope().queryLanguage())) {
                context.error(CODE, state.pointer("QueryLanguage"), "State \"" + state.name()
                        + "\" cannot use JSONPath inside a JSONata scope: JSONata may not be switched back to JSONPath");
            }
        }
    }
}
