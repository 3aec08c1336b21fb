package dev.stepwise.app.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.app.prefs.RecentFiles;
import dev.stepwise.app.workspace.OpenFile;
import dev.stepwise.app.workspace.RecoveryJournal;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.templates.WorkflowTemplate;
import dev.stepwise.engine.cfn.TemplateException;
import dev.stepwise.engine.cfn.TemplateImporter;
import dev.stepwise.engine.export.ExportException;
import dev.stepwise.engine.export.ExportFormat;
import dev.stepwise.engine.export.Exporter;
import dev.stepwise.engine.files.AtomicFiles;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The File menu's work that is more than a click: export, import from a template, new from an example, recent files
 * and crash recovery. No nodes: {@link MainWindowView} asks for files with choosers and calls these; tests call them
 * directly.
 */
public final class FileCommands {

    /** What an import came to. */
    public sealed interface ImportOutcome permits Imported, ChooseOne, ImportFailed {
    }

    /** The definition was written to the target and opened; {@code warnings} say what was kept unresolved. */
    public record Imported(OpenFile file, List<String> warnings) implements ImportOutcome {
    }

    /** The template has several state machines: ask which (by logical id), then import again with it. */
    public record ChooseOne(List<String> logicalIds) implements ImportOutcome {
    }

    public record ImportFailed(String message) implements ImportOutcome {
    }

