package dev.stepwise.designer.editor;

import dev.stepwise.designer.canvas.selection.Selection;
import dev.stepwise.designer.command.Command;
import dev.stepwise.designer.command.CommandStack;
import dev.stepwise.designer.command.FormatDocumentCommand;
import dev.stepwise.designer.command.ReplaceTextCommand;
import dev.stepwise.designer.command.ResetLayoutCommand;
import dev.stepwise.designer.document.DocumentFormatter;
import dev.stepwise.designer.debug.DebugTarget;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.designer.document.JsonSpans;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonPointers;
import dev.stepwise.designer.command.RemoveStatesCommand;
import dev.stepwise.designer.command.StateReference;
import dev.stepwise.designer.command.StateTransfers;
import dev.stepwise.designer.document.Layout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The designer of one document: the document, its command history and the canvas selection. No views: the
 * {@link DesignerView} binds to it and delegates.
 */
public final class DesignerViewModel {

    private final WorkflowDocument document;
    private final CommandStack commands;
    private final Selection selection = new Selection();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringBinding undoText;
    private final StringBinding redoText;

    public DesignerViewModel(WorkflowDocument document, CommandStack commands) {
        this.document = Objects.requireNonNull(document, "document");
        this.commands = Objects.requireNonNull(commands, "commands");
        undoText = Bindings.createStringBinding(() -> label("Undo", commands.undoDescriptionProperty().get()),
                commands.undoDescriptionProperty());
        redoText = Bindings.createStringBinding(() -> label("Redo", commands.redoDescriptionProperty().get()),
                commands.redoDescriptionProperty());
    }

    public DesignerViewModel(WorkflowDocument document) {
        this(document, new CommandStack());
    }

    private static String label(String verb, String description) {
        return description.isEmpty() ? verb : verb + " " + description;
    }

    /**
     * The text editor's content as it is typed, before the pause: analysed in the background meanwhile, so that the
     * edit after the pause shows without waiting for the parser. Changes nothing.
     */
    public void textTyped(String text) {
        document.prepare(text);
    }

    /**
     * What the step debugger needs to run the document (its file's input and mocks beside it), or empty, with the
     * reason in the status, when the text is stale or has errors.
     */
    public Optional<DebugTarget> debugTarget() {
        if (document.isStale() || document.getMachine() == null
                || document.getDiagnostics().stream().anyMatch(Diagnostic::isError)) {
            report("Cannot debug: the definition has errors (see Problems)");
            return Optional.empty();
        }
        return Optional.of(DebugTarget.of(document.getMachine(), document.path()));
    }

    /** The text editor's content, after the typing pause: one undoable text edit. */
    public void textEdited(String text) {
        push(new ReplaceTextCommand(document, text));
    }

    /**
     * Reformats the JSON text as one undoable command. Text that cannot be formatted is left exactly as it is and
     * the status says why.
     */
    public boolean formatDocument() {
        DocumentFormatter.Result result = DocumentFormatter.format(document.getText(), document.format());
        if (result instanceof DocumentFormatter.Refused refused) {
            report(refused.reason());
            return false;
        }
        if (!commands.push(new FormatDocumentCommand(document))) {
            report("The document is formatted already");
            return false;
        }
        report("Formatted the document");
        return true;
    }

    /** Shows a status message, even when it is the same as the last one. */
    public void report(String message) {
        status.set("");
        status.set(message);
    }

    public boolean push(Command command) {
        return commands.push(command);
    }

    public void undo() {
        commands.undo();
    }

    public void redo() {
        commands.redo();
    }

    /** Forgets the manual positions: the automatic layout places every state again. */
    public void resetLayout() {
        commands.push(new ResetLayoutCommand(document));
    }

    public boolean save() {
        try {
            document.save();
            status.set("Saved " + document.path().map(p -> p.getFileName().toString()).orElse(""));
            return true;
        } catch (IOException e) {
            status.set("Could not save: " + e.getMessage());
            return false;
        }
    }

    /** Writes the document to another file and makes that its file. */
    public boolean saveAs(java.nio.file.Path target) {
        try {
            document.saveAs(target);
            status.set("Saved " + target.getFileName());
            return true;
        } catch (IOException e) {
            status.set("Could not save: " + e.getMessage());
            return false;
        }
    }

    /**
     * Puts the file's text back (File > Revert, or a reload after the file changed on disk). It is one undoable
     * edit, so nothing typed is lost for good; afterwards the document is clean.
     */
    public boolean revert() {
        String disk;
        try {
            disk = document.readFile();
        } catch (IOException | IllegalStateException e) {
            status.set("Could not read " + document.path().map(p -> p.getFileName().toString()).orElse("the file")
                    + ": " + e.getMessage());
            return false;
        }
        if (!disk.equals(document.getText())) {
            commands.push(new ReplaceTextCommand(document, disk));
        }
        document.markSaved();
        status.set("Reverted " + document.path().map(p -> p.getFileName().toString()).orElse(""));
        return true;
    }

