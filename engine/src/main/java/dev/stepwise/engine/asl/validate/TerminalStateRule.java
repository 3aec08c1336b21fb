package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;

/** Each scope has at least one state that can end it: Succeed, Fail, or a state with {@code "End": true}. */
final class TerminalStateRule implements Rule {

    static final String CODE = "MISSING_END_STATE";

    @Override
    public void check(ValidationContext context) {
        AslTree tree = AslTree.of(context);
        for (AslTree.Scope scope : tree.scopes()) {
            JsonNode states = scope.states();
            if (states == null || !states.isObject() || states.isEmpty()) {
                continue;
            }
            boolean terminal = tree.statesOf(scope).stream().anyMatch(TerminalStateRule::isTerminal);
            if (!terminal) {
                context.error(CODE, scope.statesPointer(), "No state in " + scope.describe()
                        + " can end it: add a Succeed or Fail state, or \"End\": true to a state");
            }
        }
    }

    private static boolean isTerminal(AslTree.State state) {
        String type = state.type();
        JsonNode end = state.field("End");
        return "Succeed".equals(type) || "Fail".equals(type) || end != null && end.isBoolean() && end.booleanValue();
    }
}
