package dev.stepwise.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.app.prefs.InMemoryPreferencesStore;
import dev.stepwise.app.prefs.WindowGeometry;
import dev.stepwise.app.prefs.WorkbenchPreferences;
import dev.stepwise.app.workspace.FileLoader;
import dev.stepwise.app.workspace.OpenFile;
import dev.stepwise.app.workspace.Problem;
import dev.stepwise.app.workspace.WorkspaceScanner;
import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.asl.validate.Severity;
import dev.stepwise.themes.DarkTheme;
import dev.stepwise.themes.LightTheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's state, without a stage. */
class MainWindowViewModelTest {

    static final String GOOD = """
            {
              "StartAt": "A",
              "States": {
                "A": { "Type": "Pass", "End": true }
              }
            }
            """;
    static final String DUPLICATE_KEY = """
            {
              "Comment": "StartAt is written twice",
              "StartAt": "A",
              "StartAt": "B",
              "States": {"B": {"Type": "Pass", "End": true}}
            }
            """;

    @TempDir
    Path workspace;

    private InMemoryPreferencesStore store;
    private MainWindowViewModel viewModel;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(workspace.resolve("good.asl.json"), GOOD);
        Files.createDirectories(workspace.resolve("flows"));
        Files.writeString(workspace.resolve("flows/bad.json"), DUPLICATE_KEY);
        Files.writeString(workspace.resolve("package.json"), "{\"name\":\"x\"}");
        store = new InMemoryPreferencesStore();
        viewModel = newViewModel();
    }

    private MainWindowViewModel newViewModel() {
        return new MainWindowViewModel(new WorkspaceScanner(), new FileLoader(new AslValidator()),
                new WorkbenchPreferences(store));
    }

    @Test
    void titleNamesTheWorkspaceFolder() {
        assertThat(viewModel.titleProperty().get()).isEqualTo("Stepwise");

        viewModel.openWorkspace(workspace);

        assertThat(viewModel.titleProperty().get()).isEqualTo("Stepwise — " + workspace.getFileName());
        assertThat(viewModel.workspaceTreeProperty().get().files())
                .containsExactly(workspace.resolve("flows/bad.json"), workspace.resolve("good.asl.json"));
    }

    @Test
    void mapsDiagnosticsOfOpenFilesToProblems() {
        viewModel.openWorkspace(workspace);

        viewModel.openFile(workspace.resolve("good.asl.json"));
        assertThat(viewModel.problems()).isEmpty();
        assertThat(viewModel.problemSummaryProperty().get()).isEqualTo("No problems");

        viewModel.openFile(workspace.resolve("flows/bad.json"));

        assertThat(viewModel.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("DUPLICATE_KEY");
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.fileLabel()).isEqualTo(Path.of("flows", "bad.json").toString());
            assertThat(problem.position()).isEqualTo("4:3");
        });
        assertThat(viewModel.errorCountProperty().get()).isEqualTo(1);
        assertThat(viewModel.problemSummaryProperty().get()).isEqualTo("1 error, 0 warnings");
    }

    @Test
    void closingAFileRemovesItsProblemsAndSelectsANeighbour() {
        viewModel.openWorkspace(workspace);
        OpenFile good = viewModel.openFile(workspace.resolve("good.asl.json")).orElseThrow();
        OpenFile bad = viewModel.openFile(workspace.resolve("flows/bad.json")).orElseThrow();
        assertThat(viewModel.selectedFileProperty().get()).isEqualTo(bad);

        viewModel.closeSelectedFile();

        assertThat(viewModel.openFiles()).containsExactly(good);
        assertThat(viewModel.selectedFileProperty().get()).isEqualTo(good);
        assertThat(viewModel.problems()).isEmpty();
    }

    @Test
    void openingAnOpenFileAgainSelectsIt() {
        viewModel.openWorkspace(workspace);
        OpenFile good = viewModel.openFile(workspace.resolve("good.asl.json")).orElseThrow();
        viewModel.openFile(workspace.resolve("flows/bad.json"));

        viewModel.openFile(workspace.resolve("good.asl.json"));

        assertThat(viewModel.openFiles()).hasSize(2);
        assertThat(viewModel.selectedFileProperty().get()).isEqualTo(good);
    }

    @Test
    void goingToAProblemSelectsItsFileAndRequestsTheCaret() {
        viewModel.openWorkspace(workspace);
        OpenFile bad = viewModel.openFile(workspace.resolve("flows/bad.json")).orElseThrow();
        viewModel.openFile(workspace.resolve("good.asl.json"));
        Problem problem = viewModel.problems().get(0);

        viewModel.goTo(problem);

        assertThat(viewModel.selectedFileProperty().get()).isEqualTo(bad);
        CaretRequest request = viewModel.caretRequestProperty().get();
        assertThat(List.of(request.file(), request.line(), request.column())).isEqualTo(List.of(bad, 4, 3));
    }

    @Test
    void aFileThatCannotBeReadLeavesAMessage() {
        viewModel.openWorkspace(workspace);

        assertThat(viewModel.openFile(workspace.resolve("missing.asl.json"))).isEmpty();

        assertThat(viewModel.statusMessageProperty().get()).startsWith("Could not read missing.asl.json");
        assertThat(viewModel.openFiles()).isEmpty();
    }

    @Test
    void restoresThemeGeometryAndLastWorkspaceFromPreferences() {
        viewModel.setTheme(DarkTheme.get());
        viewModel.saveWindowGeometry(new WindowGeometry(30, 40, 1000, 650, false));
        viewModel.openWorkspace(workspace);

        MainWindowViewModel restarted = newViewModel();
        restarted.start(List.of());

        assertThat(restarted.themeProperty().get()).isEqualTo(DarkTheme.get());
        assertThat(restarted.windowGeometry()).isEqualTo(new WindowGeometry(30, 40, 1000, 650, false));
        assertThat(restarted.workspaceProperty().get()).isEqualTo(workspace.toAbsolutePath().normalize());
    }

    @Test
    void aFolderOnTheCommandLineWinsOverTheLastWorkspace(@TempDir Path other) {
        viewModel.openWorkspace(workspace);

        MainWindowViewModel restarted = newViewModel();
        restarted.start(List.of("--verbose", other.toString()));

        assertThat(restarted.workspaceProperty().get()).isEqualTo(other.toAbsolutePath().normalize());
    }

    @Test
    void startsLightWithNoWorkspaceWhenNothingIsRemembered() {
        viewModel.start(List.of());

        assertThat(viewModel.themeProperty().get()).isEqualTo(LightTheme.get());
        assertThat(viewModel.workspaceProperty().get()).isNull();
        assertThat(viewModel.windowGeometry()).isEqualTo(WindowGeometry.DEFAULT);
    }

    @Test
    void aRememberedWorkspaceThatIsGoneIsNotOpened() throws IOException {
        viewModel.openWorkspace(workspace);
        Path gone = workspace.resolveSibling(workspace.getFileName() + "-gone");
        new WorkbenchPreferences(store).setLastWorkspace(gone);

        MainWindowViewModel restarted = newViewModel();
        restarted.start(List.of());

        assertThat(restarted.workspaceProperty().get()).isNull();
    }
}
