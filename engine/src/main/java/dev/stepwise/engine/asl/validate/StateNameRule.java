package dev.stepwise.engine.asl.validate;

/** State names are 1 to 80 characters without control characters, as AWS requires. */
final class StateNameRule implements Rule {

    static final String CODE = "INVALID_STATE_NAME";
    static final int MAX_LENGTH = 80;

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            String name = state.name();
            int length = name.codePointCount(0, name.length());
            if (length == 0) {
                context.error(CODE, state.pointer(), "State name is empty");
            } else if (length > MAX_LENGTH) {
                context.error(CODE, state.pointer(), "State name \"" + name + "\" is " + length
                        + " characters long; the limit is " + MAX_LENGTH);
            } else if (name.codePoints().anyMatch(Character::isISOControl)) {
                context.error(CODE, state.pointer(), "State name \"" + name.replaceAll("\\p{Cntrl}", "?")
                        + "\" contains a control character");
            }
        }
    }
}
