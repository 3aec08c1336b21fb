package dev.stepwise.designer.command;

import dev.stepwise.designer.document.WorkflowDocument;
import java.util.Objects;

/**
 * One undoable change of a {@link WorkflowDocument}, like Scene Builder's {@code Job}. A command captures what it
 * needs when it is made, refuses to run when it would change nothing ({@link #isExecutable()}), and names itself for
 * the Edit menu. Run commands through a {@link CommandStack}, never directly.
 */
public abstract class Command {

    private final WorkflowDocument document;

    protected Command(WorkflowDocument document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    public WorkflowDocument document() {
        return document;
    }

    /** False when the command cannot run on the document as it is now, or would change nothing. */
    public abstract boolean isExecutable();

    public abstract void execute();

    public abstract void undo();

    public abstract void redo();

    /** What the command does, as the Edit menu shows it: "Rename State", "Move 2 States". */
    public abstract String description();
}
