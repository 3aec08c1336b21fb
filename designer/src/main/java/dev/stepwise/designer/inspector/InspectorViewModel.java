package dev.stepwise.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepwise.designer.canvas.selection.Selection;
import dev.stepwise.designer.command.CommandStack;
import dev.stepwise.designer.command.ConnectCommand;
import dev.stepwise.designer.command.RenameStateCommand;
import dev.stepwise.designer.command.SetFieldCommand;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.StatePath;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The inspector of the one selected state: its fields as the form shows them, and one command per change
 * ({@link SetFieldCommand}, {@link RenameStateCommand}, {@link ConnectCommand}). No views.
 */
public final class InspectorViewModel {

    /** The value the Next chooser shows for {@code "End": true}. */
    public static final String END = "(End)";

    private final WorkflowDocument document;
    private final CommandStack commands;
    private final Selection selection;
    private final ReadOnlyStringWrapper stateName = new ReadOnlyStringWrapper(this, "stateName");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    /** Where the shown state is: its scope (a branch's, inside a Parallel or Map) and name; null when none. */
    private StatePath path;

    public InspectorViewModel(WorkflowDocument document, CommandStack commands, Selection selection) {
        this.document = document;
        this.commands = commands;
        this.selection = selection;
        selection.revisionProperty().addListener((obs, old, now) -> refresh());
        // The form shows the analysed text, which may come a little after the text change.
        document.analysisRevisionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        String key = selection.items().size() == 1 ? selection.items().iterator().next() : null;
        JsonNode root = document.getJson() == null ? null : document.getJson().root();
        StatePath found = StatePath.resolve(root, key).orElse(null);
        if (found == null && key != null && document.isStale() && path != null && path.key().equals(key)) {
            found = path; // the last good text still has it: keep showing it while the text is stale
        }
        path = found;
        stateName.set(found == null ? null : found.name());
        revision.set(revision.get() + 1);
    }

    /** The state shown, or null when not exactly one state is selected. */
    public ReadOnlyStringProperty stateNameProperty() {
        return stateName.getReadOnlyProperty();
    }

    public String getStateName() {
        return stateName.get();
    }

    /** Bumped whenever what the form shows may have changed. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * Whether the form can change the document: it shows a definition that is not stale (and, in YAML, one that can be
     * spliced: no anchors or aliases). Asked on every refresh, so for JSON it does not wait for the analysis of new
     * text; each command checks the current text itself.
     */
    public boolean isEditable() {
        return !document.isStale()
                && (document.format() == JsonFormat.JSON || document.isStructurallyEditable());
    }

    /** The shown state's JSON (a missing node when none). */
    public JsonNode state() {
        if (path == null || document.getJson() == null) {
            return MissingNode.getInstance();
        }
        return document.getJson().root().at(path.pointer());
    }

    /** The scope of the shown state: {@code ""} at the top level, else its branch's JSON pointer. */
    public String scope() {
        return path == null ? "" : path.scope();
    }

    /** Whether the state is written in JSONata: its own QueryLanguage, else its machine's. */
    public boolean isJsonata() {
        JsonNode root = document.getJson() == null ? MissingNode.getInstance() : document.getJson().root();
        String language = state().path("QueryLanguage").asText(root.path("QueryLanguage").asText("JSONPath"));
        return language.equals("JSONata");
    }

    public String type() {
        return state().path("Type").asText("");
    }

    public String pointer() {
        return path == null ? "" : path.pointer();
    }

