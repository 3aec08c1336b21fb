package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Task, Pass, Wait, Parallel and Map states either go on ({@code Next}) or end ({@code "End": true}). */
final class NextOrEndRule implements Rule {

    static final String CODE = "MISSING_NEXT_OR_END";

    private static final Set<String> NEEDS_TRANSITION = Set.of("Task", "Pass", "Wait", "Parallel", "Map");

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            if (!NEEDS_TRANSITION.contains(state.type())) {
                continue;
            }
            JsonNode end = state.field("End");
            boolean ends = end != null && end.isBoolean() && end.booleanValue();
            if (!state.has("Next") && !ends) {
                context.error(CODE, end != null ? state.pointer("End") : state.pointer(), state.type() + " state \""
                        + state.name() + "\" needs either \"Next\" or \"End\": true");
            }
        }
    }
}
