package dev.stepwise.designer.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.designer.document.WorkflowDocument;
import java.util.Objects;

/**
 * Replaces the value at a pointer (an object member or an array element) by another, printed in the layout the old
 * one had. The rule builder wraps a rule in And/Or/Not and unwraps it with it.
 */
public final class ReplaceValueCommand extends DocumentCommand {

    private final String pointer;
    private final JsonNode value;
    private final String description;

    public ReplaceValueCommand(WorkflowDocument document, String pointer, JsonNode value, String description) {
        super(document);
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.value = Objects.requireNonNull(value, "value").deepCopy();
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    protected boolean canPlan() {
        return document().isStructurallyEditable() && !pointer.isEmpty()
                && !document().getJson().root().at(pointer).isMissingNode()
                && !document().getJson().root().at(pointer).equals(value);
    }

    @Override
    protected Outcome plan() {
        String text = document().edits().orElseThrow().replaceValueInItsLayout(pointer, value)
                .apply();
        return new Outcome(text, document().getLayout());
    }

    @Override
    public String description() {
        return description;
    }
}
