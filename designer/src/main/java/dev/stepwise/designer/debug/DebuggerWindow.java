package dev.stepwise.designer.debug;

import dev.stepwise.engine.debug.DebugSession;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window of its own for one debug session, styled like its owner; closing it stops the execution. */
public final class DebuggerWindow {

    private DebuggerWindow() {
    }

    /** Opens the window and starts the session, holding before the first state. */
    public static Stage open(Window owner, String title, DebugSession session) {
        DebuggerViewModel viewModel = new DebuggerViewModel(session, Platform::runLater);
        DebuggerView view = new DebuggerView(viewModel);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(view, 1240, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(event -> viewModel.close());
        stage.show();
        viewModel.start();
        return stage;
    }
}
