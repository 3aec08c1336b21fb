package dev.stepwise.app.shell;

import dev.stepwise.app.actions.ActionFactory;
import dev.stepwise.app.endpoint.EndpointStatusItem;
import dev.stepwise.app.endpoint.ExecutionsView;
import dev.stepwise.app.endpoint.ExecutionsViewModel;
import dev.stepwise.app.endpoint.EndpointSwitch;
import dev.stepwise.app.actions.SimpleCommand;
import dev.stepwise.app.actions.StandardActions;
import dev.stepwise.app.prefs.WindowGeometry;
import dev.stepwise.app.workspace.OpenFile;
import dev.stepwise.authlab.AuthLabView;
import dev.stepwise.themes.DarkTheme;
import dev.stepwise.themes.LightTheme;
import dev.stepwise.themes.StyleClasses;
import dev.stepwise.themes.Theme;
import dev.stepwise.themes.ThemeService;
import dev.stepwise.designer.editor.DesignerView;
import java.io.File;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.WindowEvent;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.MenuItem;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Builds the main window and binds it to {@link MainWindowViewModel}: menus, the activity bar
 * (Designer, Auth Lab), the explorer, the editor tabs, the Problems panel and the status bar.
 */
public final class MainWindowView {

    public static final String DESIGNER_BUTTON_ID = "activity-designer";
    public static final String AUTH_LAB_BUTTON_ID = "activity-auth-lab";
    public static final String EXECUTIONS_BUTTON_ID = "activity-executions";

    private final MainWindowViewModel viewModel;
    private final ThemeService themeService;
    private final ActionFactory actions = new ActionFactory();
    private final Stage stage;
    private final Scene scene;
    private final WorkspaceExplorerView explorer;
    private final EditorTabsView editor;
    private final FileCommands files;
    private final EndpointSwitch endpoint;
    private final FileDialogs fileDialogs;
    private final ProblemsView problems;
    private final SplitPane editorAndProblems = new SplitPane();
    /** The last size and place of the window while it was not maximised. */
    private Rectangle2D normalBounds;

    public MainWindowView(Stage stage, MainWindowViewModel viewModel, ThemeService themeService) {
        this(stage, viewModel, themeService, null, null);
    }

