package dev.stepwise.designer.command;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepwise.designer.document.TextEdits;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes states. References to them from the states that stay ({@link #danglingReferences()}) are never left
 * dangling: they are redirected to a replacement state, and without one the command is not executable.
 */
public final class RemoveStatesCommand extends StructuralCommand {

    private final Set<String> names;
    private final String replacement;

    /**
     * @param replacement the state that references to the removed states are redirected to; null when there must be
     *                    no such references
     */
    public RemoveStatesCommand(WorkflowDocument document, String scope, Set<String> names, String replacement) {
        super(document, scope);
        this.names = Set.copyOf(new LinkedHashSet<>(names));
        this.replacement = replacement;
    }

    public RemoveStatesCommand(WorkflowDocument document, Set<String> names) {
        this(document, "", names, null);
    }

    /** The references to removed states from states that stay (and {@code StartAt}); computed on the current text. */
    public List<StateReference> danglingReferences() {
        if (!document().isStructurallyEditable()) {
            return List.of();
        }
        return StateReference.allIn(root(), scope()).stream()
                .filter(reference -> names.contains(reference.target()))
                .filter(reference -> reference.fromState() == null || !names.contains(reference.fromState()))
                .toList();
    }

    @Override
    protected boolean applicable() {
        if (names.isEmpty() || !names.stream().allMatch(this::hasState)) {
            return false;
        }
        if (replacement != null) {
            return hasState(replacement) && !names.contains(replacement);
        }
        return danglingReferences().isEmpty();
    }

    @Override
    protected Outcome plan() {
        String text = document().getText();
        List<StateReference> dangling = danglingReferences();
        if (!dangling.isEmpty()) {
            TextEdits redirect = edits();
            for (StateReference reference : dangling) {
                redirect.replaceValue(reference.pointer(), TextNode.valueOf(replacement));
            }
            text = redirect.apply();
        }
        // One member at a time: neighbouring removals share the commas between them.
        for (String name : names) {
            text = document().editsOn(text).removeMember(statesPointer(), name).apply();
        }
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            keys.add(Layout.key(scope(), name));
            // A removed Parallel or Map takes the places of the states inside it along.
            keys.addAll(document().getLayout().keysInside(statePointer(name)));
        }
        return new Outcome(text, document().getLayout().without(keys));
    }

    @Override
    public String description() {
        return names.size() == 1 ? "Delete State " + names.iterator().next() : "Delete " + names.size() + " States";
    }
}
