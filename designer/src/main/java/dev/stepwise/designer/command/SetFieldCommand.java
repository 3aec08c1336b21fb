package dev.stepwise.designer.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.designer.document.TextEdits;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonPointers;
import java.util.Objects;

/**
 * Sets, removes or swaps one member of one object (a state, a Choice rule, a Catcher...), splicing only that member:
 * the inspector's one command per field. {@link #replacing} swaps a member for another in its place, e.g.
 * {@code "End": true} for {@code "Next": "B"}.
 */
public final class SetFieldCommand extends DocumentCommand {

    private final String objectPointer;
    private final String field;
    private final JsonNode value;
    private final String replacedField;

    private SetFieldCommand(WorkflowDocument document, String objectPointer, String field, JsonNode value,
                            String replacedField) {
        super(document);
        this.objectPointer = Objects.requireNonNull(objectPointer, "objectPointer");
        this.field = Objects.requireNonNull(field, "field");
        this.value = value == null ? null : value.deepCopy();
        this.replacedField = replacedField;
    }

    /** Sets {@code field} of the object at {@code objectPointer} to {@code value}; null removes it. */
    public SetFieldCommand(WorkflowDocument document, String objectPointer, String field, JsonNode value) {
        this(document, objectPointer, field, value, null);
    }

    public static SetFieldCommand remove(WorkflowDocument document, String objectPointer, String field) {
        return new SetFieldCommand(document, objectPointer, field, null, null);
    }

    /** Replaces the member {@code oldField} by {@code newField: value} in the same place (or sets it if absent). */
    public static SetFieldCommand replacing(WorkflowDocument document, String objectPointer, String oldField,
                                            String newField, JsonNode value) {
        return new SetFieldCommand(document, objectPointer, newField, Objects.requireNonNull(value, "value"), oldField);
    }

    private JsonNode object() {
        return document().getJson().root().at(objectPointer);
    }

    @Override
    protected boolean canPlan() {
        if (!document().isStructurallyEditable() || !object().isObject()) {
            return false;
        }
        JsonNode current = object().get(field);
        if (replacedField != null && object().has(replacedField)) {
            return true;
        }
        return value == null ? current != null : !value.equals(current);
    }

    @Override
    protected Outcome plan() {
        TextEdits edits = document().edits().orElseThrow();
        if (replacedField != null && object().has(replacedField)) {
            if (object().has(field)) {
                // Both present: keep the new one's place, drop the old one.
                edits.replaceValue(JsonPointers.child(objectPointer, field), value);
                String text = edits.apply();
                text = document().editsOn(text).removeMember(objectPointer, replacedField).apply();
                return new Outcome(text, document().getLayout());
            }
            edits.replaceMember(JsonPointers.child(objectPointer, replacedField), field, value);
        } else if (value == null) {
            edits.removeMember(objectPointer, field);
        } else {
            edits.setMember(objectPointer, field, value);
        }
        return new Outcome(edits.apply(), document().getLayout());
    }

    @Override
    public String description() {
        String owner = JsonPointers.lastSegment(objectPointer);
        String of = owner.isEmpty() || owner.chars().allMatch(Character::isDigit) ? "" : " of " + owner;
        return (value == null ? "Remove " : "Set ") + field + of;
    }
}
