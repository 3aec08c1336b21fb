package dev.stepwise.designer.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.designer.document.JsonSpans;
import dev.stepwise.designer.document.TextEdits;
import dev.stepwise.engine.json.JsonPointers;
import dev.stepwise.designer.document.WorkflowDocument;
import java.util.Objects;

/**
 * A command that edits the definition's structure. It runs only on a current (not stale) JSON document, works in one
 * scope (the top-level machine {@code ""}, or a Parallel branch or Map processor by its JSON pointer) and splices the
 * text so that nothing else changes.
 */
abstract class StructuralCommand extends DocumentCommand {

    private final String scope;

    protected StructuralCommand(WorkflowDocument document, String scope) {
        super(document);
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    public String scope() {
        return scope;
    }

    @Override
    protected final boolean canPlan() {
        return document().isStructurallyEditable() && scopeNode().path("States").isObject() && applicable();
    }

    /** The command's own preconditions, checked on a current JSON document. */
    protected abstract boolean applicable();

    protected JsonNode root() {
        return document().getJson().root();
    }

    protected JsonNode scopeNode() {
        return document().isStructurallyEditable() ? root().at(scope) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    protected JsonNode state(String name) {
        return scopeNode().path("States").path(name);
    }

    protected boolean hasState(String name) {
        return scopeNode().path("States").has(name);
    }

    protected String statesPointer() {
        return StateReference.statesPointer(scope);
    }

    protected String statePointer(String name) {
        return JsonPointers.child(statesPointer(), name);
    }

    protected JsonSpans spans() {
        return document().spans().orElseThrow();
    }

    /** Splices on the current text, JSON or YAML. */
    protected TextEdits edits() {
        return document().edits().orElseThrow();
    }

    /** A valid new state name: 1 to 80 characters, no control characters. */
    static boolean isValidName(String name) {
        return name != null && !name.isBlank() && name.length() <= 80 && name.chars().noneMatch(Character::isISOControl);
    }
}
