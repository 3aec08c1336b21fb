package dev.stepwise.designer.command;

import dev.stepwise.designer.document.DocumentFormatter;
import dev.stepwise.designer.document.WorkflowDocument;

/**
 * Reformats the whole JSON text ({@link DocumentFormatter}) as one undoable edit: undo puts back the exact bytes.
 * Not executable when the text cannot be formatted or is formatted already.
 */
public final class FormatDocumentCommand extends DocumentCommand {

    public FormatDocumentCommand(WorkflowDocument document) {
        super(document);
    }

    @Override
    protected boolean canPlan() {
        return formatted() instanceof DocumentFormatter.Formatted;
    }

    @Override
    protected Outcome plan() {
        DocumentFormatter.Result result = formatted();
        String text = result instanceof DocumentFormatter.Formatted formatted ? formatted.text() : document().getText();
        return new Outcome(text, document().getLayout());
    }

    private DocumentFormatter.Result formatted() {
        return DocumentFormatter.format(document().getText(), document().format());
    }

    @Override
    public String description() {
        return "Format Document";
    }
}
