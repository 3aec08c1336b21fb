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
import dev.stepwise.designer.command.RemoveStatesCommand;
import dev.stepwise.designer.command.StateReference;
import dev.stepwise.designer.command.StateTransfers;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.StatePath;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.graph.GraphScope;
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

    /**
     * The scope that every one of these states (by canvas key) is in: the top level {@code ""}, or a branch's JSON
     * pointer. Empty when they are in several scopes, when there are none, or while the text is stale.
     */
    public Optional<String> scopeOf(Collection<String> keys) {
        if (keys.isEmpty() || !document.isStructurallyEditable()) {
            return Optional.empty();
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (String key : keys) {
            Optional<StatePath> path = StatePath.resolve(document.getJson().root(), key);
            if (path.isEmpty()) {
                return Optional.empty();
            }
            scopes.add(path.get().scope());
        }
        return scopes.size() == 1 ? Optional.of(scopes.iterator().next()) : Optional.empty();
    }

    /** The names of a scope's states, in text order; empty while the text is stale. */
    public List<String> stateNames(String scope) {
        if (!document.isStructurallyEditable()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        document.getJson().root().at(scope).path("States").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The names of the top-level states, in text order; empty while the text is stale. */
    public List<String> stateNames() {
        return stateNames("");
    }

    /**
     * The references from other states (and StartAt) that deleting these states (by canvas key, of one scope) would
     * leave pointing nowhere.
     */
    public List<StateReference> referencesTo(Set<String> keys) {
        return scopeOf(keys).map(scope -> new RemoveStatesCommand(document, scope, names(keys), null)
                .danglingReferences()).orElse(List.of());
    }

    /**
     * Deletes states of one scope (by canvas key), redirecting references to them to {@code replacement} (null when
     * there are none). States of several scopes are not deleted together: the status says so.
     */
    public boolean delete(Set<String> keys, String replacement) {
        if (keys.isEmpty()) {
            return false;
        }
        Optional<String> scope = scopeOf(keys);
        if (scope.isEmpty()) {
            report("Delete the states of one branch at a time");
            return false;
        }
        boolean done = commands.push(new RemoveStatesCommand(document, scope.get(), names(keys), replacement));
        if (done) {
            selection.clear();
        }
        return done;
    }

    /** The selected states' JSON (by canvas key, of one scope), as an object of members; "" otherwise. */
    public String copy(Collection<String> keys) {
        return scopeOf(keys).map(scope -> StateTransfers.copy(document, scope, names(keys))).orElse("");
    }

    /** The state names of canvas keys (all of one scope). */
    private Set<String> names(Collection<String> keys) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : keys) {
            StatePath.resolve(document.getJson().root(), key).ifPresent(path -> names.add(path.name()));
        }
        return names;
    }

    /**
     * Adds the states in copied text (see {@link StateTransfers#read}) beside the selection: into its branch when the
     * selected states are all in one, else onto the top level; selects them.
     *
     * @param position where each pasted state is drawn on the canvas, by its copied name (null: the automatic layout);
     *                 inside a container it is kept relative to the container's corner
     * @param corner   the canvas corner of the container of a scope (the origin for the top level)
     * @return the canvas keys the pasted states got; empty when the text holds no states or the document is stale
     */
    public Optional<Set<String>> paste(String text, Function<String, Layout.Point> position,
                                       Function<String, Layout.Point> corner) {
        String scope = scopeOf(selection.items()).orElse("");
        Layout.Point origin = corner.apply(scope);
        Function<String, Layout.Point> placed = name -> {
            Layout.Point at = position.apply(name);
            return at == null ? null : new Layout.Point(at.x() - origin.x(), at.y() - origin.y());
        };
        return StateTransfers.read(text == null ? "" : text)
                .flatMap(states -> StateTransfers.paste(document, scope, states, placed))
                .filter(paste -> commands.push(paste.command()))
                .map(paste -> {
                    Set<String> keys = new LinkedHashSet<>();
                    paste.names().values().forEach(name -> keys.add(Layout.key(scope, name)));
                    selection.selectAll(keys);
                    return keys;
                });
    }

    /** {@link #paste(String, Function, Function)} with the top level's origin as every corner. */
    public Optional<Set<String>> paste(String text, Function<String, Layout.Point> position) {
        return paste(text, position, scope -> new Layout.Point(0, 0));
    }

    /**
     * The states whose names match a search, in every scope, by canvas key, best first: equal (ignoring case), then
     * starting with it, then containing it.
     */
    public List<String> find(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<StatePath> states = new ArrayList<>();
        for (GraphScope scope : document.getScopes()) {
            scope.graph().nodes().forEach(node -> states.add(new StatePath(scope.pointer(), node.name())));
        }
        return states.stream()
                .filter(state -> state.name().toLowerCase(Locale.ROOT).contains(q))
                .sorted(Comparator.comparingInt(state -> rank(state.name().toLowerCase(Locale.ROOT), q)))
                .map(StatePath::key)
                .toList();
    }

    private static int rank(String name, String query) {
        return name.equals(query) ? 0 : name.startsWith(query) ? 1 : 2;
    }

    /** The offsets of a state's key (by canvas key) in the text, for revealing it; empty while the text is stale. */
    public Optional<int[]> keyRangeOf(String key) {
        Optional<JsonSpans> spans = document.spans();
        Optional<StatePath> path = document.getJson() == null ? Optional.empty()
                : StatePath.resolve(document.getJson().root(), key);
        String pointer = path.map(StatePath::pointer).orElse("");
        if (spans.isEmpty() || path.isEmpty() || !spans.get().has(pointer)) {
            return Optional.empty();
        }
        JsonSpans.Span span = spans.get().span(pointer);
        return Optional.of(new int[] {span.keyStart(), span.keyEnd()});
    }

    /**
     * The innermost state whose definition (key to closing bracket) holds a text offset, by canvas key: a state inside
     * a Parallel branch or a Map's processor rather than its Parallel or Map. Empty outside every state and while the
     * text is stale.
     */
    public Optional<String> stateAt(int offset) {
        Optional<JsonSpans> spans = document.spans();
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        String found = null;
        // The scopes come outermost first, so the last state that holds the offset is the innermost.
        for (GraphScope scope : document.getScopes()) {
            for (GraphModel.Node node : scope.graph().nodes()) {
                String pointer = scope.statePointer(node.name());
                if (spans.get().has(pointer)) {
                    JsonSpans.Span span = spans.get().span(pointer);
                    if (span.start() <= offset && offset <= span.valueEnd()) {
                        found = Layout.key(scope.pointer(), node.name());
                    }
                }
            }
        }
        return Optional.ofNullable(found);
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
