package dev.stepwise.designer.command;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepwise.designer.document.TextEdits;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;

/**
 * Renames a state in its place and makes every reference follow: {@code StartAt}, {@code Next}, {@code Default}, the
 * Choice rules' and Catchers' {@code Next}. Its manual position follows too.
 */
public final class RenameStateCommand extends StructuralCommand {

    private final String oldName;
    private final String newName;

    public RenameStateCommand(WorkflowDocument document, String scope, String oldName, String newName) {
        super(document, scope);
        this.oldName = oldName;
        this.newName = newName;
    }

    public RenameStateCommand(WorkflowDocument document, String oldName, String newName) {
        this(document, "", oldName, newName);
    }

    @Override
    protected boolean applicable() {
        return hasState(oldName) && isValidName(newName) && !hasState(newName);
    }

    @Override
    protected Outcome plan() {
        TextEdits edits = edits();
        edits.renameKey(statePointer(oldName), newName);
        for (StateReference reference : StateReference.to(root(), scope(), oldName)) {
            edits.replaceValue(reference.pointer(), TextNode.valueOf(newName));
        }
        // The states inside a renamed Parallel or Map keep their places: their keys hold its pointer.
        Layout layout = document().getLayout().renamed(Layout.key(scope(), oldName), Layout.key(scope(), newName))
                .rescoped(statePointer(oldName), statePointer(newName));
        return new Outcome(edits.apply(), layout);
    }

    @Override
    public String description() {
        return "Rename State " + oldName + " to " + newName;
    }
}
