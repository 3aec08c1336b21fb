package dev.stepwise.designer.testsupport;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.editor.DesignerViewModel;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.themes.Theme;
import dev.stepwise.themes.ThemeService;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** A themed designer for one document in a test's stage, with layout computed on the calling thread. */
public final class DesignerStage {

    private DesignerStage() {
    }

    public static DesignerView show(Stage stage, WorkflowDocument document, Theme theme, double width,
            double height) {
        DesignerView view = new DesignerView(new DesignerViewModel(document), new LayoutService(Runnable::run));
        Scene scene = new Scene(view, width, height);
        new ThemeService().apply(scene, theme);
        stage.setScene(scene);
        stage.show();
        return view;
    }
}
