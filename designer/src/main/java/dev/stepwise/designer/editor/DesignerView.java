package dev.stepwise.designer.editor;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.json.JsonPaneView;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.themes.StyleClasses;
import java.util.Locale;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The designer for one file: the canvas and the text editor of the same document, side by side. Typing updates the
 * canvas after a short pause; a canvas edit shows in the text at once; selecting a state reveals its key in the text.
 * Undo/Redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) and Save (Ctrl+S) work on the whole document.
 */
public final class DesignerView extends BorderPane {

    public static final Duration TYPING_PAUSE = Duration.millis(300);
    public static final String CANVAS_ID = "designer-canvas";
    public static final String TEXT_ID = "designer-text";

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final DesignerViewModel viewModel;
    private final GraphCanvas canvas;
    private final JsonPaneView text = new JsonPaneView();
    private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);
    private boolean updatingText;

    public DesignerView(DesignerViewModel viewModel, LayoutService layoutService) {
        this.viewModel = viewModel;
        getStyleClass().add(StyleClasses.DESIGNER);
        canvas = new GraphCanvas(viewModel.document(), viewModel.commands(), viewModel.selection(), layoutService);
        canvas.setId(CANVAS_ID);
        text.setId(TEXT_ID);
        text.setEditable(true);
        text.setText(viewModel.document().getText());
        text.setDiagnostics(viewModel.document().getDiagnostics());

        // Text -> document, after a pause in typing.
        typingPause.setOnFinished(event -> flushTyping());
        text.codeArea().textProperty().addListener((obs, old, now) -> {
            if (!updatingText) {
                text.refreshHighlighting();
                typingPause.playFromStart();
            }
        });
        // Document -> text, when a command changed it.
        viewModel.document().textProperty().addListener((obs, old, now) -> showDocumentText(now));
        viewModel.document().diagnosticsProperty().addListener((obs, old, now) -> text.setDiagnostics(now));
        viewModel.selection().revisionProperty().addListener((obs, old, revision) -> revealSelection());

        BorderPane canvasArea = canvasArea();
        // Both sides may shrink: their content scrolls, so the window never has to grow to show them.
        canvasArea.setMinWidth(160);
        text.setMinWidth(160);
        SplitPane split = new SplitPane(canvasArea, text);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        setCenter(split);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        // A canvas gesture works on the document as typed so far: nothing typed may be lost under it.
        canvasArea.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> flushTyping());
    }

    public DesignerView(DesignerViewModel viewModel) {
        this(viewModel, new LayoutService());
    }

    private BorderPane canvasArea() {
        Button fit = new Button("Fit");
        fit.setId("designer-fit");
        fit.setTooltip(new Tooltip("Show the whole graph"));
        fit.setOnAction(event -> canvas.fitToWindow());
        Button relayout = new Button("Re-layout");
        relayout.setId("designer-relayout");
        relayout.setTooltip(new Tooltip("Forget moved positions and lay the graph out again"));
        relayout.setOnAction(event -> viewModel.resetLayout());
        relayout.disableProperty().bind(viewModel.document().layoutProperty().map(layout -> layout.isEmpty()));
        Label zoom = new Label();
        zoom.textProperty().bind(canvas.zoomProperty().map(level -> String.format(Locale.ROOT, "%.0f %%",
                level.doubleValue() * 100)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label stale = new Label("Stale");
        stale.getStyleClass().add("sw-stale-chip");
        stale.visibleProperty().bind(viewModel.document().staleProperty());
        ToolBar bar = new ToolBar(fit, relayout, zoom, spacer, stale);
        bar.getStyleClass().add(StyleClasses.DESIGNER_TOOLBAR);
        BorderPane area = new BorderPane(canvas);
        area.setTop(bar);
        return area;
    }

    /** Commits what was typed and not yet applied (before undo, save, or in tests). */
    public void flushTyping() {
        typingPause.stop();
        String typed = text.getText();
        if (!typed.equals(viewModel.document().getText())) {
            viewModel.textEdited(typed);
        }
    }

    private void showDocumentText(String now) {
        if (text.getText().equals(now)) {
            return;
        }
        typingPause.stop();
        updatingText = true;
        try {
            text.updateText(now);
        } finally {
            updatingText = false;
        }
    }

    private void revealSelection() {
        Set<String> selected = viewModel.selection().items();
        if (selected.size() != 1) {
            return;
        }
        viewModel.keyRangeOf(selected.iterator().next()).ifPresent(range -> text.selectAndReveal(range[0], range[1]));
    }

    private void keys(KeyEvent event) {
        if (REDO.match(event) || REDO_Y.match(event)) {
            flushTyping();
            viewModel.redo();
        } else if (UNDO.match(event)) {
            flushTyping();
            viewModel.undo();
        } else if (SAVE.match(event)) {
            save();
        } else {
            return;
        }
        event.consume();
    }

    public void undo() {
        flushTyping();
        viewModel.undo();
    }

    public void redo() {
        flushTyping();
        viewModel.redo();
    }

    public boolean save() {
        flushTyping();
        return viewModel.save();
    }

    public DesignerViewModel viewModel() {
        return viewModel;
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    public JsonPaneView textPane() {
        return text;
    }
}