    /** A field as text: a string's content, other values as JSON; "" when absent. */
    public String text(String field) {
        JsonNode value = state().get(field);
        if (value == null) {
            return "";
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }

    /** A JSON-valued field pretty-printed for its editor; "" when absent. */
    public String json(String field) {
        JsonNode value = state().get(field);
        return value == null ? "" : dev.stepwise.engine.json.JsonPrinter.pretty(value).stripTrailing();
    }

    /** Where the state goes: a state name, {@link #END}, or "" when it has neither. */
    public String next() {
        if (state().path("End").asBoolean(false)) {
            return END;
        }
        return state().path("Next").asText("");
    }

    /** The names the state may go to: the states of its scope (a transition cannot leave its branch). */
    public List<String> targets() {
        List<String> names = new ArrayList<>();
        JsonNode root = document.getJson() == null ? MissingNode.getInstance() : document.getJson().root();
        root.at(scope()).path("States").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The diagnostics that point into the shown state. */
    public List<Diagnostic> diagnostics() {
        if (stateName.get() == null) {
            return List.of();
        }
        String pointer = pointer();
        return document.getDiagnostics().stream()
                .filter(d -> d.pointer().equals(pointer) || d.pointer().startsWith(pointer + "/"))
                .toList();
    }

    // --- changes: one command each ---------------------------------------------------------------------------------

    /** The rules of the shown Choice state, with one command per change to them. */
    public ChoiceRulesViewModel choiceRules() {
        return new ChoiceRulesViewModel(document, commands, pointer());
    }

    /** Renames the state (references follow) and keeps it selected. */
    public boolean rename(String newName) {
        String old = stateName.get();
        if (old == null || newName == null || newName.equals(old)) {
            return false;
        }
        String scope = scope();
        boolean done = commands.push(new RenameStateCommand(document, scope, old, newName.strip()));
        if (done) {
            selection.select(Layout.key(scope, newName.strip()));
        }
        return done;
    }

    /** Sets a string field; blank text removes it. */
    public boolean setText(String field, String value) {
        if (stateName.get() == null) {
            return false;
        }
        if (value == null || value.isBlank()) {
            return commands.push(SetFieldCommand.remove(document, pointer(), field));
        }
        return commands.push(new SetFieldCommand(document, pointer(), field, TextNode.valueOf(value)));
    }

    /** Sets a field from text that should be a JSON number (or, for paths, any JSON); blank removes it. */
    public Optional<String> setNumber(String field, String value) {
        if (value == null || value.isBlank()) {
            setText(field, "");
            return Optional.empty();
        }
        Optional<JsonNode> parsed = parse(value);
        if (parsed.isEmpty() || !parsed.get().isNumber()) {
            return Optional.of(field + " must be a number");
        }
        commands.push(new SetFieldCommand(document, pointer(), field, parsed.get()));
        return Optional.empty();
    }

    /** Why a JSON editor's text is not JSON, or empty when it is (blank text is fine: it removes the field). */
    public Optional<String> validateJson(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonReader.readJson(text);
            return Optional.empty();
        } catch (JsonSyntaxException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Sets a JSON-valued field from its editor's text; blank removes it. Returns the problem when it is not JSON. */
    public Optional<String> setJson(String field, String text) {
        Optional<String> problem = validateJson(text);
        if (problem.isPresent() || stateName.get() == null) {
            return problem;
        }
        if (text.isBlank()) {
            commands.push(SetFieldCommand.remove(document, pointer(), field));
        } else {
            commands.push(new SetFieldCommand(document, pointer(), field, parse(text).orElseThrow()));
        }
        return Optional.empty();
    }

    /** Points the state at another ({@code Next}, replacing an {@code End}) or ends it ({@link #END}). */
    public boolean setNext(String target) {
        if (stateName.get() == null || target == null || target.isEmpty()) {
            return false;
        }
        if (END.equals(target)) {
            return commands.push(SetFieldCommand.replacing(document, pointer(), "Next", "End", BooleanNode.TRUE));
        }
        return commands.push(new ConnectCommand(document, scope(), stateName.get(), target, ConnectCommand.Kind.NEXT));
    }

    /** Sets or (with "") removes a Choice's Default. */
    public boolean setDefault(String target) {
        if (stateName.get() == null) {
            return false;
        }
        if (target == null || target.isEmpty()) {
            return commands.push(SetFieldCommand.remove(document, pointer(), "Default"));
        }
        return commands.push(new ConnectCommand(document, scope(), stateName.get(), target,
                ConnectCommand.Kind.DEFAULT));
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.of(JsonReader.readJson(text.strip()).root());
        } catch (JsonSyntaxException e) {
            return Optional.empty();
        }
    }
}
