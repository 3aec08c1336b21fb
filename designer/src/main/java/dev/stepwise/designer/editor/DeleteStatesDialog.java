package dev.stepwise.designer.editor;

import dev.stepwise.designer.command.StateReference;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks where the references to states being deleted should point instead: lists them and offers the remaining states.
 * The result is the chosen replacement; Cancel (or closing) deletes nothing. Deleting never leaves a reference
 * dangling.
 */
public final class DeleteStatesDialog extends Dialog<String> {

    public static final String TARGET_ID = "delete-replacement";
    public static final ButtonType REDIRECT = new ButtonType("Redirect and Delete", ButtonBar.ButtonData.OK_DONE);

    public DeleteStatesDialog(Window owner, Set<String> deleted, List<StateReference> references, List<String> remaining) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Delete " + (deleted.size() == 1 ? "State" : deleted.size() + " States"));
        setHeaderText((deleted.size() == 1 ? "\"" + deleted.iterator().next() + "\" is" : "These states are")
                + " still referenced. Point the references at another state, or cancel.");
        ListView<String> list = new ListView<>();
        list.getItems().setAll(references.stream().map(DeleteStatesDialog::describe).toList());
        list.setPrefHeight(Math.min(8, references.size()) * 26 + 4);
        ComboBox<String> target = new ComboBox<>();
        target.setId(TARGET_ID);
        target.getItems().setAll(remaining);
        target.setPromptText("Choose a state");
        target.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(8, new Label("References:"), list, new Label("Redirect them to:"), target);
        content.setPrefWidth(420);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(REDIRECT, ButtonType.CANCEL);
        getDialogPane().lookupButton(REDIRECT).disableProperty().bind(target.valueProperty().isNull());
        setResultConverter(button -> button == REDIRECT ? target.getValue() : null);
    }

    /** "StartAt → Done", "Charge · Next → Done", "Check · Choices/0 → Done". */
    static String describe(StateReference reference) {
        if (reference.fromState() == null) {
            return "StartAt → " + reference.target();
        }
        String pointer = reference.pointer();
        String field = pointer.substring(pointer.indexOf(escape(reference.fromState())) + escape(reference.fromState()).length() + 1);
        field = field.endsWith("/Next") && field.contains("/") ? field.substring(0, field.length() - "/Next".length()) : field;
        return reference.fromState() + " · " + field + " → " + reference.target();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
