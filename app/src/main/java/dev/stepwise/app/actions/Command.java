package dev.stepwise.app.actions;

import javafx.beans.value.ObservableBooleanValue;

/** What a menu item does, and when it may: enablement is a binding, not a flag set by hand. */
public interface Command {

    void execute();

    ObservableBooleanValue executableProperty();
}
