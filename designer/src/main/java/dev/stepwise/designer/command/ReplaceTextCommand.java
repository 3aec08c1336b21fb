package dev.stepwise.designer.command;

import dev.stepwise.designer.document.WorkflowDocument;
import java.util.Objects;

/** Typing in the text editor: the whole text is replaced, and only the changed stretch is remembered. */
public final class ReplaceTextCommand extends DocumentCommand {

    private final String newText;

    public ReplaceTextCommand(WorkflowDocument document, String newText) {
        super(document);
        this.newText = Objects.requireNonNull(newText, "newText");
    }

    @Override
    protected boolean canPlan() {
        return !newText.equals(document().getText());
    }

    @Override
    protected Outcome plan() {
        return new Outcome(newText, document().getLayout());
    }

    @Override
    public String description() {
        return "Edit Text";
    }
}
