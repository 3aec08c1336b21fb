package dev.stepwise.engine.asl.validate;

import java.util.List;
import java.util.stream.Collectors;

/** Fields that exclude each other: Next and End, a value and its Path form, ItemProcessor and Iterator, ... */
final class ConflictingFieldsRule implements Rule {

    static final String CODE = "CONFLICTING_FIELDS";

    private static final List<List<String>> EXCLUSIVE = List.of(
            List.of("Next", "End"),
            List.of("TimeoutSeconds", "TimeoutSecondsPath"),
            List.of("HeartbeatSeconds", "HeartbeatSecondsPath"),
            List.of("Error", "ErrorPath"),
            List.of("Cause", "CausePath"),
            List.of("ItemProcessor", "Iterator"),
            List.of("Parameters", "ItemSelector"),
            List.of("ItemsPath", "Items"),
            List.of("MaxConcurrency", "MaxConcurrencyPath"),
            List.of("ToleratedFailurePercentage", "ToleratedFailurePercentagePath"),
            List.of("ToleratedFailureCount", "ToleratedFailureCountPath"),
            List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath"));

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            if (!state.node().isObject()) {
                continue;
            }
            for (List<String> group : EXCLUSIVE) {
                // Counted first, without a list: almost no state has two of a group, and this runs for each of them.
                if (presentCount(state, group) < 2) {
                    continue;
                }
                List<String> present = group.stream().filter(state::has).toList();
                context.error(CODE, state.pointer(present.get(present.size() - 1)), "State \"" + state.name()
                        + "\" has " + present.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(" and "))
                        + "; only one of them may be given");
            }
        }
    }

    private static int presentCount(AslTree.State state, List<String> fields) {
        int count = 0;
        for (String field : fields) {
            if (state.has(field)) {
                count++;
            }
        }
        return count;
    }
}
