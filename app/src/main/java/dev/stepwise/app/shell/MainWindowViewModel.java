package dev.stepwise.app.shell;

import dev.stepwise.app.prefs.WindowGeometry;
import dev.stepwise.app.prefs.WorkbenchPreferences;
import dev.stepwise.app.workspace.FileLoader;
import dev.stepwise.app.workspace.OpenFile;
import dev.stepwise.app.workspace.Problem;
import dev.stepwise.app.workspace.WorkspaceEntry;
import dev.stepwise.app.workspace.WorkspaceScanner;
import dev.stepwise.engine.asl.validate.Severity;
import dev.stepwise.themes.Theme;
import dev.stepwise.themes.Themes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the main window: the workspace and its tree, the open files, their problems, the
 * caret, the theme and the panels. No nodes here; {@link MainWindowView} binds to it.
 */
public final class MainWindowViewModel {

    public static final String APP_NAME = "Stepwise";

    private final WorkspaceScanner scanner;
    private final FileLoader loader;
    private final WorkbenchPreferences preferences;

    private final ReadOnlyObjectWrapper<Path> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyObjectWrapper<WorkspaceEntry> workspaceTree = new ReadOnlyObjectWrapper<>(this, "workspaceTree");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ObservableList<OpenFile> openFiles = FXCollections.observableArrayList();
    private final ObjectProperty<OpenFile> selectedFile = new SimpleObjectProperty<>(this, "selectedFile");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    // Made once: an unmodifiable view listens weakly to its source, so a view made per call can be
    // collected together with the listeners added to it.
    private final ObservableList<OpenFile> openFilesView = FXCollections.unmodifiableObservableList(openFiles);
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyIntegerWrapper errorCount = new ReadOnlyIntegerWrapper(this, "errorCount");
    private final ReadOnlyIntegerWrapper warningCount = new ReadOnlyIntegerWrapper(this, "warningCount");
    private final ReadOnlyStringWrapper problemSummary = new ReadOnlyStringWrapper(this, "problemSummary", "No problems");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final BooleanProperty problemsVisible = new SimpleBooleanProperty(this, "problemsVisible", true);
    private final IntegerProperty caretLine = new SimpleIntegerProperty(this, "caretLine", 1);
    private final IntegerProperty caretColumn = new SimpleIntegerProperty(this, "caretColumn", 1);
    private final ReadOnlyStringWrapper caretText = new ReadOnlyStringWrapper(this, "caretText", "");
    private final ReadOnlyStringWrapper workspaceText = new ReadOnlyStringWrapper(this, "workspaceText", "No workspace");
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final ReadOnlyObjectWrapper<CaretRequest> caretRequest = new ReadOnlyObjectWrapper<>(this, "caretRequest");
    private long requests;
    private final java.util.Map<OpenFile, OpenFile> renames = new java.util.HashMap<>();
    /** Diagnostics of open files as they are now, after edits; a file not in here shows those it was opened with. */
    private final java.util.Map<OpenFile, List<dev.stepwise.engine.asl.validate.Diagnostic>> liveDiagnostics =
            new java.util.HashMap<>();

    public MainWindowViewModel(WorkspaceScanner scanner, FileLoader loader, WorkbenchPreferences preferences) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.preferences = Objects.requireNonNull(preferences, "preferences");

        theme.set(preferences.themeName().flatMap(Themes::byName).orElse(Themes.defaultTheme()));
        problemsVisible.set(preferences.problemsVisible());
        problemsVisible.addListener((obs, old, visible) -> preferences.setProblemsVisible(visible));

