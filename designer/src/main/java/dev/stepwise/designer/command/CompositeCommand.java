package dev.stepwise.designer.command;

import dev.stepwise.designer.document.WorkflowDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several commands that undo and redo as one, like Scene Builder's {@code CompositeJob}: "Insert State" is an add
 * and a reconnect. Each part plans against the document as the parts before it left it. When a part turns out not to
 * be executable the parts done so far are undone and nothing changes.
 */
public final class CompositeCommand extends Command {

    private final String description;
    private final List<Command> parts;
    private final List<Command> done = new ArrayList<>();

    public CompositeCommand(WorkflowDocument document, String description, List<? extends Command> parts) {
        super(document);
        this.description = Objects.requireNonNull(description, "description");
        this.parts = List.copyOf(parts);
        if (this.parts.isEmpty()) {
            throw new IllegalArgumentException("a composite command needs at least one part");
        }
        for (Command part : this.parts) {
            if (part.document() != document) {
                throw new IllegalArgumentException("every part must edit the same document");
            }
        }
    }

    public List<Command> parts() {
        return parts;
    }

    /** Executable when its first part is; the others are checked as they run (see the class comment). */
    @Override
    public boolean isExecutable() {
        return parts.get(0).isExecutable();
    }

    @Override
    public void execute() {
        done.clear();
        for (Command part : parts) {
            if (!part.isExecutable()) {
                rollBack();
                throw new IllegalStateException(description + ": " + part.description() + " is not executable");
            }
            part.execute();
            done.add(part);
        }
    }

    private void rollBack() {
        for (int i = done.size() - 1; i >= 0; i--) {
            done.get(i).undo();
        }
        done.clear();
    }

    @Override
    public void undo() {
        for (int i = done.size() - 1; i >= 0; i--) {
            done.get(i).undo();
        }
    }

    @Override
    public void redo() {
        for (Command part : done) {
            part.redo();
        }
    }

    @Override
    public String description() {
        return description;
    }
}
