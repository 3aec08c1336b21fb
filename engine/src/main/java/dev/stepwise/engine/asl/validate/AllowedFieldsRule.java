package dev.stepwise.engine.asl.validate;

import dev.stepwise.engine.json.JsonPointers;
import java.util.List;
import java.util.Set;

/** Fields that a scope or state type does not have, or that its query language does not allow. */
final class AllowedFieldsRule implements Rule {

    static final String CODE = "FIELD_NOT_ALLOWED";

    private static final Set<String> MACHINE = Set.of("Comment", "StartAt", "States", "Version", "TimeoutSeconds",
            "QueryLanguage");
    private static final Set<String> BRANCH = Set.of("Comment", "StartAt", "States");
    private static final Set<String> PROCESSOR = Set.of("Comment", "StartAt", "States", "ProcessorConfig");

    @Override
    public void check(ValidationContext context) {
        AslTree tree = AslTree.of(context);
        for (AslTree.Scope scope : tree.scopes()) {
            Set<String> allowed = switch (scope.kind()) {
                case MACHINE -> MACHINE;
                case BRANCH -> BRANCH;
                case PROCESSOR -> PROCESSOR;
            };
            for (String field : Nodes.fieldNames(scope.node())) {
                if (!allowed.contains(field)) {
                    context.error(CODE, JsonPointers.child(scope.pointer(), field), "Field \"" + field
                            + "\" is not supported in " + scope.describe());
                }
            }
        }
        for (AslTree.State state : tree.states()) {
            String type = state.type();
            if (!StateFields.TYPES.contains(type)) {
                continue;
            }
            Set<String> allowed = StateFields.allowed(type, state.isJsonata());
            for (String field : Nodes.fieldNames(state.node())) {
                if (allowed.contains(field)) {
                    continue;
                }
                String message;
                if (StateFields.knownFor(type, field)) {
                    message = "Field \"" + field + "\" is not supported in " + state.queryLanguage() + " states"
                            + (state.isJsonata() ? hintJsonata(field) : hintJsonPath(field));
                } else {
                    message = "Field \"" + field + "\" is not supported in a " + type + " state";
                }
                context.error(CODE, state.pointer(field), message);
            }
            checkSubObjects(context, state);
        }
    }

    private static String hintJsonata(String field) {
        return switch (field) {
            case "Parameters" -> "; use \"Arguments\"";
            case "Result", "ResultSelector", "ResultPath", "OutputPath" -> "; use \"Output\"";
            case "ItemsPath" -> "; use \"Items\"";
            default -> field.endsWith("Path") ? "; write a JSONata expression in \""
                    + field.substring(0, field.length() - 4) + "\" instead" : "";
        };
    }

    private static String hintJsonPath(String field) {
        return "; set \"QueryLanguage\": \"JSONata\" to use it";
    }

    /** Retriers and catchers have their own small field sets. */
    private static void checkSubObjects(ValidationContext context, AslTree.State state) {
        Set<String> retrier = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds",
                "JitterStrategy", "Comment");
        Set<String> catcher = state.isJsonata() ? Set.of("ErrorEquals", "Next", "Comment", "Assign", "Output")
                : Set.of("ErrorEquals", "Next", "Comment", "Assign", "ResultPath");
        for (var entry : List.of(new Object[] {"Retry", retrier}, new Object[] {"Catch", catcher})) {
            String name = (String) entry[0];
            @SuppressWarnings("unchecked")
            Set<String> fields = (Set<String>) entry[1];
            var list = state.field(name);
            if (list == null || !list.isArray()) {
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                String pointer = JsonPointers.child(state.pointer(name), i);
                for (String field : Nodes.fieldNames(list.get(i))) {
                    if (!fields.contains(field)) {
                        context.error(CODE, JsonPointers.child(pointer, field), "Field \"" + field
                                + "\" is not supported in a " + ("Retry".equals(name) ? "retrier" : "catcher")
                                + (state.isJsonata() ? " of a JSONata state" : ""));
                    }
                }
            }
        }
    }
}
