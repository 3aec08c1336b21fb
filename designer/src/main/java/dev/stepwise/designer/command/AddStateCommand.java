package dev.stepwise.designer.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepwise.designer.document.TextEdits;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonPointers;
import java.util.Map;
import java.util.Objects;

/**
 * Adds a state as the last member of a scope's {@code States}, optionally at a position on the canvas. In an empty
 * machine the new state also becomes {@code StartAt}.
 */
public final class AddStateCommand extends StructuralCommand {

    private final String name;
    private final ObjectNode json;
    private final Layout.Point position;

    public AddStateCommand(WorkflowDocument document, String scope, String name, ObjectNode json, Layout.Point position) {
        super(document, scope);
        this.name = name;
        this.json = Objects.requireNonNull(json, "json").deepCopy();
        this.position = position;
    }

    public AddStateCommand(WorkflowDocument document, String name, ObjectNode json) {
        this(document, "", name, json, null);
    }

    @Override
    protected boolean applicable() {
        return isValidName(name) && !hasState(name);
    }

    @Override
    protected Outcome plan() {
        TextEdits edits = edits();
        edits.appendMember(statesPointer(), name, json);
        boolean empty = scopeNode().path("States").isEmpty();
        String startAt = scopeNode().path("StartAt").asText("");
        if (empty && (startAt.isEmpty() || !hasState(startAt))) {
            edits.setMember(scope(), "StartAt", TextNode.valueOf(name));
        }
        String text = edits.apply();
        Layout layout = document().getLayout();
        if (position != null) {
            layout = layout.with(Map.of(Layout.key(scope(), name), position));
        }
        return new Outcome(text, layout);
    }

    @Override
    public String description() {
        return "Add State " + name;
    }

    static String pointerIn(String statesPointer, String name) {
        return JsonPointers.child(statesPointer, name);
    }
}
