package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;

/**
 * Retry and Catch: arrays of objects with a non-empty string {@code ErrorEquals}; {@code States.ALL} alone and
 * in the last entry; catchers have a {@code Next}.
 */
final class ErrorHandlerRule implements Rule {

    static final String CODE = "INVALID_ERROR_HANDLER";
    static final String STATES_ALL = "States.ALL";

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            check(context, state, "Retry", "retrier");
            check(context, state, "Catch", "catcher");
        }
    }

    private static void check(ValidationContext context, AslTree.State state, String field, String noun) {
        JsonNode handlers = state.field(field);
        if (handlers == null) {
            return;
        }
        if (!handlers.isArray()) {
            context.error(CODE, state.pointer(field), "\"" + field + "\" must be an array of " + noun + "s, not "
                    + Nodes.kind(handlers));
            return;
        }
        for (int i = 0; i < handlers.size(); i++) {
            JsonNode handler = handlers.get(i);
            String pointer = JsonPointers.child(state.pointer(field), i);
            if (!handler.isObject()) {
                context.error(CODE, pointer, "A " + noun + " must be an object, not " + Nodes.kind(handler));
                continue;
            }
            JsonNode errors = handler.get("ErrorEquals");
            String errorsPointer = JsonPointers.child(pointer, "ErrorEquals");
            if (errors == null) {
                context.error(CODE, pointer, "The " + noun + " has no \"ErrorEquals\"");
            } else if (!errors.isArray() || errors.isEmpty()) {
                context.error(CODE, errorsPointer, "\"ErrorEquals\" must be a non-empty array of error names, not "
                        + (errors.isArray() ? "an empty array" : Nodes.kind(errors)));
            } else {
                for (int j = 0; j < errors.size(); j++) {
                    JsonNode error = errors.get(j);
                    String errorPointer = JsonPointers.child(errorsPointer, j);
                    if (!error.isTextual()) {
                        context.error(CODE, errorPointer, "An error name must be a string, not " + Nodes.kind(error));
                    } else if (STATES_ALL.equals(error.textValue()) && errors.size() > 1) {
                        context.error(CODE, errorPointer, "\"States.ALL\" must be the only error name in its "
                                + "\"ErrorEquals\"");
                    } else if (STATES_ALL.equals(error.textValue()) && i < handlers.size() - 1) {
                        context.error(CODE, errorPointer, "A " + noun + " with \"States.ALL\" must be the last one in \""
                                + field + "\"");
                    }
                }
            }
            if ("Catch".equals(field)) {
                JsonNode next = handler.get("Next");
                if (next == null) {
                    context.error(CODE, pointer, "The catcher has no \"Next\"");
                } else if (!next.isTextual()) {
                    context.error(CODE, JsonPointers.child(pointer, "Next"), "\"Next\" must be a state name, not "
                            + Nodes.kind(next));
                }
            }
        }
    }
}
