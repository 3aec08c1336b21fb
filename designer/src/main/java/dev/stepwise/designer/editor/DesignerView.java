package dev.stepwise.designer.editor;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.debug.DebugDialog;
import dev.stepwise.designer.debug.DebuggerWindow;
import dev.stepwise.engine.testing.MockConfigException;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.designer.canvas.Minimap;
import dev.stepwise.designer.canvas.StateNode;
import dev.stepwise.designer.canvas.dnd.CanvasDropTarget;
import dev.stepwise.designer.canvas.dnd.StateTemplate;
import dev.stepwise.designer.command.StateReference;
import dev.stepwise.designer.document.DocumentFormatter;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.inspector.InspectorView;
import dev.stepwise.designer.inspector.InspectorViewModel;
import dev.stepwise.designer.palette.PaletteView;
import dev.stepwise.designer.palette.PaletteViewModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.layout.StackPane;
import dev.stepwise.designer.json.JsonPaneView;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.themes.StyleClasses;
import java.util.Locale;
import java.util.Set;
import javafx.animation.Animation;
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
    public static final String FIND_ID = "designer-find";
    public static final String PALETTE_ID = "designer-palette";
    public static final String MINIMAP_ID = "designer-minimap";
    public static final String INSPECTOR_ID = "designer-inspector";
    public static final String DEBUG_ID = "designer-debug";
    private static final KeyCombination DEBUG_KEY = new KeyCodeCombination(KeyCode.F5);
    /** How far an arrow key moves the selected states, in canvas units. */
    public static final double NUDGE = 10;
    /** How far a pasted or duplicated state lands from its original. */
    public static final double PASTE_OFFSET = 30;

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CUT = new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination DUPLICATE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    /** Format Document as VS Code binds it (Shift+Alt+F) and as IntelliJ does (Ctrl+Alt+L). */
    public static final KeyCombination FORMAT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHIFT_DOWN,
            KeyCombination.ALT_DOWN);
    public static final KeyCombination FORMAT_INTELLIJ = new KeyCodeCombination(KeyCode.L,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);

    private final DesignerViewModel viewModel;
    private final GraphCanvas canvas;
    private final JsonPaneView text = new JsonPaneView();
    private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);
    /** True while the views select text themselves: the caret moving then is not the user's. */
    private boolean revealing;
    /** True while a caret move selects a state: that selection does not move the caret back to the key. */
    private boolean followingCaret;
    private final PaletteView palette = new PaletteView(new PaletteViewModel());
    private final TextField find = new TextField();
    private final CanvasDropTarget dropTarget;
    private final Minimap minimap;
    private final InspectorView inspector;
    private final BracketHighlighter brackets;
    private final CodeFolding folding;
    private boolean updatingText;
    /** Set when a shortcut was handled: its typed character (Shift+Alt+F types "F" on Linux) stays out of the text. */
    private boolean swallowTyped;
    /** Asks where references to deleted states should go; empty cancels. Replaceable for tests. */
    private ReplacementChooser replacementChooser = this::askReplacement;
    /** Copied text when the system clipboard is not available. */
    private String localClipboard = "";

    /** Chooses the state that references to deleted states are redirected to. */
    @FunctionalInterface
    public interface ReplacementChooser {
        Optional<String> choose(Set<String> deleted, List<StateReference> references, List<String> remaining);
    }

    public DesignerView(DesignerViewModel viewModel, LayoutService layoutService) {
        this.viewModel = viewModel;
        getStyleClass().add(StyleClasses.DESIGNER);
        canvas = new GraphCanvas(viewModel.document(), viewModel.commands(), viewModel.selection(), layoutService);
        canvas.setId(CANVAS_ID);
        canvas.setOnNotice(viewModel::report);
        dropTarget = new CanvasDropTarget(canvas);
        dropTarget.install();
        minimap = new Minimap(canvas);
        minimap.setId(MINIMAP_ID);
        palette.setId(PALETTE_ID);
        palette.setOnActivate(this::addAtCenter);
        canvas.setFocusTraversable(true);
        inspector = new InspectorView(new InspectorViewModel(viewModel.document(), viewModel.commands(),
                viewModel.selection()));
        inspector.setId(INSPECTOR_ID);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::canvasKeys);
        text.setId(TEXT_ID);
        text.setEditable(true);
        text.setText(viewModel.document().getText());
        text.setDiagnostics(viewModel.document().getDiagnostics());
        text.setFormat(viewModel.document().format());
        brackets = BracketHighlighter.install(text, viewModel.document().format());
        folding = CodeFolding.install(text, viewModel.document().format());

        // Text -> document, after a pause in typing.
        typingPause.setOnFinished(event -> flushTyping());
        text.codeArea().textProperty().addListener((obs, old, now) -> {
            if (!updatingText) {
                // The pause and the analysis ahead start first: the highlighting's time then runs inside them.
                typingPause.playFromStart();
                viewModel.textTyped(now);
                text.refreshHighlighting();
            }
        });
        // Document -> text, when a command changed it.
        viewModel.document().textProperty().addListener((obs, old, now) -> showDocumentText(now));
        viewModel.document().diagnosticsProperty().addListener((obs, old, now) -> text.setDiagnostics(now));
        viewModel.selection().revisionProperty().addListener((obs, old, revision) -> revealSelection());
        // Text -> canvas: moving the caret into a state's definition selects that state.
        text.codeArea().caretPositionProperty().addListener((obs, old, caret) -> followCaret(caret));
        canvas.selectedEdgeProperty().addListener((obs, old, edge) -> revealEdge(edge));

        BorderPane canvasArea = canvasArea();
        // Both sides may shrink: their content scrolls, so the window never has to grow to show them.
        canvasArea.setMinWidth(160);
        text.setMinWidth(160);
        // The inspector above the text: both describe the selected state.
        inspector.setMinHeight(80);
        SplitPane side = new SplitPane(inspector, text);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.45);
        side.setMinWidth(160);
        SplitPane split = new SplitPane(canvasArea, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        setCenter(split);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (swallowTyped) {
                swallowTyped = false;
                event.consume();
            }
        });
        // A canvas gesture works on the document as typed so far: nothing typed may be lost under it.
        canvasArea.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> flushTyping());
        canvasArea.addEventFilter(DragEvent.DRAG_ENTERED, event -> flushTyping());
    }

    public DesignerView(DesignerViewModel viewModel) {
        this(viewModel, new LayoutService());
    }

    private BorderPane canvasArea() {
        Button fit = new Button("Fit");
        fit.setId("designer-fit");
        fit.setTooltip(new Tooltip("Show the whole graph"));
        fit.setOnAction(event -> canvas.fitToWindow());
        Button debug = new Button("Debug");
        debug.setId(DEBUG_ID);
        debug.setTooltip(new Tooltip("Run this state machine in the step debugger (F5)"));
        debug.setOnAction(event -> debug());
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
        stale.managedProperty().bind(stale.visibleProperty()); // takes no room in the toolbar while hidden
        find.setId(FIND_ID);
        find.setPromptText("Find state (Ctrl+F)");
        find.getStyleClass().add("designer-find");
        find.setPrefColumnCount(11);
        find.textProperty().addListener((obs, old, query) -> findNext(query, false));
        find.setOnAction(event -> findNext(find.getText(), true));
        find.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                canvas.requestFocus();
                event.consume();
            }
        });
        ToolBar bar = new ToolBar(fit, relayout, zoom, debug, spacer, stale, find);
        bar.getStyleClass().add(StyleClasses.DESIGNER_TOOLBAR);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(8));
        StackPane stack = new StackPane(canvas, minimap);
        BorderPane area = new BorderPane(stack);
        area.setTop(bar);
        palette.setPrefWidth(185);
        palette.setMinWidth(120);
        area.setLeft(palette);
        return area;
    }

    // --- canvas editing: keys, clipboard, delete, find ------------------------------------------------------------

    private void canvasKeys(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            deleteSelection();
        } else if (SELECT_ALL.match(event)) {
            canvas.selectAll();
        } else if (COPY.match(event)) {
            copySelection();
        } else if (CUT.match(event)) {
            cutSelection();
        } else if (PASTE.match(event)) {
            paste();
        } else if (DUPLICATE.match(event)) {
            duplicateSelection();
        } else if (FIND.match(event)) {
            focusFind();
        } else if (CodeFolding.FOLD.match(event) || CodeFolding.FOLD_MINUS.match(event)) {
            collapseSelection(true);
        } else if (CodeFolding.UNFOLD.match(event) || CodeFolding.UNFOLD_EQUALS.match(event)) {
            collapseSelection(false);
        } else if (code.isArrowKey() && !event.isShortcutDown() && !viewModel.selection().isEmpty()) {
            double dx = code == KeyCode.LEFT ? -NUDGE : code == KeyCode.RIGHT ? NUDGE : 0;
            double dy = code == KeyCode.UP ? -NUDGE : code == KeyCode.DOWN ? NUDGE : 0;
            canvas.nudgeSelection(dx, dy);
        } else {
            return;
        }
        event.consume();
    }

    /**
     * Deletes the selected states. When other states refer to them the {@link ReplacementChooser} (a dialog) picks
     * where those references go; cancelling deletes nothing.
     */
    public boolean deleteSelection() {
        flushTyping();
        Set<String> keys = viewModel.selection().items();
        if (keys.isEmpty() || !viewModel.document().isStructurallyEditable()) {
            return false;
        }
        List<StateReference> references = viewModel.referencesTo(keys);
        if (references.isEmpty()) {
            return viewModel.delete(keys, null);
        }
        String scope = viewModel.scopeOf(keys).orElse("");
        Set<String> names = new LinkedHashSet<>();
        keys.forEach(key -> names.add(canvas.node(key).map(StateNode::name).orElse(key)));
        List<String> remaining = viewModel.stateNames(scope).stream().filter(name -> !names.contains(name)).toList();
        return replacementChooser.choose(names, references, remaining)
                .map(replacement -> viewModel.delete(keys, replacement))
                .orElse(false);
    }

    public void setReplacementChooser(ReplacementChooser chooser) {
        this.replacementChooser = chooser;
    }

    private Optional<String> askReplacement(Set<String> deleted, List<StateReference> references, List<String> remaining) {
        DeleteStatesDialog dialog = new DeleteStatesDialog(getScene() == null ? null : getScene().getWindow(),
                deleted, references, remaining);
        dialog.getDialogPane().getStylesheets().setAll(getScene() == null ? List.of() : getScene().getStylesheets());
        return dialog.showAndWait();
    }

    /**
     * Collapses (or expands) the selected Parallel and Map states on the canvas, with the keys that fold (or unfold)
     * a block in the text. The view only: the document does not change.
     */
    public void collapseSelection(boolean collapse) {
        for (String key : viewModel.selection().items()) {
            canvas.node(key).filter(StateNode::isCollapsible).ifPresent(node -> canvas.setCollapsed(key, collapse));
        }
    }

    /** Puts the selected states' JSON on the clipboard. */
    public boolean copySelection() {
        flushTyping();
        String text = viewModel.copy(viewModel.selection().items());
        if (text.isEmpty()) {
            return false;
        }
        localClipboard = text;
        try {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        } catch (RuntimeException e) {
            // No system clipboard (headless): the local copy serves this window.
        }
        return true;
    }

    public boolean cutSelection() {
        return copySelection() && deleteSelection();
    }

    /** Adds the states on the clipboard, beside their originals when those are on this canvas. */
    public boolean paste() {
        flushTyping();
        String text = clipboardText();
        return viewModel.paste(text, pastePositions(), canvas::cornerOf).isPresent();
    }

    /** Copies and pastes the selection in one go, leaving the clipboard alone. */
    public boolean duplicateSelection() {
        flushTyping();
        String text = viewModel.copy(viewModel.selection().items());
        return !text.isEmpty() && viewModel.paste(text, pastePositions(), canvas::cornerOf).isPresent();
    }

    private String clipboardText() {
        try {
            String system = Clipboard.getSystemClipboard().getString();
            if (system != null && !system.isBlank()) {
                return system;
            }
        } catch (RuntimeException e) {
            // fall back to the local copy
        }
        return localClipboard;
    }

    private Function<String, Layout.Point> pastePositions() {
        Bounds view = canvas.viewport();
        int[] count = {0};
        String scope = viewModel.scopeOf(viewModel.selection().items()).orElse("");
        return name -> {
            String key = Layout.key(scope, name);
            if (canvas.node(key).isPresent()) {
                Layout.Point at = canvas.positionOf(key);
                return new Layout.Point(at.x() + PASTE_OFFSET, at.y() + PASTE_OFFSET);
            }
            int i = count[0]++;
            return new Layout.Point(view.getMinX() + view.getWidth() / 2 - StateNode.WIDTH / 2 + i * PASTE_OFFSET,
                    view.getMinY() + view.getHeight() / 2 - StateNode.HEIGHT / 2 + i * PASTE_OFFSET);
        };
    }

    private void addAtCenter(StateTemplate template) {
        flushTyping();
        Bounds view = canvas.viewport();
        dropTarget.drop(template, new Point2D(view.getMinX() + view.getWidth() / 2, view.getMinY() + view.getHeight() / 2));
    }

    /** Focuses the find field (Ctrl+F). */
    public void focusFind() {
        find.requestFocus();
        find.selectAll();
    }

    /**
     * Selects and centres the best match of a search (in any branch: a collapsed container holding it opens);
     * {@code next} moves on to the following match.
     */
    public Optional<String> findNext(String query, boolean next) {
        List<String> matches = viewModel.find(query);
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        String current = viewModel.selection().items().size() == 1 ? viewModel.selection().items().iterator().next() : null;
        int index = next && current != null ? (matches.indexOf(current) + 1) % matches.size() : 0;
        String match = matches.get(index);
        canvas.expandAround(match);
        viewModel.selection().select(match);
        canvas.centerOn(match);
        return Optional.of(match);
    }

    public CanvasDropTarget dropTarget() {
        return dropTarget;
    }

    public PaletteView palette() {
        return palette;
    }

    public InspectorView inspector() {
        return inspector;
    }

    public Minimap minimap() {
        return minimap;
    }

    public TextField findField() {
        return find;
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

    /** A selected transition shows the field that makes it, in the inspector and in the text. */
    private void revealEdge(GraphModel.Edge edge) {
        if (edge == null) {
            return;
        }
        canvas.referencePointerOf(edge).ifPresent(pointer -> {
            viewModel.valueRangeOf(pointer).ifPresent(range -> reveal(range[0], range[1]));
            // The field's pointer below its state's: "Next", "Choices/0/Next", "Catch/1/Next".
            int field = pointer.lastIndexOf('/' + switch (edge.kind()) {
                case CHOICE -> "Choices";
                case CATCH -> "Catch";
                case NEXT -> "Next";
                case DEFAULT -> "Default";
            });
            inspector.reveal(pointer.substring(field + 1));
        });
    }

    private void revealSelection() {
        Set<String> selected = viewModel.selection().items();
        if (selected.size() != 1 || followingCaret) {
            return; // a selection the caret made leaves the caret where the user put it
        }
        viewModel.keyRangeOf(selected.iterator().next()).ifPresent(range -> reveal(range[0], range[1]));
    }

    /** Selects a range of the text for the views' sake, not the user's: the caret moving there selects nothing. */
    private void reveal(int start, int end) {
        revealing = true;
        try {
            text.selectAndReveal(start, end);
        } finally {
            revealing = false;
        }
    }

    /**
     * When the user moves the caret (a click or a key in the text, not typing) into a state's definition, selects that
     * state on the canvas and brings it into view.
     */
    private void followCaret(int caret) {
        if (revealing || !text.codeArea().isFocused() || typingPause.getStatus() == Animation.Status.RUNNING
                || !text.getText().equals(viewModel.document().getText())) {
            return;
        }
        viewModel.stateAt(caret).ifPresent(name -> {
            if (!viewModel.selection().items().equals(Set.of(name))) {
                followingCaret = true;
                try {
                    viewModel.selection().select(name);
                } finally {
                    followingCaret = false;
                }
                canvas.expandAround(name);
                canvas.ensureVisible(name);
            }
        });
    }

    private void keys(KeyEvent event) {
        swallowTyped = false;
        if (REDO.match(event) || REDO_Y.match(event)) {
            flushTyping();
            viewModel.redo();
        } else if (UNDO.match(event)) {
            flushTyping();
            viewModel.undo();
        } else if (SAVE.match(event)) {
            save();
        } else if (FORMAT.match(event) || FORMAT_INTELLIJ.match(event)) {
            formatDocument();
            swallowTyped = true;
        } else if (DEBUG_KEY.match(event)) {
            debug();
        } else {
            return;
        }
        event.consume();
    }

    public void undo() {
        flushTyping();
        viewModel.undo();
    }

    /**
     * F5: asks for an input and a test case (from the file's {@code .input.json} and {@code .mocks.json} beside it)
     * and opens the step debugger on the document, holding before its first state.
     */
    public void debug() {
        flushTyping();
        viewModel.debugTarget().ifPresent(target -> new DebugDialog(getScene().getWindow(), target).showAndWait()
                .ifPresent(request -> {
                    try {
                        DebuggerWindow.open(getScene().getWindow(), "Debug " + target.name(),
                                target.session(request.input(), request.testCase()));
                    } catch (MockConfigException e) {
                        viewModel.report("Cannot debug: " + e.getMessage());
                    }
                }));
    }

    public void redo() {
        flushTyping();
        viewModel.redo();
    }

    public boolean save() {
        flushTyping();
        return viewModel.save();
    }

    /** Reformats the JSON text as one undoable edit (Shift+Alt+F, Ctrl+Alt+L); see the status when it refuses. */
    public boolean formatDocument() {
        flushTyping();
        String before = text.getText();
        int caret = text.codeArea().getCaretPosition();
        if (!viewModel.formatDocument()) {
            return false;
        }
        // The caret stays on the token it was on, as in VS Code, not where the text replacement left it.
        text.codeArea().moveTo(DocumentFormatter.mapOffset(before, text.getText(), caret));
        text.codeArea().requestFollowCaret();
        return true;
    }

    public BracketHighlighter brackets() {
        return brackets;
    }

    public CodeFolding folding() {
        return folding;
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
