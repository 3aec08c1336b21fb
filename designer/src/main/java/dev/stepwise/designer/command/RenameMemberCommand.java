package dev.stepwise.designer.command;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonPointers;
import java.util.Objects;

/**
 * Renames one member of an object, splicing only its key: the value keeps its exact bytes. The rule builder turns
 * an {@code "And"} group into an {@code "Or"} with it.
 */
public final class RenameMemberCommand extends DocumentCommand {

    private final String objectPointer;
    private final String oldKey;
    private final String newKey;

    public RenameMemberCommand(WorkflowDocument document, String objectPointer, String oldKey, String newKey) {
        super(document);
        this.objectPointer = Objects.requireNonNull(objectPointer, "objectPointer");
        this.oldKey = Objects.requireNonNull(oldKey, "oldKey");
        this.newKey = Objects.requireNonNull(newKey, "newKey");
    }

    @Override
    protected boolean canPlan() {
        if (!document().isStructurallyEditable() || oldKey.equals(newKey)) {
            return false;
        }
        var object = document().getJson().root().at(objectPointer);
        return object.isObject() && object.has(oldKey) && !object.has(newKey);
    }

    @Override
    protected Outcome plan() {
        String text = document().edits().orElseThrow()
                .renameKey(JsonPointers.child(objectPointer, oldKey), newKey).apply();
        return new Outcome(text, document().getLayout());
    }

    @Override
    public String description() {
        return "Change " + oldKey + " to " + newKey;
    }
}
