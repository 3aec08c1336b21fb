package dev.stepwise.engine.interp.choice;

/**
 * Which way a Choice state went: the index of the first top-level rule that matched (in {@code Choices} order), or
 * {@link #DEFAULT} when none did and the state's {@code Default} was taken.
 *
 * @param ruleIndex the matching rule's index, or {@code -1} for the Default
 * @param next      the name of the state to run next
 */
public record ChoiceOutcome(int ruleIndex, String next) {

    /** The {@link #ruleIndex()} of an outcome that took the Default. */
    public static final int DEFAULT = -1;

    public ChoiceOutcome {
        if (ruleIndex < DEFAULT) {
            throw new IllegalArgumentException("rule index must be -1 (Default) or a rule's index: " + ruleIndex);
        }
    }

    public boolean isDefault() {
        return ruleIndex == DEFAULT;
    }
}
