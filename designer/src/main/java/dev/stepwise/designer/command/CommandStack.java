package dev.stepwise.designer.command;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo and redo history of one document, like Scene Builder's {@code JobManager}: bounded, redo cleared by a new
 * command, and a command that pushes another while it runs is refused with {@link IllegalStateException}.
 */
public final class CommandStack {

    public static final int DEFAULT_LIMIT = 200;

    private final int limit;
    private final Deque<Command> undoStack = new ArrayDeque<>();
    private final Deque<Command> redoStack = new ArrayDeque<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private boolean busy;

    public CommandStack() {
        this(DEFAULT_LIMIT);
    }

    public CommandStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
    }

    /** Runs a command and records it; returns false (and records nothing) when it is not executable. */
    public boolean push(Command command) {
        enter();
        try {
            if (!command.isExecutable()) {
                return false;
            }
            command.execute();
        } finally {
            busy = false;
        }
        undoStack.push(command);
        while (undoStack.size() > limit) {
            undoStack.removeLast();
        }
        redoStack.clear();
        changed();
        return true;
    }

    public void undo() {
        if (undoStack.isEmpty()) {
            return;
        }
        enter();
        Command command = undoStack.pop();
        try {
            command.undo();
        } finally {
            busy = false;
        }
        redoStack.push(command);
        changed();
    }

    public void redo() {
        if (redoStack.isEmpty()) {
            return;
        }
        enter();
        Command command = redoStack.pop();
        try {
            command.redo();
        } finally {
            busy = false;
        }
        undoStack.push(command);
        changed();
    }

    /** Forgets the history (e.g. after a reload from disk). */
    public void clear() {
        undoStack.clear();
        redoStack.clear();
        changed();
    }

    public int undoSize() {
        return undoStack.size();
    }

    public int redoSize() {
        return redoStack.size();
    }

    private void enter() {
        if (busy) {
            throw new IllegalStateException("a command is running: commands must not push, undo or redo others");
        }
        busy = true;
    }

    private void changed() {
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        undoDescription.set(undoStack.isEmpty() ? "" : undoStack.peek().description());
        redoDescription.set(redoStack.isEmpty() ? "" : redoStack.peek().description());
        revision.set(revision.get() + 1);
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The description of the command Undo would undo, or "". */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
