package dev.stepwise.app.actions;

import javafx.beans.property.BooleanProperty;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** Turns {@link StandardActions} into menu items bound to {@link Command}s. */
public final class ActionFactory {

    public MenuItem createMenuItem(StandardActions action, Command command) {
        return configure(new MenuItem(), action, command);
    }

    /** A check item whose tick follows (and sets) {@code selected}. */
    public CheckMenuItem createCheckMenuItem(StandardActions action, BooleanProperty selected) {
        CheckMenuItem item = new CheckMenuItem();
        configure(item, action, SimpleCommand.of(() -> { }));
        item.selectedProperty().bindBidirectional(selected);
        return item;
    }

    /** A radio item in {@code group}; choosing it runs the command; {@code selected} ticks it. */
    public RadioMenuItem createRadioMenuItem(StandardActions action, Command command, ToggleGroup group,
                                             javafx.beans.value.ObservableBooleanValue selected) {
        RadioMenuItem item = new RadioMenuItem();
        item.setToggleGroup(group);
        item.setText(action.text());
        action.accelerator().ifPresent(item::setAccelerator);
        item.setId(id(action));
        item.disableProperty().bind(Bindings.not(command.executableProperty()));
        item.setSelected(selected.get());
        selected.addListener((obs, old, now) -> item.setSelected(now));
        item.setOnAction(event -> {
            command.execute();
            item.setSelected(selected.get());
        });
        return item;
    }

    /** The node id of an action's menu item, e.g. {@code action-open-workspace}. */
    public static String id(StandardActions action) {
        return "action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static <T extends MenuItem> T configure(T item, StandardActions action, Command command) {
        item.setText(action.text());
        item.setId(id(action));
        action.accelerator().ifPresent(item::setAccelerator);
        item.disableProperty().bind(Bindings.not(command.executableProperty()));
        item.setOnAction(event -> command.execute());
        return item;
    }
}
