package dev.stepwise.designer.command;

import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;

/** "Re-layout": forgets the manual positions so that the automatic layout places every state again. */
public final class ResetLayoutCommand extends DocumentCommand {

    public ResetLayoutCommand(WorkflowDocument document) {
        super(document);
    }

    @Override
    protected boolean canPlan() {
        return !document().getLayout().isEmpty();
    }

    @Override
    protected Outcome plan() {
        return new Outcome(document().getText(), Layout.EMPTY);
    }

    @Override
    public String description() {
        return "Re-layout";
    }
}
