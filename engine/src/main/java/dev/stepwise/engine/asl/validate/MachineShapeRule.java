package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;

/**
 * Every scope (the machine, each Parallel branch, each Map processor) is an object with a string
 * {@code StartAt} and a non-empty {@code States} object; the machine's own settings have the right types.
 */
final class MachineShapeRule implements Rule {

    static final String CODE = "SCHEMA_VALIDATION_FAILED";

    @Override
    public void check(ValidationContext context) {
        AslTree tree = AslTree.of(context);
        for (AslTree.Scope scope : tree.scopes()) {
            checkScope(context, scope);
        }
        JsonNode root = context.document().root();
        if (!root.isObject()) {
            return;
        }
        JsonNode timeout = root.get("TimeoutSeconds");
        if (timeout != null && !(Nodes.isInteger(timeout) && Nodes.decimal(timeout).signum() >= 0)) {
            context.error(CODE, "/TimeoutSeconds", "\"TimeoutSeconds\" must be a non-negative integer, not "
                    + describe(timeout));
        }
        JsonNode version = root.get("Version");
        if (version != null && !version.isTextual()) {
            context.error(CODE, "/Version", "\"Version\" must be a string such as \"1.0\", not " + Nodes.kind(version));
        }
        JsonNode comment = root.get("Comment");
        if (comment != null && !comment.isTextual()) {
            context.error(CODE, "/Comment", "\"Comment\" must be a string, not " + Nodes.kind(comment));
        }
        checkQueryLanguage(context, root, "");
    }

    static void checkQueryLanguage(ValidationContext context, JsonNode holder, String pointer) {
        JsonNode language = Nodes.field(holder, "QueryLanguage");
        if (language != null && !(language.isTextual()
                && (AslTree.JSONPATH.equals(language.textValue()) || AslTree.JSONATA.equals(language.textValue())))) {
            context.error(CODE, JsonPointers.child(pointer, "QueryLanguage"),
                    "\"QueryLanguage\" must be \"JSONPath\" or \"JSONata\", not " + describe(language));
        }
    }

    static String describe(JsonNode value) {
        return value.isValueNode() && !value.isNull() ? Nodes.kind(value) + " " + value : Nodes.kind(value);
    }

    private static void checkScope(ValidationContext context, AslTree.Scope scope) {
        String where = scope.describe();
        if (scope.node() == null || !scope.node().isObject()) {
            context.error(CODE, scope.pointer(), capitalize(where) + " must be a JSON object with \"StartAt\" and "
                    + "\"States\", not " + Nodes.kind(scope.node()));
            return;
        }
        JsonNode startAt = scope.node().get("StartAt");
        if (startAt == null) {
            context.error(CODE, scope.pointer(), capitalize(where) + " has no \"StartAt\" field");
        } else if (!startAt.isTextual()) {
            context.error(CODE, JsonPointers.child(scope.pointer(), "StartAt"),
                    "\"StartAt\" must be a state name (a string), not " + Nodes.kind(startAt));
        }
        JsonNode states = scope.states();
        if (states == null) {
            context.error(CODE, scope.pointer(), capitalize(where) + " has no \"States\" field");
        } else if (!states.isObject()) {
            context.error(CODE, scope.statesPointer(), "\"States\" must be an object of named states, not "
                    + Nodes.kind(states));
        } else if (states.isEmpty()) {
            context.error(CODE, scope.statesPointer(), "\"States\" is empty: " + where + " needs at least one state");
        }
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
