package dev.stepwise.app.actions;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

/** A command made of a runnable and a condition. */
public final class SimpleCommand implements Command {

    private static final ObservableBooleanValue ALWAYS = Bindings.createBooleanBinding(() -> true);
    private static final ObservableBooleanValue NEVER = Bindings.createBooleanBinding(() -> false);

    private final Runnable action;
    private final ObservableBooleanValue executable;

    private SimpleCommand(Runnable action, ObservableBooleanValue executable) {
        this.action = Objects.requireNonNull(action, "action");
        this.executable = Objects.requireNonNull(executable, "executable");
    }

    public static Command of(Runnable action) {
        return new SimpleCommand(action, ALWAYS);
    }

    public static Command when(ObservableBooleanValue executable, Runnable action) {
        return new SimpleCommand(action, executable);
    }

    /** A command that is shown but never enabled (e.g. Save in a read-only view). */
    public static Command disabled() {
        return new SimpleCommand(() -> { }, NEVER);
    }

    @Override
    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }

    @Override
    public ObservableBooleanValue executableProperty() {
        return executable;
    }
}
