package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;

/** StartAt, Next, Default and the Next of Choice rules and catchers name a state of the same scope. */
final class TransitionTargetRule implements Rule {

    static final String CODE = "MISSING_TRANSITION_TARGET";

    @Override
    public void check(ValidationContext context) {
        AslTree tree = AslTree.of(context);
        for (AslTree.Scope scope : tree.scopes()) {
            String startAt = Nodes.text(scope.node(), "StartAt");
            if (startAt != null) {
                checkTarget(context, tree, scope, "StartAt", JsonPointers.child(scope.pointer(), "StartAt"), startAt);
            }
        }
        for (AslTree.State state : tree.states()) {
            for (AslTree.Transition transition : AslTree.transitions(state)) {
                checkTarget(context, tree, state.scope(), transition.field(), transition.pointer(), transition.target());
            }
        }
    }

    private static void checkTarget(ValidationContext context, AslTree tree, AslTree.Scope scope, String field,
            String pointer, String target) {
        JsonNode states = scope.states();
        if (states == null || !states.isObject() || states.has(target)) {
            return;
        }
        boolean elsewhere = tree.states().stream().anyMatch(state -> state.name().equals(target));
        context.error(CODE, pointer, "\"" + field + "\" names state \"" + target + "\", which "
                + (elsewhere ? "is not in " + scope.describe() + "; transitions cannot cross into or out of "
                        + "Parallel branches and Map processors" : "does not exist"));
    }
}
