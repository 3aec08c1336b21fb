package dev.stepwise.engine.asl.validate;

/** The fields a state type cannot do without: Task Resource, Choice Choices, Parallel Branches, Map processor, Wait time. */
final class RequiredFieldsRule implements Rule {

    static final String CODE = "SCHEMA_VALIDATION_FAILED";

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            String type = state.type();
            if (type == null) {
                continue;
            }
            switch (type) {
                case "Task" -> require(context, state, "Resource");
                case "Choice" -> require(context, state, "Choices");
                case "Parallel" -> require(context, state, "Branches");
                case "Map" -> {
                    if (!state.has("ItemProcessor") && !state.has("Iterator")) {
                        context.error(CODE, state.pointer(), "Map state \"" + state.name()
                                + "\" has no \"ItemProcessor\" (or legacy \"Iterator\")");
                    }
                }
                case "Wait" -> {
                    if (!state.has("Seconds") && !state.has("SecondsPath") && !state.has("Timestamp")
                            && !state.has("TimestampPath")) {
                        context.error(CODE, state.pointer(), "Wait state \"" + state.name() + "\" needs one of "
                                + (state.isJsonata() ? "\"Seconds\" or \"Timestamp\""
                                        : "\"Seconds\", \"SecondsPath\", \"Timestamp\" or \"TimestampPath\""));
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void require(ValidationContext context, AslTree.State state, String field) {
        if (!state.has(field)) {
            context.error(CODE, state.pointer(), state.type() + " state \"" + state.name() + "\" has no \""
                    + field + "\" field");
        }
    }
}
