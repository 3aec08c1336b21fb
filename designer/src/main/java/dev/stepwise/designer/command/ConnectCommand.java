package dev.stepwise.designer.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepwise.designer.document.TextEdits;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonPointers;
import java.util.Objects;
import java.util.Set;

/**
 * Points a state at another: its {@code Next} (an {@code "End": true} is replaced in its place, since a state has one
 * or the other) or, for a Choice, its {@code Default}.
 */
public final class ConnectCommand extends StructuralCommand {

    /** Which field the connection sets. */
    public enum Kind { NEXT, DEFAULT }

    private static final Set<String> WITHOUT_NEXT = Set.of("Choice", "Succeed", "Fail");

    private final String from;
    private final String to;
    private final Kind kind;

    public ConnectCommand(WorkflowDocument document, String scope, String from, String to, Kind kind) {
        super(document, scope);
        this.from = from;
        this.to = to;
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public ConnectCommand(WorkflowDocument document, String from, String to) {
        this(document, "", from, to, Kind.NEXT);
    }

    @Override
    protected boolean applicable() {
        if (!hasState(from) || !hasState(to)) {
            return false;
        }
        String type = state(from).path("Type").asText();
        boolean fits = kind == Kind.DEFAULT ? type.equals("Choice") : !WITHOUT_NEXT.contains(type);
        return fits && !to.equals(state(from).path(field()).asText(null));
    }

    private String field() {
        return kind == Kind.DEFAULT ? "Default" : "Next";
    }

    @Override
    protected Outcome plan() {
        TextEdits edits = edits();
        String statePointer = statePointer(from);
        JsonNode end = state(from).get("End");
        if (kind == Kind.NEXT && end != null && !state(from).has("Next")) {
            edits.replaceMember(JsonPointers.child(statePointer, "End"), "Next", TextNode.valueOf(to));
        } else {
            edits.setMember(statePointer, field(), TextNode.valueOf(to));
        }
        return new Outcome(edits.apply(), document().getLayout());
    }

    @Override
    public String description() {
        return (kind == Kind.DEFAULT ? "Set Default of " : "Connect ") + from + " to " + to;
    }
}
