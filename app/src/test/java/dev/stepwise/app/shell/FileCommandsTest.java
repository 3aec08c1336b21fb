package dev.stepwise.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.app.prefs.InMemoryPreferencesStore;
import dev.stepwise.app.prefs.RecentFiles;
import dev.stepwise.app.prefs.WorkbenchPreferences;
import dev.stepwise.app.workspace.FileLoader;
import dev.stepwise.app.workspace.OpenFile;
import dev.stepwise.app.workspace.RecoveryJournal;
import dev.stepwise.app.workspace.WorkspaceScanner;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.templates.WorkflowTemplates;
import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.export.ExportFormat;
import dev.stepwise.engine.json.JsonFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File menu's view model, headless. */
class FileCommandsTest {

    private static final String GOOD = """
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}
            """;

    @TempDir
    Path dir;

    private InMemoryPreferencesStore store;
    private MainWindowViewModel main;
    private FileCommands files;

    @BeforeEach
    void setUp() {
        store = new InMemoryPreferencesStore();
        main = new MainWindowViewModel(new WorkspaceScanner(), new FileLoader(new AslValidator()),
                new WorkbenchPreferences(store));
        files = new FileCommands(main, new RecentFiles(store), new RecoveryJournal(dir.resolve("recovery")));
    }

    @Test
    void exportWritesTheDrawingAndSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("a.asl.json"), GOOD);
        WorkflowDocument document = WorkflowDocument.open(file);

        assertThat(files.export(document, ExportFormat.SVG, false, dir.resolve("a.svg"))).isTrue();
        assertThat(Files.readString(dir.resolve("a.svg"))).contains("<svg ");
        assertThat(main.statusMessageProperty().get()).isEqualTo("Exported a.svg");

        assertThat(files.export(document, ExportFormat.JSON, true, file)).isFalse();
        assertThat(Files.readString(file)).isEqualTo(GOOD);
    }

    @Test
    void importAsksWhichStateMachineThenWritesAndOpensIt() throws Exception {
        Path template = Files.writeString(dir.resolve("template.yaml"), """
                Resources:
                  One: {Type: AWS::StepFunctions::StateMachine, Properties: {Definition: {StartAt: P, States: {P: {Type: Pass, End: true}}}}}
                  Two: {Type: AWS::Serverless::StateMachine, Properties: {DefinitionString: !Sub '{"StartAt": "Q", "States": {"Q": {"Type": "Succeed"}}}'}}
                """);
        Path target = dir.resolve("two.asl.json");

        assertThat(files.importFrom(template, null, target)).isEqualTo(new FileCommands.ChooseOne(List.of("One", "Two")));
        FileCommands.ImportOutcome outcome = files.importFrom(template, "Two", target);

        assertThat(outcome).isInstanceOf(FileCommands.Imported.class);
        assertThat(Files.readString(target)).contains("\"StartAt\": \"Q\"");
        assertThat(main.selectedFileProperty().get().path()).isEqualTo(target.toAbsolutePath());
        assertThat(files.importFrom(template, "Three", target)).isInstanceOf(FileCommands.ImportFailed.class);
    }

    @Test
    void newFromTemplateWritesTheExampleAndItsRenamedMocksAndOpensIt() throws Exception {
        Path target = dir.resolve("orders.asl.json");

        OpenFile opened = files.newFromTemplate(WorkflowTemplates.byId("order-processing").orElseThrow(), target)
                .orElseThrow();

        assertThat(opened.diagnostics()).isEmpty();
        assertThat(Files.readString(target)).isEqualTo(WorkflowTemplates.byId("order-processing").orElseThrow().definition());
        assertThat(Files.readString(dir.resolve("orders.mocks.json"))).contains("\"orders\": {").doesNotContain("\"order-processing\"");
    }

    @Test
    void remembersRecentFilesNewestFirstAcrossSessionsAndDropsMissingOnes() throws Exception {
        Path a = Files.writeString(dir.resolve("a.asl.json"), GOOD);
        Path b = Files.writeString(dir.resolve("b.asl.json"), GOOD);
        main.openFile(a);
        main.openFile(b);

        FileCommands next = new FileCommands(main, new RecentFiles(store), new RecoveryJournal(dir.resolve("r")));
        assertThat(next.recentFiles()).containsExactly(b.toAbsolutePath(), a.toAbsolutePath());

        Files.delete(a);
        assertThat(next.openRecent(a.toAbsolutePath())).isEmpty();
        assertThat(next.recentFiles()).containsExactly(b.toAbsolutePath());
    }

    @Test
    void journalsUnsavedTextAndOffersItBackAfterACrash() throws Exception {
        Path file = Files.writeString(dir.resolve("a.asl.json"), GOOD);
        WorkflowDocument document = WorkflowDocument.open(file);
        String typed = GOOD.replace("\"A\"", "\"B\"");
        document.apply(typed, document.getLayout());

        files.journal(document);
        // next start, after a crash: a new view model over the same recovery folder
        FileCommands next = new FileCommands(main, new RecentFiles(store), new RecoveryJournal(dir.resolve("recovery")));
        List<RecoveryJournal.Entry> entries = next.recoverable();

        assertThat(entries).extracting(RecoveryJournal.Entry::original).containsExactly(file.toAbsolutePath());
        assertThat(next.recover(entries.get(0))).isPresent();
        assertThat(next.takeRecovered(file)).contains(typed);
        assertThat(Files.readString(file)).isEqualTo(GOOD);

        document.save();
        next.journal(document);
        assertThat(next.recoverable()).isEmpty();
    }

    @Test
    void saveAsRenamesTheOpenFile() throws Exception {
        Path file = Files.writeString(dir.resolve("a.asl.json"), GOOD);
        OpenFile open = main.openFile(file).orElseThrow();

        OpenFile renamed = main.renameOpenFile(open, dir.resolve("b.asl.json"));

        assertThat(main.openFiles()).containsExactly(renamed);
        assertThat(main.selectedFileProperty().get()).isEqualTo(renamed);
        assertThat(main.takeRename(open)).contains(renamed);
        assertThat(main.takeRename(open)).isEmpty();
        assertThat(JsonFormat.ofFile(renamed.path())).isEqualTo(JsonFormat.JSON);
    }
}
