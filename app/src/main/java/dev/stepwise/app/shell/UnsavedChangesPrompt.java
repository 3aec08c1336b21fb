package dev.stepwise.app.shell;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks what to do with unsaved changes before a tab closes or the application quits. */
@FunctionalInterface
public interface UnsavedChangesPrompt {

    enum Choice { SAVE, DONT_SAVE, CANCEL }

    ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    Choice ask(String fileName);

    /** The real prompt: a modal dialog with Save, Don't Save and Cancel. */
    static UnsavedChangesPrompt dialog(Window owner) {
        return fileName -> {
            Alert alert = new Alert(Alert.AlertType.WARNING, "Your changes will be lost if you don't save them.",
                    SAVE, DONT_SAVE, CANCEL);
            alert.initOwner(owner);
            alert.setTitle("Unsaved changes");
            alert.setHeaderText("Save the changes to " + fileName + "?");
            Optional<ButtonType> answer = alert.showAndWait();
            if (answer.isEmpty() || answer.get() == CANCEL) {
                return Choice.CANCEL;
            }
            return answer.get() == SAVE ? Choice.SAVE : Choice.DONT_SAVE;
        };
    }
}
