package dev.stepwise.app.shell;

import dev.stepwise.app.actions.StandardActions;
import dev.stepwise.themes.StyleClasses;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Help and About windows. Both list facts, not promises. */
final class HelpDialogs {

    static final String HELP_TITLE = "Stepwise Help";

    private HelpDialogs() {
    }

    static Alert help(Window owner) {
        Label intro = new Label("""
                Stepwise is a local workbench for AWS Step Functions state machines and Cognito user pools.

                Designer: open a folder with File > Open Workspace…. The Explorer lists its state \
                machines (*.asl.json, *.asl.yaml, *.asl.yml, and *.json files with a top-level "States"). \
                Double-click a file, or select it and press Enter, to open it in the designer: the graph \
                and the text are two views of one document, and every edit can be undone. Problems the \
                validator finds are underlined and marked in the gutter, and listed in the Problems \
                panel; click a problem, or press Enter on it, to go to its line.

                In the text: Shift+Alt+F or Ctrl+Alt+L formats a JSON document (one undoable edit). \
                Ctrl+Shift+[ or Ctrl+- folds the block at the caret, Ctrl+Shift+] or Ctrl+= unfolds it, \
                Ctrl+Shift+- and Ctrl+Shift+= fold and unfold every block, and the markers beside the \
                line numbers fold one; folding never changes the text. \
                Ctrl+Shift+M or Ctrl+] jumps to the matching bracket; brackets without a partner are red.

                On the canvas: Parallel and Map states show their branches inside them; the ▾ in a \
                container's corner, or the fold keys above on the selected containers, collapse and expand \
                them. Drop a palette item into a branch to add it there, or drag a state into another \
                branch to move it.

                F5 (or Debug) runs the open state machine in the step debugger, with the input and mocks \
                from the .input.json and .mocks.json files beside it.

                Endpoint: the switch at the right of the status bar serves this workspace's user pools \
                and state machines to AWS SDKs and the AWS CLI on 127.0.0.1 (as stepwise serve does); \
                Executions lists what they ran. Debug opens one in the step debugger, replaying it with \
                the results its tasks had: F10 step over, F11 step into, Shift+F11 step out, F5 continue, \
                F9 breakpoint, Alt+[ step back.

                Auth Lab is not built yet.""");
        intro.setWrapText(true);
        intro.setMaxWidth(520);

        GridPane shortcuts = new GridPane();
        shortcuts.setHgap(24);
        shortcuts.setVgap(4);
        int row = 0;
        for (StandardActions action : StandardActions.values()) {
            if (action.accelerator().isPresent()) {
                shortcuts.addRow(row++, new Label(action.text()),
                        new Label(action.accelerator().get().getDisplayText()));
            }
        }
        Label heading = new Label("Keyboard shortcuts");
        heading.getStyleClass().add(StyleClasses.PLACEHOLDER_TITLE);
        VBox content = new VBox(12, intro, heading, shortcuts);
        content.getStyleClass().add(StyleClasses.HELP);

        return dialog(owner, HELP_TITLE, content);
    }

    static Alert about(Window owner) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        Label text = new Label("Stepwise " + (version == null ? "(development build)" : version) + "\n\n"
                + "A local workbench for AWS Step Functions and Cognito.\n"
                + "Java " + System.getProperty("java.version")
                + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        return dialog(owner, "About Stepwise", new VBox(text));
    }

    private static Alert dialog(Window owner, String title, javafx.scene.Node content) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(content);
        if (owner != null) {
            alert.initOwner(owner);
            Scene scene = owner.getScene();
            if (scene != null) {
                alert.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
            }
        }
        return alert;
    }
}
