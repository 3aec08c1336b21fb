package dev.stepwise.designer.inspector;

import dev.stepwise.engine.json.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a rule stands in a Choice state's {@code Choices}, as steps from it: {@code [0]} is the first top-level rule,
 * {@code [0, And, 1]} the second rule of its And, {@code [0, Not]} the rule its Not negates. Gives the rule's JSON
 * pointer and the ids of its widgets ({@code inspector-rules-0-And-1-value}).
 */
record RulePath(List<String> steps) {

    RulePath {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a rule path needs at least the top-level index");
        }
    }

    static RulePath top(int index) {
        return new RulePath(List.of(Integer.toString(index)));
    }

    /** Rule {@code index} of this rule's And or Or. */
    RulePath child(String combinator, int index) {
        return plus(combinator, Integer.toString(index));
    }

    /** The rule this rule's Not negates. */
    RulePath negated() {
        return plus("Not");
    }

    boolean isTopLevel() {
        return steps.size() == 1;
    }

    /** The rule whose And, Or or Not holds this one; empty for a top-level rule. */
    Optional<RulePath> parent() {
        if (isTopLevel()) {
            return Optional.empty();
        }
        int drop = last().equals("Not") ? 1 : 2;
        return Optional.of(new RulePath(steps.subList(0, steps.size() - drop)));
    }

    /** And, Or or Not: what holds this rule; empty for a top-level rule. */
    Optional<String> heldBy() {
        if (isTopLevel()) {
            return Optional.empty();
        }
        return Optional.of(last().equals("Not") ? "Not" : steps.get(steps.size() - 2));
    }

    /** The rule's index in its array (Choices, And, Or); empty for the rule of a Not. */
    Optional<Integer> index() {
        return last().equals("Not") ? Optional.empty() : Optional.of(Integer.parseInt(last()));
    }

    /** The rule's pointer in the document, below the Choice state at {@code statePointer}. */
    String pointer(String statePointer) {
        String pointer = JsonPointers.child(statePointer, "Choices");
        for (String step : steps) {
            pointer = JsonPointers.child(pointer, step);
        }
        return pointer;
    }

    /** The pointer of the array that holds this rule (Choices, or an And/Or); empty for the rule of a Not. */
    Optional<String> arrayPointer(String statePointer) {
        if (index().isEmpty()) {
            return Optional.empty();
        }
        String pointer = pointer(statePointer);
        return Optional.of(pointer.substring(0, pointer.lastIndexOf('/')));
    }

    /** The id of one of the rule's widgets: {@code inspector-rules-<steps joined by ->-<part>}. */
    String id(String part) {
        return "inspector-rules-" + String.join("-", steps) + "-" + part;
    }

    private String last() {
        return steps.get(steps.size() - 1);
    }

    private RulePath plus(String... more) {
        List<String> longer = new ArrayList<>(steps);
        longer.addAll(List.of(more));
        return new RulePath(longer);
    }
}