    /** What {@link #checkDisk} did. */
    public enum DiskCheck { UNCHANGED, RELOADED, KEPT }

    /**
     * Looks whether the file changed on disk since it was read or saved here. A clean document just reloads; with
     * unsaved changes {@code reloadAnyway} is asked (the view shows a prompt) and a "no" keeps the text here.
     */
    public DiskCheck checkDisk(java.util.function.BooleanSupplier reloadAnyway) {
        if (!document.hasChangedOnDisk()) {
            return DiskCheck.UNCHANGED;
        }
        if (document.isDirty() && !reloadAnyway.getAsBoolean()) {
            document.acknowledgeDiskChange();
            return DiskCheck.KEPT;
        }
        if (!revert()) {
            document.acknowledgeDiskChange();
            return DiskCheck.KEPT;
        }
        status.set("Reloaded " + document.path().map(p -> p.getFileName().toString()).orElse("")
                + ": it changed on disk");
        return DiskCheck.RELOADED;
    }

    // --- editing the selection ----------------------------------------------------------------------------------

    /** The names of the top-level states, in text order; empty while the text is stale. */
    public List<String> stateNames() {
        if (!document.isStructurallyEditable()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        document.getJson().root().path("States").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The references from other states (and StartAt) that deleting these states would leave pointing nowhere. */
    public List<StateReference> referencesTo(Set<String> names) {
        return new RemoveStatesCommand(document, names).danglingReferences();
    }

    /** Deletes states, redirecting references to them to {@code replacement} (null when there are none). */
    public boolean delete(Set<String> names, String replacement) {
        if (names.isEmpty()) {
            return false;
        }
        boolean done = commands.push(new RemoveStatesCommand(document, "", names, replacement));
        if (done) {
            selection.clear();
        }
        return done;
    }

    /** The selected states' JSON, as an object of members; empty text when nothing is selected. */
    public String copy(Collection<String> names) {
        if (names.isEmpty() || !document.isStructurallyEditable()) {
            return "";
        }
        return StateTransfers.copy(document, "", names);
    }

    /**
     * Adds the states in copied text (see {@link StateTransfers#read}) and selects them.
     *
     * @param position where each pasted state goes, by its copied name (null: the automatic layout)
     * @return the names the pasted states got; empty when the text holds no states or the document is stale
     */
    public Optional<Set<String>> paste(String text, Function<String, Layout.Point> position) {
        return StateTransfers.read(text == null ? "" : text)
                .flatMap(states -> StateTransfers.paste(document, "", states, position))
                .filter(paste -> commands.push(paste.command()))
                .map(paste -> {
                    Set<String> names = new LinkedHashSet<>(paste.names().values());
                    selection.selectAll(names);
                    return names;
                });
    }

    /**
     * The states whose names match a search, best first: equal (ignoring case), then starting with it, then
     * containing it.
     */
    public List<String> find(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> names = document.getMachine() == null ? List.of()
                : List.copyOf(document.getMachine().states().keySet());
        return names.stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(q))
                .sorted(Comparator.comparingInt(name -> rank(name.toLowerCase(Locale.ROOT), q)))
                .toList();
    }

    private static int rank(String name, String query) {
        return name.equals(query) ? 0 : name.startsWith(query) ? 1 : 2;
    }

    /** The offsets of a state's key in the text, for revealing it; empty while the text is stale. */
    public Optional<int[]> keyRangeOf(String stateName) {
        Optional<JsonSpans> spans = document.spans();
        String pointer = JsonPointers.child("/States", stateName);
        if (spans.isEmpty() || !spans.get().has(pointer)) {
            return Optional.empty();
        }
        JsonSpans.Span span = spans.get().span(pointer);
        return Optional.of(new int[] {span.keyStart(), span.keyEnd()});
    }

    /**
     * The top-level state whose definition (key to closing bracket) holds a text offset; a state inside a Parallel
     * branch or Map gives the Parallel or Map. Empty outside every state and while the text is stale.
     */
    public Optional<String> stateAt(int offset) {
        Optional<JsonSpans> spans = document.spans();
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        for (String name : spans.get().keys("/States")) {
            JsonSpans.Span span = spans.get().span(JsonPointers.child("/States", name));
            if (span.start() <= offset && offset <= span.valueEnd()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The offsets of the value at a JSON pointer in the text, for revealing it; empty while the text is stale. */
    public Optional<int[]> valueRangeOf(String pointer) {
        Optional<JsonSpans> spans = document.spans();
        if (spans.isEmpty() || !spans.get().has(pointer)) {
            return Optional.empty();
        }
        JsonSpans.Span span = spans.get().span(pointer);
        return Optional.of(new int[] {span.valueStart(), span.valueEnd()});
    }

    public WorkflowDocument document() {
        return document;
    }

    public CommandStack commands() {
        return commands;
    }

    public Selection selection() {
        return selection;
    }

    /** "Undo Rename State A to B", or "Undo". */
    public StringBinding undoTextBinding() {
        return undoText;
    }

    public StringBinding redoTextBinding() {
        return redoText;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
