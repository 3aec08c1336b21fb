package dev.stepwise.designer.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.designer.document.WorkflowDocument;
import java.util.Objects;

/** Appends a value to an array, laid out like the elements already there; the rest of the text is untouched. */
public final class AppendElementCommand extends DocumentCommand {

    private final String arrayPointer;
    private final JsonNode value;
    private final String description;

    public AppendElementCommand(WorkflowDocument document, String arrayPointer, JsonNode value, String description) {
        super(document);
        this.arrayPointer = Objects.requireNonNull(arrayPointer, "arrayPointer");
        this.value = Objects.requireNonNull(value, "value").deepCopy();
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    protected boolean canPlan() {
        return document().isStructurallyEditable() && document().getJson().root().at(arrayPointer).isArray();
    }

    @Override
    protected Outcome plan() {
        String text = document().edits().orElseThrow().appendElement(arrayPointer, value).apply();
        return new Outcome(text, document().getLayout());
    }

    @Override
    public String description() {
        return description;
    }
}
