package dev.stepwise.engine.asl.model;

/** Where a state goes when it is done: the state named {@code next}, or the end of its machine. */
public record Transition(String next, boolean end) {

    public static final Transition END = new Transition(null, true);

    public static Transition to(String next) {
        return new Transition(next, false);
    }

    public boolean hasNext() {
        return next != null;
    }
}
