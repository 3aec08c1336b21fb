package dev.stepwise.designer.command;

import dev.stepwise.designer.document.WorkflowDocument;
import java.util.Objects;

/** Removes one element of an array with its separator; the other elements keep their bytes. */
public final class RemoveElementCommand extends DocumentCommand {

    private final String arrayPointer;
    private final int index;
    private final String description;

    public RemoveElementCommand(WorkflowDocument document, String arrayPointer, int index, String description) {
        super(document);
        this.arrayPointer = Objects.requireNonNull(arrayPointer, "arrayPointer");
        this.index = index;
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    protected boolean canPlan() {
        if (!document().isStructurallyEditable()) {
            return false;
        }
        var array = document().getJson().root().at(arrayPointer);
        return array.isArray() && index >= 0 && index < array.size();
    }

    @Override
    protected Outcome plan() {
        String text = document().edits().orElseThrow().removeElement(arrayPointer, index).apply();
        return new Outcome(text, document().getLayout());
    }

    @Override
    public String description() {
        return description;
    }
}