        workspace.addListener((obs, old, folder) -> {
            title.set(folder == null ? APP_NAME : APP_NAME + " — " + folderName(folder));
            workspaceText.set(folder == null ? "No workspace" : folder.toString());
        });
        selectedFile.addListener((obs, old, file) -> updateCaretText());
        caretLine.addListener((obs, old, line) -> updateCaretText());
        caretColumn.addListener((obs, old, column) -> updateCaretText());
    }

    /**
     * Opens what the start asks for: a folder (or a file, in its folder) named on the command line, else the last workspace if
     * it still exists. Arguments starting with "-" are options for someone else and are ignored.
     */
    public void start(List<String> args) {
        Optional<String> folderArg = args.stream().filter(arg -> !arg.startsWith("-")).findFirst();
        if (folderArg.isPresent()) {
            Path folder = Path.of(folderArg.get());
            if (Files.isDirectory(folder)) {
                openWorkspace(folder);
            } else if (Files.isRegularFile(folder)) {
                // A file: its folder becomes the workspace and the file opens in the designer.
                Path parent = folder.toAbsolutePath().normalize().getParent();
                if (parent != null && openWorkspace(parent)) {
                    openFile(folder);
                }
            } else {
                statusMessage.set("Not a folder: " + folder);
            }
            return;
        }
        preferences.lastWorkspace().filter(Files::isDirectory).ifPresent(this::openWorkspace);
    }

    /** Lists a folder's state machines and makes it the workspace; open files are closed. */
    public boolean openWorkspace(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        WorkspaceEntry tree;
        try {
            tree = scanner.scan(root);
        } catch (IOException e) {
            statusMessage.set("Could not open workspace " + root + ": " + e.getMessage());
            return false;
        }
        openFiles.clear();
        liveDiagnostics.clear();
        selectedFile.set(null);
        refreshProblems();
        workspace.set(root);
        workspaceTree.set(tree);
        preferences.setLastWorkspace(root);
        int count = tree.files().size();
        statusMessage.set(count == 1 ? "1 state machine" : count + " state machines");
        return true;
    }

    /** Opens a file in a tab (or selects its tab when it is open already) and validates it. */
    public Optional<OpenFile> openFile(Path file) {
        Path path = file.toAbsolutePath().normalize();
        Optional<OpenFile> open = findOpen(path);
        if (open.isPresent()) {
            selectedFile.set(open.get());
            return open;
        }
        try {
            OpenFile loaded = loader.load(path);
            openFiles.add(loaded);
            refreshProblems();
            selectedFile.set(loaded);
            statusMessage.set("");
            return Optional.of(loaded);
        } catch (IOException e) {
            statusMessage.set("Could not read " + path.getFileName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Shows a message in the status bar (e.g. "Saved order.asl.json"). */
    public void showStatus(String message) {
        statusMessage.set(message == null ? "" : message);
    }

    /** The diagnostics of an open file have changed (it was edited): the Problems panel shows them. */
    public void updateDiagnostics(OpenFile file, List<dev.stepwise.engine.asl.validate.Diagnostic> diagnostics) {
        if (openFiles.contains(file)) {
            liveDiagnostics.put(file, List.copyOf(diagnostics));
            refreshProblems();
        }
    }

    public void closeFile(OpenFile file) {
        int index = openFiles.indexOf(file);
        if (index < 0) {
            return;
        }
        openFiles.remove(index);
        liveDiagnostics.remove(file);
        if (file.equals(selectedFile.get())) {
            selectedFile.set(openFiles.isEmpty() ? null : openFiles.get(Math.min(index, openFiles.size() - 1)));
        }
        refreshProblems();
    }

    public void closeSelectedFile() {
        OpenFile selected = selectedFile.get();
        if (selected != null) {
            closeFile(selected);
        }
    }

    /**
     * An open file was saved under another name: its entry is replaced, and the editor keeps its tab (and undo
     * history) by asking {@link #takeRename}.
     */
    public OpenFile renameOpenFile(OpenFile old, Path newPath) {
        int index = openFiles.indexOf(old);
        if (index < 0) {
            throw new IllegalArgumentException("not open: " + old.path());
        }
        OpenFile now = new OpenFile(newPath.toAbsolutePath().normalize(), old.text(), old.format(), old.diagnostics());
        renames.put(old, now);
        List<dev.stepwise.engine.asl.validate.Diagnostic> live = liveDiagnostics.remove(old);
        if (live != null) {
            liveDiagnostics.put(now, live);
        }
        boolean selected = old.equals(selectedFile.get());
        openFiles.set(index, now);
        if (selected) {
            selectedFile.set(now);
        }
        refreshProblems();
        return now;
    }

    /** What an open file was renamed to, taken once (by the editor tabs). */
    public Optional<OpenFile> takeRename(OpenFile old) {
        return Optional.ofNullable(renames.remove(old));
    }

    /** Selects the problem's file and asks the view to put the caret on the problem. */
    public void goTo(Problem problem) {
        findOpen(problem.file()).ifPresent(file -> {
            selectedFile.set(file);
            caretRequest.set(new CaretRequest(file, problem.line(), problem.column(), ++requests));
        });
    }

    public void setTheme(Theme newTheme) {
        theme.set(Objects.requireNonNull(newTheme, "theme"));
        preferences.setThemeName(newTheme.name());
    }

    public WindowGeometry windowGeometry() {
        return preferences.windowGeometry();
    }

    public void saveWindowGeometry(WindowGeometry geometry) {
        preferences.setWindowGeometry(geometry);
    }

    private Optional<OpenFile> findOpen(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        return openFiles.stream().filter(open -> open.path().equals(normal)).findFirst();
    }

    private void refreshProblems() {
        List<Problem> rows = openFiles.stream()
                .flatMap(file -> liveDiagnostics.getOrDefault(file, file.diagnostics()).stream()
                        .map(diagnostic -> new Problem(file.path(), label(file.path()), diagnostic)))
                .toList();
        problems.setAll(rows);
        int errors = (int) rows.stream().filter(p -> p.severity() == Severity.ERROR).count();
        int warnings = rows.size() - errors;
        errorCount.set(errors);
        warningCount.set(warnings);
        problemSummary.set(rows.isEmpty() ? "No problems"
                : plural(errors, "error") + ", " + plural(warnings, "warning"));
    }

    private String label(Path file) {
        Path root = workspace.get();
        return root != null && file.startsWith(root) ? root.relativize(file).toString() : file.toString();
    }

    private void updateCaretText() {
        caretText.set(selectedFile.get() == null ? ""
                : "Ln " + caretLine.get() + ", Col " + caretColumn.get());
    }

    private static String folderName(Path folder) {
        Path name = folder.getFileName();
        return name == null ? folder.toString() : name.toString();
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    public ReadOnlyObjectProperty<Path> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkspaceEntry> workspaceTreeProperty() {
        return workspaceTree.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The open files, in tab order; change them through {@link #openFile} and {@link #closeFile}. */
    public ObservableList<OpenFile> openFiles() {
        return openFilesView;
    }

    /** The file whose tab is selected; the view writes it when the user picks a tab. */
    public ObjectProperty<OpenFile> selectedFileProperty() {
        return selectedFile;
    }

    public ObservableList<Problem> problems() {
        return problemsView;
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errorCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningCountProperty() {
        return warningCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemSummaryProperty() {
        return problemSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public BooleanProperty problemsVisibleProperty() {
        return problemsVisible;
    }

    /** 1-based caret line in the selected file; the view writes it. */
    public IntegerProperty caretLineProperty() {
        return caretLine;
    }

    /** 1-based caret column in the selected file; the view writes it. */
    public IntegerProperty caretColumnProperty() {
        return caretColumn;
    }

    public ReadOnlyStringProperty caretTextProperty() {
        return caretText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workspaceTextProperty() {
        return workspaceText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaretRequest> caretRequestProperty() {
        return caretRequest.getReadOnlyProperty();
    }
}
