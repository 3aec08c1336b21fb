package dev.stepwise.app.shell;

import dev.stepwise.app.workspace.OpenFile;
import dev.stepwise.designer.document.ParseWorker;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.editor.DesignerViewModel;
import dev.stepwise.designer.editor.DesignerWarmUp;
import dev.stepwise.designer.json.JsonPaneView;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.themes.StyleClasses;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * The central tabs: one {@link DesignerView} (canvas + text editor of one document) per open file, kept in step with
 * the view model. A tab's title carries a dot while its file has unsaved changes; the Problems panel follows the
 * live diagnostics of each document.
 */
final class EditorTabsView extends StackPane {

    static final String TABS_ID = "editor-tabs";
    static final String UNSAVED_MARKER = " ●";

    private final MainWindowViewModel viewModel;
    private final TabPane tabs = new TabPane();
    private final Map<OpenFile, Tab> tabByFile = new HashMap<>();
    private final LayoutService layoutService = new LayoutService();
    private final ReadOnlyObjectWrapper<DesignerView> selectedDesigner = new ReadOnlyObjectWrapper<>(this, "selectedDesigner");
    /** How often unsaved text is journalled for crash recovery. */
    static final javafx.util.Duration JOURNAL_EVERY = javafx.util.Duration.seconds(5);
    private final FileCommands files;
    private final javafx.animation.Timeline journalling;
    private UnsavedChangesPrompt prompt = fileName -> UnsavedChangesPrompt.Choice.CANCEL;
    /** Runs the designer's code once before the first file opens; null when it was not asked for. */
    private DesignerWarmUp warmUp;

    EditorTabsView(MainWindowViewModel viewModel) {
        this(viewModel, null);
    }

    EditorTabsView(MainWindowViewModel viewModel, FileCommands files) {
        this.viewModel = viewModel;
        this.files = files;
        journalling = new javafx.animation.Timeline(new javafx.animation.KeyFrame(JOURNAL_EVERY, event -> journal()));
        journalling.setCycleCount(javafx.animation.Animation.INDEFINITE);
        if (files != null) {
            journalling.play();
        }
        tabs.setId(TABS_ID);
        tabs.getStyleClass().add(StyleClasses.EDITOR_TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);

        Label empty = new Label();
        empty.textProperty().bind(viewModel.workspaceProperty().map(
                folder -> "Double-click a state machine in the Explorer to open it.")
                .orElse("Open a workspace (File > Open Workspace…), then double-click a state machine."));
        empty.getStyleClass().add(StyleClasses.PLACEHOLDER);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(tabs.getTabs()));
        getChildren().addAll(tabs, empty);