    private final MainWindowViewModel main;
    private final RecentFiles recent;
    private final RecoveryJournal journal;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);
    private final Map<Path, String> recovered = new HashMap<>();

    public FileCommands(MainWindowViewModel main, RecentFiles recent, RecoveryJournal journal) {
        this.main = Objects.requireNonNull(main, "main");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.journal = Objects.requireNonNull(journal, "journal");
        recentFiles.setAll(recent.list());
        main.openFiles().addListener((ListChangeListener<OpenFile>) change -> {
            while (change.next()) {
                for (OpenFile added : change.getAddedSubList()) {
                    recentFiles.setAll(recent.add(added.path()));
                }
            }
        });
    }

    /** Recently opened files, newest first. */
    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    /** Opens a recent file; one that is gone is dropped from the list. */
    public Optional<OpenFile> openRecent(Path file) {
        if (!Files.isRegularFile(file)) {
            recentFiles.setAll(recent.remove(file));
            main.showStatus("No longer there: " + file);
            return Optional.empty();
        }
        return main.openFile(file);
    }

    public void clearRecent() {
        recentFiles.setAll(recent.clear());
    }

    /** Writes a document's export to {@code target} (atomically); false, with the reason in the status bar, if not. */
    public boolean export(WorkflowDocument document, ExportFormat to, boolean canonical, Path target) {
        if (document.path().map(p -> p.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize()))
                .orElse(false)) {
            main.showStatus("Export to another file: this one is open in the editor");
            return false;
        }
        try {
            AtomicFiles.write(target, Exporter.export(document.getText(), document.format(), to, canonical));
        } catch (ExportException e) {
            main.showStatus("Could not export: " + e.getMessage());
            return false;
        } catch (IOException e) {
            main.showStatus("Could not write " + target.getFileName() + ": " + e.getMessage());
            return false;
        }
        main.showStatus("Exported " + target.getFileName());
        return true;
    }

    /** The state machines of a template (or cdk.out folder), for the chooser; empty with the reason in the status. */
    public List<String> stateMachinesIn(Path template) {
        try {
            return TemplateImporter.find(template).stream().map(TemplateImporter.Found::logicalId).toList();
        } catch (IOException | TemplateException e) {
            main.showStatus("Could not read " + template.getFileName() + ": " + e.getMessage());
            return List.of();
        }
    }

    /**
     * Imports a state machine from a CloudFormation/SAM template or a CDK output into {@code target} and opens it.
     *
     * @param resource the logical id, or null when the template has one state machine
     */
    public ImportOutcome importFrom(Path template, String resource, Path target) {
        TemplateImporter.Imported imported;
        try {
            List<TemplateImporter.Found> found = TemplateImporter.find(template);
            if (found.isEmpty()) {
                return failed(template.getFileName() + " has no state machine");
            }
            TemplateImporter.Found chosen;
            if (resource == null && found.size() > 1) {
                return new ChooseOne(found.stream().map(TemplateImporter.Found::logicalId).toList());
            } else if (resource == null) {
                chosen = found.get(0);
            } else {
                Optional<TemplateImporter.Found> named = TemplateImporter.select(found, resource);
                if (named.isEmpty()) {
                    return failed("No state machine named " + resource + " in " + template.getFileName());
                }
                chosen = named.get();
            }
            imported = TemplateImporter.importDefinition(chosen);
            AtomicFiles.write(target, imported.text());
        } catch (IOException e) {
            return failed("Could not import: " + e.getMessage());
        } catch (TemplateException e) {
            return failed("Could not import: " + e.getMessage());
        }
        Optional<OpenFile> opened = main.openFile(target);
        if (opened.isEmpty()) {
            return failed("Imported into " + target + " but could not open it");
        }
        main.showStatus("Imported " + imported.source().logicalId() + (imported.warnings().isEmpty() ? ""
                : " (" + imported.warnings().size() + " unresolved: " + String.join("; ", imported.warnings()) + ")"));
        return new Imported(opened.get(), imported.warnings());
    }

    private ImportOutcome failed(String message) {
        main.showStatus(message);
        return new ImportFailed(message);
    }

    /**
     * Writes an example to {@code target}, with its mocks beside it ({@code <name>.mocks.json}, renamed for the new
     * file, unless one exists), and opens it.
     */
    public Optional<OpenFile> newFromTemplate(WorkflowTemplate template, Path target) {
        try {
            AtomicFiles.write(target, template.definition());
            Path mocks = mocksFileOf(target);
            if (!Files.exists(mocks)) {
                AtomicFiles.write(mocks, renamedMocks(template, machineName(target)));
            }
        } catch (IOException e) {
            main.showStatus("Could not write " + target.getFileName() + ": " + e.getMessage());
            return Optional.empty();
        }
        return main.openFile(target);
    }

    /** {@code order.asl.json} has its mocks in {@code order.mocks.json}. */
    static Path mocksFileOf(Path definition) {
        return definition.resolveSibling(machineName(definition) + ".mocks.json");
    }

    /** A file's state machine name: its name up to the first dot. */
    static String machineName(Path definition) {
        String name = definition.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String renamedMocks(WorkflowTemplate template, String name) {
        try {
            JsonNode root = JsonReader.readJson(template.mocks()).root();
            ObjectNode machines = (ObjectNode) root.get("StateMachines");
            if (!name.equals(template.id()) && machines.has(template.id())) {
                ObjectNode renamed = machines.objectNode();
                machines.fields().forEachRemaining(e -> renamed.set(e.getKey().equals(template.id()) ? name
                        : e.getKey(), e.getValue()));
                ((ObjectNode) root).set("StateMachines", renamed);
            }
            return JsonPrinter.pretty(root);
        } catch (JsonSyntaxException e) {
            return template.mocks();
        }
    }

    // --- crash recovery ---

    /** Text left from a session that ended without saving, offered back at start. */
    public List<RecoveryJournal.Entry> recoverable() {
        try {
            return journal.entries();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Opens the entry's file and hands its unsaved text to the editor (as an edit, so the file shows unsaved). */
    public Optional<OpenFile> recover(RecoveryJournal.Entry entry) {
        if (!Files.isRegularFile(entry.original())) {
            main.showStatus("Cannot recover: " + entry.original() + " is gone; the text stays in " + entry.journalFile());
            return Optional.empty();
        }
        recovered.put(entry.original().toAbsolutePath().normalize(), entry.text());
        Optional<OpenFile> opened = main.openFile(entry.original());
        if (opened.isEmpty()) {
            recovered.remove(entry.original().toAbsolutePath().normalize());
        }
        return opened;
    }

    /** The recovered text waiting for a newly opened file's editor, taken once. */
    public Optional<String> takeRecovered(Path file) {
        return Optional.ofNullable(recovered.remove(file.toAbsolutePath().normalize()));
    }

    /** Forgets an entry the user did not want back. */
    public void discard(RecoveryJournal.Entry entry) {
        discardJournal(entry.original());
    }

    /** Journals a document's text when it has unsaved changes, and forgets it when not. */
    public void journal(WorkflowDocument document) {
        Optional<Path> file = document.path();
        if (file.isEmpty()) {
            return;
        }
        try {
            if (document.isDirty()) {
                journal.record(file.get(), document.getText());
            } else {
                journal.discard(file.get());
            }
        } catch (IOException e) {
            main.showStatus("Could not journal unsaved changes: " + e.getMessage());
        }
    }

    public void discardJournal(Path file) {
        try {
            journal.discard(file);
        } catch (IOException e) {
            // the next start will offer it again; nothing is lost
        }
    }
}