    /** {@code files} and {@code endpoint} may be null: no File commands, no endpoint switch in the status bar. */
    public MainWindowView(Stage stage, MainWindowViewModel viewModel, ThemeService themeService, FileCommands files,
            EndpointSwitch endpoint) {
        this.stage = stage;
        this.endpoint = endpoint;
        this.viewModel = viewModel;
        this.themeService = themeService;
        this.files = files;
        this.fileDialogs = new FileDialogs(stage, viewModel, files);
        this.explorer = new WorkspaceExplorerView(viewModel);
        this.editor = new EditorTabsView(viewModel, files);
        editor.setUnsavedChangesPrompt(UnsavedChangesPrompt.dialog(stage));
        this.problems = new ProblemsView(viewModel);

        BorderPane root = new BorderPane();
        root.setTop(menuBar());
        root.setCenter(areas());
        root.setBottom(statusBar());

        WindowGeometry geometry = viewModel.windowGeometry();
        scene = new Scene(root, geometry.width(), geometry.height());
        themeService.apply(scene, viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((obs, old, theme) -> themeService.apply(scene, theme));

        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        placeWindow(geometry);
        stage.setOnCloseRequest(event -> {
            if (!mayQuit()) {
                event.consume();
                return;
            }
            saveGeometry();
        });
        // A file changed by another program shows when the window comes back to the front.
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                editor.checkDiskChanges(fileDialogs::askReload);
            }
        });
    }

    /**
     * Runs the designer's code once off screen, in the window's theme, so the first file opens about as fast as later
     * ones. It waits while the user works in the window; a failure is only logged, as nothing the user asked for
     * depends on it.
     */
    public CompletableFuture<Void> warmUpDesigner() {
        RecentInput input = RecentInput.watch(scene);
        return editor.warmUp(offScreen -> themeService.applyToScene(offScreen, viewModel.themeProperty().get()), input)
                .whenComplete((done, failure) -> {
                    Platform.runLater(input::stop);
                    if (failure != null) {
                        System.getLogger("dev.stepwise.designer").log(System.Logger.Level.WARNING,
                                "The designer's warm-up failed", failure);
                    }
                });
    }

    /** Offers back the unsaved text a crashed session left in the recovery folder. */
    public void offerRecovery() {
        fileDialogs.offerRecovery();
    }

    /** Asks about every file with unsaved changes; false when the user cancelled. */
    boolean mayQuit() {
        for (DesignerView designer : editor.designers()) {
            if (!editor.mayClose(designer)) {
                return false;
            }
        }
        editor.stopJournalling();
        if (files != null) {
            editor.designers().forEach(d -> d.viewModel().document().path().ifPresent(files::discardJournal));
        }
        return true;
    }

    public void show() {
        stage.show();
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    public MainWindowViewModel viewModel() {
        return viewModel;
    }

    /** Remembers where the window is; called on close and on Quit. */
    public void saveGeometry() {
        Rectangle2D bounds = normalBounds != null ? normalBounds
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        if (bounds.getWidth() > 0 && bounds.getHeight() > 0) {
            viewModel.saveWindowGeometry(new WindowGeometry(bounds.getMinX(), bounds.getMinY(),
                    bounds.getWidth(), bounds.getHeight(), stage.isMaximized()));
        }
    }

    private void placeWindow(WindowGeometry geometry) {
        boolean placed = geometry.hasPosition() && onSomeScreen(geometry);
        // Never larger than the screen it opens on: a size remembered from a bigger display would hang off the edge.
        Rectangle2D screen = placed
                ? Screen.getScreensForRectangle(geometry.x(), geometry.y(), 1, 1).stream().findFirst()
                        .orElse(Screen.getPrimary()).getVisualBounds()
                : Screen.getPrimary().getVisualBounds();
        double width = Math.min(geometry.width(), screen.getWidth());
        double height = Math.min(geometry.height(), screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        if (placed) {
            stage.setX(Math.max(screen.getMinX(), Math.min(geometry.x(), screen.getMaxX() - width)));
            stage.setY(Math.max(screen.getMinY(), Math.min(geometry.y(), screen.getMaxY() - height)));
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(geometry.maximized());
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener((obs, old, now) -> track.run());
        stage.yProperty().addListener((obs, old, now) -> track.run());
        stage.widthProperty().addListener((obs, old, now) -> track.run());
        stage.heightProperty().addListener((obs, old, now) -> track.run());
    }

    private static boolean onSomeScreen(WindowGeometry geometry) {
        // At least a corner of the title bar must be visible, or the window could not be moved back.
        return !Screen.getScreensForRectangle(geometry.x(), geometry.y(), Math.min(geometry.width(), 200), 40)
                .isEmpty();
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        javafx.beans.binding.BooleanExpression hasDesigner = editor.selectedDesignerProperty().isNotNull();
        Menu recent = new Menu(StandardActions.OPEN_RECENT.text());
        recent.setId(ActionFactory.id(StandardActions.OPEN_RECENT));
        recent.setOnShowing(event -> fileDialogs.fillRecent(recent));
        recent.getItems().add(new MenuItem("(none)"));
        file.getItems().addAll(
                actions.createMenuItem(StandardActions.NEW_FROM_TEMPLATE, SimpleCommand.of(fileDialogs::newFromTemplate)),
                actions.createMenuItem(StandardActions.OPEN_WORKSPACE, SimpleCommand.of(this::chooseWorkspace)),
                recent,
                actions.createMenuItem(StandardActions.IMPORT, SimpleCommand.of(fileDialogs::importTemplate)),
                new SeparatorMenuItem(),
                actions.createMenuItem(StandardActions.SAVE, SimpleCommand.when(selectedDirty(),
                        () -> designer().ifPresent(DesignerView::save))),
                actions.createMenuItem(StandardActions.SAVE_AS, SimpleCommand.when(hasDesigner,
                        () -> designer().ifPresent(this::saveAs))),
                actions.createMenuItem(StandardActions.REVERT, SimpleCommand.when(selectedDirty(),
                        () -> designer().ifPresent(d -> {
                            d.flushTyping();
                            d.viewModel().revert();
                        }))),
                actions.createMenuItem(StandardActions.EXPORT, SimpleCommand.when(hasDesigner,
                        () -> designer().ifPresent(fileDialogs::export))),
                new SeparatorMenuItem(),
                actions.createMenuItem(StandardActions.CLOSE_TAB, SimpleCommand.when(
                        viewModel.selectedFileProperty().isNotNull(), viewModel::closeSelectedFile)),
                new SeparatorMenuItem(),
                actions.createMenuItem(StandardActions.QUIT, SimpleCommand.of(this::quit)));

        MenuItem undo = actions.createMenuItem(StandardActions.UNDO, SimpleCommand.when(selectedCan(true),
                () -> designer().ifPresent(DesignerView::undo)));
        undo.textProperty().bind(selectedText(true));
        MenuItem redo = actions.createMenuItem(StandardActions.REDO, SimpleCommand.when(selectedCan(false),
                () -> designer().ifPresent(DesignerView::redo)));
        redo.textProperty().bind(selectedText(false));
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                actions.createMenuItem(StandardActions.RELAYOUT, SimpleCommand.when(
                        editor.selectedDesignerProperty().isNotNull(),
                        () -> designer().ifPresent(d -> d.viewModel().resetLayout()))),
                actions.createMenuItem(StandardActions.FIT_TO_WINDOW, SimpleCommand.when(
                        editor.selectedDesignerProperty().isNotNull(),
                        () -> designer().ifPresent(d -> d.canvas().fitToWindow()))),
                new SeparatorMenuItem());
        // Canvas editing: the keys (Delete, Ctrl+D, Ctrl+F) work on the focused canvas; these reach it from the menu.
        edit.getItems().addAll(
                designerItem("Delete Selected States", DesignerView::deleteSelection),
                designerItem("Duplicate Selected States", DesignerView::duplicateSelection),
                designerItem("Find State…", DesignerView::focusFind));
        // Text editing: the keys work in the focused text; the menu reaches the selected designer's text.
        edit.getItems().addAll(new SeparatorMenuItem(),
                actions.createMenuItem(StandardActions.FORMAT_DOCUMENT, SimpleCommand.when(hasDesigner,
                        () -> designer().ifPresent(DesignerView::formatDocument))),
                actions.createMenuItem(StandardActions.FOLD_BLOCK, SimpleCommand.when(hasDesigner,
                        () -> designer().ifPresent(d -> d.folding().foldAtCaret()))),
                actions.createMenuItem(StandardActions.UNFOLD_BLOCK, SimpleCommand.when(hasDesigner,
                        () -> designer().ifPresent(d -> d.folding().unfoldAtCaret()))),
                actions.createMenuItem(StandardActions.GO_TO_MATCHING_BRACKET, SimpleCommand.when(hasDesigner,
                        () -> designer().ifPresent(d -> d.brackets().jumpToPartner()))));

        ToggleGroup themes = new ToggleGroup();
        Menu view = new Menu("_View");
        view.getItems().addAll(
                themeItem(StandardActions.LIGHT_THEME, LightTheme.get(), themes),
                themeItem(StandardActions.DARK_THEME, DarkTheme.get(), themes),
                new SeparatorMenuItem(),
                actions.createCheckMenuItem(StandardActions.TOGGLE_PROBLEMS, viewModel.problemsVisibleProperty()));

        Menu help = new Menu("_Help");
        help.getItems().addAll(
                actions.createMenuItem(StandardActions.HELP,
                        SimpleCommand.of(() -> HelpDialogs.help(stage).show())),
                actions.createMenuItem(StandardActions.ABOUT,
                        SimpleCommand.of(() -> HelpDialogs.about(stage).show())));

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem designerItem(String text, java.util.function.Consumer<DesignerView> action) {
        MenuItem item = new MenuItem(text);
        item.disableProperty().bind(editor.selectedDesignerProperty().isNull());
        item.setOnAction(event -> designer().ifPresent(action));
        return item;
    }

    private Optional<DesignerView> designer() {
        return Optional.ofNullable(editor.selectedDesignerProperty().get());
    }

    /** True while the selected designer has something to undo ({@code undo}) or redo. */
    private BooleanBinding selectedCan(boolean undo) {
        return Bindings.createBooleanBinding(() -> designer()
                .map(d -> (undo ? d.viewModel().commands().canUndoProperty() : d.viewModel().commands().canRedoProperty()).get())
                .orElse(false), editor.selectedDesignerProperty(), stackRevision());
    }

    private StringBinding selectedText(boolean undo) {
        return Bindings.createStringBinding(() -> designer()
                .map(d -> (undo ? d.viewModel().undoTextBinding() : d.viewModel().redoTextBinding()).get())
                .orElse(undo ? StandardActions.UNDO.text() : StandardActions.REDO.text()),
                editor.selectedDesignerProperty(), stackRevision());
    }

    private BooleanBinding selectedDirty() {
        return Bindings.createBooleanBinding(() -> designer().map(d -> d.viewModel().document().isDirty()).orElse(false),
                editor.selectedDesignerProperty(), documentRevision());
    }

    /** The command-stack revision of the selected designer, as one observable that follows the selection. */
    private javafx.beans.value.ObservableValue<Number> stackRevision() {
        return editor.selectedDesignerProperty().flatMap(d -> d.viewModel().commands().revisionProperty());
    }

    private javafx.beans.value.ObservableValue<Boolean> documentRevision() {
        return editor.selectedDesignerProperty().flatMap(d -> d.viewModel().document().dirtyProperty());
    }

    private javafx.scene.control.MenuItem themeItem(StandardActions action, Theme theme, ToggleGroup group) {
        return actions.createRadioMenuItem(action, SimpleCommand.of(() -> viewModel.setTheme(theme)), group,
                Bindings.createBooleanBinding(() -> viewModel.themeProperty().get().equals(theme),
                        viewModel.themeProperty()));
    }

    private Parent areas() {
        SplitPane designer = designerArea();
        AuthLabView authLab = new AuthLabView();
        StackPane content = new StackPane(designer, authLab);

        ToggleGroup group = new ToggleGroup();
        ToggleButton designerButton = activityButton("Designer", DESIGNER_BUTTON_ID, group);
        ToggleButton authLabButton = activityButton("Auth Lab", AUTH_LAB_BUTTON_ID, group);
        designer.visibleProperty().bind(designerButton.selectedProperty());
        authLab.visibleProperty().bind(authLabButton.selectedProperty());
        // Keep one area selected: clicking the selected button again does not leave an empty window.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                group.selectToggle(old);
            }
        });
        designerButton.setSelected(true);

        VBox activityBar = new VBox(designerButton, authLabButton);
        if (endpoint != null) {
            ExecutionsView executions = new ExecutionsView(new ExecutionsViewModel(endpoint));
            executions.setVisible(false);
            content.getChildren().add(executions);
            ToggleButton executionsButton = activityButton("Executions", EXECUTIONS_BUTTON_ID, group);
            executions.visibleProperty().bind(executionsButton.selectedProperty());
            activityBar.getChildren().add(executionsButton);
        }
        activityBar.getStyleClass().add(StyleClasses.ACTIVITY_BAR);
        activityBar.setMinWidth(Region.USE_PREF_SIZE);

        BorderPane areas = new BorderPane(content);
        areas.setLeft(activityBar);
        return areas;
    }

    private static ToggleButton activityButton(String text, String id, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.getStyleClass().add(StyleClasses.ACTIVITY_BUTTON);
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    private SplitPane designerArea() {
        editorAndProblems.setOrientation(Orientation.VERTICAL);
        editorAndProblems.getItems().add(editor);
        showProblems(viewModel.problemsVisibleProperty().get());
        viewModel.problemsVisibleProperty().addListener((obs, old, visible) -> showProblems(visible));

        SplitPane designer = new SplitPane(explorer, editorAndProblems);
        designer.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(explorer, false);
        return designer;
    }

    private void showProblems(boolean visible) {
        if (visible && !editorAndProblems.getItems().contains(problems)) {
            editorAndProblems.getItems().add(problems);
            editorAndProblems.setDividerPositions(0.72);
        } else if (!visible) {
            editorAndProblems.getItems().remove(problems);
        }
    }

    private HBox statusBar() {
        Label workspace = statusItem();
        workspace.textProperty().bind(viewModel.workspaceTextProperty());
        Label message = statusItem();
        message.textProperty().bind(viewModel.statusMessageProperty());
        Label counts = statusItem();
        counts.textProperty().bind(viewModel.problemSummaryProperty());
        counts.setId("status-problems");
        viewModel.errorCountProperty().addListener((obs, old, errors) ->
                counts.pseudoClassStateChanged(StyleClasses.ERROR, errors.intValue() > 0));
        Label caret = statusItem();
        caret.textProperty().bind(viewModel.caretTextProperty());
        caret.setId("status-caret");
        Label theme = statusItem();
        theme.textProperty().bind(viewModel.themeProperty().map(t -> t.name() + " theme"));
        theme.setId("status-theme");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        workspace.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(workspace, message, spacer, counts, caret, theme);
        if (endpoint != null) {
            bar.getChildren().add(endpointItem());
        }
        bar.getStyleClass().add(StyleClasses.STATUS_BAR);
        return bar;
    }

    /**
     * The endpoint switch serves the open workspace: it follows the workspace when that changes and stops with the
     * window.
     */
    private EndpointStatusItem endpointItem() {
        viewModel.workspaceProperty().addListener((obs, old, folder) -> {
            if (endpoint.stateProperty().get() == EndpointSwitch.State.ON) {
                endpoint.stop();
                if (folder != null) {
                    endpoint.stateProperty().addListener(new RestartWhenOff(folder));
                }
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> endpoint.shutDown());
        EndpointStatusItem item = new EndpointStatusItem(endpoint, () -> viewModel.workspaceProperty().get());
        item.disableProperty().bind(viewModel.workspaceProperty().isNull()
                .and(endpoint.stateProperty().isEqualTo(EndpointSwitch.State.OFF)));
        return item;
    }

    /** Starts the endpoint on a new workspace once it has stopped serving the old one. */
    private final class RestartWhenOff implements ChangeListener<EndpointSwitch.State> {
        private final Path folder;

        RestartWhenOff(Path folder) {
            this.folder = folder;
        }

        @Override
        public void changed(ObservableValue<? extends EndpointSwitch.State> obs,
                EndpointSwitch.State old, EndpointSwitch.State now) {
            if (now == EndpointSwitch.State.OFF) {
                obs.removeListener(this);
                endpoint.start(folder);
            }
        }
    }

    private static Label statusItem() {
        Label label = new Label();
        label.getStyleClass().add(StyleClasses.STATUS_ITEM);
        return label;
    }

    private void chooseWorkspace() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open Workspace");
        Path current = viewModel.workspaceProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            viewModel.openWorkspace(folder.toPath());
        }
    }

    private void quit() {
        if (!mayQuit()) {
            return;
        }
        saveGeometry();
        Platform.exit();
    }

    private void saveAs(DesignerView designer) {
        designer.flushTyping();
        OpenFile open = viewModel.selectedFileProperty().get();
        fileDialogs.chooseSaveTarget("Save As", designer.viewModel().document().path().orElse(null))
                .ifPresent(target -> {
                    if (designer.viewModel().saveAs(target) && open != null) {
                        viewModel.renameOpenFile(open, target);
                    }
                });
    }

    WorkspaceExplorerView explorer() {
        return explorer;
    }

    EditorTabsView editor() {
        return editor;
    }

    ProblemsView problems() {
        return problems;
    }
}