        viewModel.openFiles().addListener((ListChangeListener<OpenFile>) change -> sync());
        viewModel.selectedFileProperty().addListener((obs, old, file) -> select(file));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            viewModel.selectedFileProperty().set(tab == null ? null : (OpenFile) tab.getUserData());
            selectedDesigner.set(designerOf(tab).orElse(null));
            paneOf(tab).ifPresent(this::publishCaret);
        });
        viewModel.caretRequestProperty().addListener((obs, old, request) -> {
            if (request != null) {
                reveal(request);
            }
        });
        sync();
    }

    /** The text pane showing a file, when the file is open. */
    Optional<JsonPaneView> paneFor(OpenFile file) {
        return paneOf(tabByFile.get(file));
    }

    /** The designer showing a file, when the file is open. */
    Optional<DesignerView> designerFor(OpenFile file) {
        return designerOf(tabByFile.get(file));
    }

    /** The designer of the selected tab; null when no file is open. */
    ReadOnlyObjectProperty<DesignerView> selectedDesignerProperty() {
        return selectedDesigner.getReadOnlyProperty();
    }

    TabPane tabPane() {
        return tabs;
    }

    /** Who is asked about unsaved changes when a tab closes; the window sets the dialog, tests set an answer. */
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) {
        this.prompt = prompt;
    }

    /** The designers of every open tab, in tab order. */
    java.util.List<DesignerView> designers() {
        return tabs.getTabs().stream().map(EditorTabsView::designerOf).flatMap(Optional::stream).toList();
    }

    /**
     * Whether a designer's file may close: yes when it is saved; otherwise the prompt decides (Save, then close if
     * saving worked; Don't Save; Cancel).
     */
    boolean mayClose(DesignerView designer) {
        designer.flushTyping();
        if (!designer.viewModel().document().isDirty()) {
            return true;
        }
        String name = designer.viewModel().document().path().map(p -> p.getFileName().toString()).orElse("Untitled");
        return switch (prompt.ask(name)) {
            case SAVE -> designer.save();
            case DONT_SAVE -> {
                designer.viewModel().document().path().ifPresent(path -> {
                    if (files != null) {
                        files.discardJournal(path);
                    }
                });
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /** Journals the unsaved text of every open document (and forgets saved ones). */
    void journal() {
        if (files != null) {
            designers().forEach(designer -> files.journal(designer.viewModel().document()));
        }
    }

    /** Reloads files that changed on disk; asks before throwing away unsaved changes. */
    void checkDiskChanges(java.util.function.Function<String, Boolean> reloadAnyway) {
        for (DesignerView designer : designers()) {
            String name = designer.viewModel().document().path().map(p -> p.getFileName().toString()).orElse("");
            designer.flushTyping();
            designer.viewModel().checkDisk(() -> reloadAnyway.apply(name));
        }
    }

    void stopJournalling() {
        journalling.stop();
    }

    private void sync() {
        for (OpenFile file : java.util.List.copyOf(tabByFile.keySet())) {
            if (!viewModel.openFiles().contains(file)) {
                viewModel.takeRename(file).ifPresent(renamed -> {
                    Tab tab = tabByFile.remove(file);
                    tabByFile.put(renamed, tab);
                    tab.setUserData(renamed);
                    tab.getTooltip().setText(renamed.path().toString());
                    designerOf(tab).ifPresent(designer -> bindTitle(tab, renamed, designer));
                });
            }
        }
        tabByFile.keySet().removeIf(file -> {
            if (!viewModel.openFiles().contains(file)) {
                tabs.getTabs().remove(tabByFile.get(file));
                return true;
            }
            return false;
        });
        for (OpenFile file : viewModel.openFiles()) {
            tabByFile.computeIfAbsent(file, this::newTab);
        }
        select(viewModel.selectedFileProperty().get());
    }

    /**
     * Runs the designer's code once off screen (see {@link DesignerWarmUp}), so the first file opens about as fast as
     * later ones; its steps wait while {@code userBusy} holds. Skipped when a file is open already; an opening file
     * stops it.
     */
    CompletableFuture<Void> warmUp(Consumer<Scene> styler, BooleanSupplier userBusy) {
        if (!tabByFile.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        warmUp = new DesignerWarmUp(styler, layoutService, ForkJoinPool.commonPool()).yieldingTo(userBusy);
        return warmUp.start();
    }

    /** The warm-up asked for, if any (tests). */
    Optional<DesignerWarmUp> designerWarmUp() {
        return Optional.ofNullable(warmUp);
    }

    private Tab newTab(OpenFile file) {
        if (warmUp != null) {
            warmUp.stop();
        }
        WorkflowDocument document = WorkflowDocument.of(file.path(), file.text(), file.format(),
                ParseWorker.background());
        DesignerView designer = new DesignerView(new DesignerViewModel(document), layoutService);
        JsonPaneView pane = designer.textPane();
        pane.caretLineProperty().addListener((obs, old, line) -> publishCaretIfSelected(current(designer, file), pane));
        pane.caretColumnProperty().addListener((obs, old, column) -> publishCaretIfSelected(current(designer, file), pane));
        document.diagnosticsProperty().addListener((obs, old, diagnostics) ->
                viewModel.updateDiagnostics(current(designer, file), diagnostics));
        designer.viewModel().statusProperty().addListener((obs, old, status) -> viewModel.showStatus(status));

        if (files != null) {
            files.takeRecovered(file.path()).ifPresent(text -> {
                designer.viewModel().textEdited(text);
                viewModel.showStatus("Recovered unsaved changes to " + file.name());
            });
        }

        Tab tab = new Tab();
        bindTitle(tab, file, designer);
        tab.setContent(designer);
        tab.setUserData(file);
        tab.setTooltip(new Tooltip(file.path().toString()));
        tab.setOnCloseRequest(event -> {
            if (!mayClose(designer)) {
                event.consume();
            }
        });
        tab.setOnClosed(event -> viewModel.closeFile((OpenFile) tab.getUserData()));
        tabs.getTabs().add(tab);
        return tab;
    }

    private static void bindTitle(Tab tab, OpenFile file, DesignerView designer) {
        tab.textProperty().bind(Bindings.when(designer.viewModel().document().dirtyProperty())
                .then(file.name() + UNSAVED_MARKER).otherwise(file.name()));
    }

    /** The open file a designer shows now (after a Save As it is not the one its tab was made for). */
    private OpenFile current(DesignerView designer, OpenFile made) {
        return tabByFile.entrySet().stream().filter(e -> e.getValue().getContent() == designer)
                .map(java.util.Map.Entry::getKey).findFirst().orElse(made);
    }

    private void select(OpenFile file) {
        Tab tab = file == null ? null : tabByFile.get(file);
        if (tab != null && tabs.getSelectionModel().getSelectedItem() != tab) {
            tabs.getSelectionModel().select(tab);
        }
    }

    private void reveal(CaretRequest request) {
        select(request.file());
        paneFor(request.file()).ifPresent(pane -> {
            pane.moveCaretTo(request.line(), request.column());
            pane.codeArea().requestFocus();
        });
    }

    private void publishCaretIfSelected(OpenFile file, JsonPaneView pane) {
        if (file.equals(viewModel.selectedFileProperty().get())) {
            publishCaret(pane);
        }
    }

    private void publishCaret(JsonPaneView pane) {
        viewModel.caretLineProperty().set(pane.caretLineProperty().get());
        viewModel.caretColumnProperty().set(pane.caretColumnProperty().get());
    }

    private static Optional<DesignerView> designerOf(Tab tab) {
        return tab != null && tab.getContent() instanceof DesignerView designer ? Optional.of(designer) : Optional.empty();
    }

    private static Optional<JsonPaneView> paneOf(Tab tab) {
        return designerOf(tab).map(DesignerView::textPane);
    }
}
