package dev.stepwise.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepwise.designer.command.AppendElementCommand;
import dev.stepwise.designer.command.CommandStack;
import dev.stepwise.designer.command.RemoveElementCommand;
import dev.stepwise.designer.command.RenameMemberCommand;
import dev.stepwise.designer.command.ReplaceValueCommand;
import dev.stepwise.designer.command.SetFieldCommand;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.asl.model.ComparisonOperator;
import dev.stepwise.engine.json.JsonPointers;
import java.util.List;
import java.util.Optional;

/**
 * The rules of one Choice state, top-level and nested in And/Or/Not, and one command per change. Each command
 * splices only the rule or member it changes, so the rest of the document keeps its bytes. No views.
 */
public final class ChoiceRulesViewModel {

    private final WorkflowDocument document;
    private final CommandStack commands;
    private final String statePointer;

    ChoiceRulesViewModel(WorkflowDocument document, CommandStack commands, String statePointer) {
        this.document = document;
        this.commands = commands;
        this.statePointer = statePointer;
    }

    /** The document's JSON; a missing node while no text has parsed yet. */
    private JsonNode root() {
        return document.getJson() == null ? MissingNode.getInstance() : document.getJson().root();
    }

    private JsonNode state() {
        return root().at(statePointer);
    }

    /** The top-level rules ({@code Choices}); an empty array when there are none. */
    JsonNode rules() {
        JsonNode choices = state().path("Choices");
        return choices.isArray() ? choices : JsonNodeFactory.instance.arrayNode();
    }

    /** The rule at {@code path} (a missing node when there is none). */
    JsonNode rule(RulePath path) {
        return root().at(path.pointer(statePointer));
    }

    // --- one comparison -----------------------------------------------------------------------------------------------

    /** Sets a comparison's Variable; returns the problem instead when the text is not a path. */
    Optional<String> setVariable(RulePath path, String text) {
        if (ChoiceRuleOperator.of(rule(path)).isEmpty()) {
            return Optional.of("only a comparison has a Variable, not an And, Or or Not");
        }
        Optional<String> problem = ChoiceRuleOperator.pathProblem(text).map(p -> "Variable " + p);
        if (problem.isEmpty()) {
            commands.push(new SetFieldCommand(document, path.pointer(statePointer), "Variable",
                    TextNode.valueOf(text.strip())));
        }
        return problem;
    }

    /** Sets a comparison's operand; returns the problem instead when the text does not fit its operator. */
    Optional<String> setOperand(RulePath path, String text) {
        Optional<ComparisonOperator> operator = ChoiceRuleOperator.of(rule(path));
        if (operator.isEmpty()) {
            return Optional.of("not a comparison");
        }
        Optional<String> problem = ChoiceRuleOperator.problem(operator.get(), text);
        if (problem.isEmpty()) {
            commands.push(new SetFieldCommand(document, path.pointer(statePointer), operator.get().aslName(),
                    ChoiceRuleOperator.operand(operator.get(), text)));
        }
        return problem;
    }

    /** Switches a comparison to another operator in the old one's place, keeping the operand where it still fits. */
    boolean setOperator(RulePath path, ComparisonOperator chosen) {
        JsonNode rule = rule(path);
        Optional<ComparisonOperator> current = ChoiceRuleOperator.of(rule);
        if (current.isEmpty() || current.get() == chosen) {
            return false;
        }
        String operand = ChoiceRuleOperator.operandFor(chosen, ChoiceRuleOperator.operandText(rule));
        return commands.push(SetFieldCommand.replacing(document, path.pointer(statePointer), current.get().aslName(),
                chosen.aslName(), ChoiceRuleOperator.operand(chosen, operand)));
    }

    /** Sets a string field of a top-level rule: its JSONata {@code Condition} or its {@code Next}. */
    boolean setText(RulePath path, String field, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return commands.push(new SetFieldCommand(document, path.pointer(statePointer), field,
                TextNode.valueOf(text.strip())));
    }

    // --- groups -------------------------------------------------------------------------------------------------------

    /** Turns an And group into an Or or back; a Not stays a Not. */
    boolean setCombinator(RulePath path, String combinator) {
        Optional<String> current = ChoiceRuleShapes.combinator(rule(path));
        if (current.isEmpty() || current.get().equals("Not") || !"And".equals(combinator) && !"Or".equals(combinator)) {
            return false;
        }
        return commands.push(new RenameMemberCommand(document, path.pointer(statePointer), current.get(), combinator));
    }

    /** Adds a new comparison to an And/Or group. */
    boolean addComparison(RulePath group) {
        return append(group, ChoiceRuleShapes.newComparison(), "Add Comparison");
    }

    /** Adds a nested group (holding one new comparison) to an And/Or group. */
    boolean addGroup(RulePath group, String combinator) {
        return append(group, ChoiceRuleShapes.newGroup(combinator), "Add " + combinator + " Group");
    }

    private boolean append(RulePath group, ObjectNode child, String description) {
        Optional<String> combinator = ChoiceRuleShapes.combinator(rule(group));
        if (combinator.isEmpty() || combinator.get().equals("Not")) {
            return false;
        }
        String array = JsonPointers.child(group.pointer(statePointer), combinator.get());
        return commands.push(new AppendElementCommand(document, array, child, description + " to " + combinator.get()));
    }

    /**
     * Whether a rule may go: not the rule of a Not (it has exactly one), not the last rule of an And/Or and not the
     * last top-level rule (AWS wants Choices, And and Or non-empty).
     */
    boolean canRemove(RulePath path) {
        Optional<String> heldBy = path.heldBy();
        if (heldBy.isEmpty()) {
            return rules().size() > 1;
        }
        return !heldBy.get().equals("Not") && rule(path.parent().orElseThrow()).path(heldBy.get()).size() > 1;
    }

    /** Removes a rule, top-level or nested, unless {@link #canRemove} says no. */
    boolean remove(RulePath path) {
        if (!canRemove(path)) {
            return false;
        }
        String description = path.isTopLevel() ? "Remove Rule" : "Remove Rule from " + path.heldBy().orElseThrow();
        return commands.push(new RemoveElementCommand(document, path.arrayPointer(statePointer).orElseThrow(),
                path.index().orElseThrow(), description));
    }

    /** Puts the rule's test into a new And or Or beside a new comparison: how "a and b" is built from "a". */
    boolean combine(RulePath path, String combinator) {
        return replace(path, ChoiceRuleShapes.combine(rule(path), combinator), "Combine Rule with " + combinator);
    }

    boolean wrapInNot(RulePath path) {
        return replace(path, ChoiceRuleShapes.wrapInNot(rule(path)), "Wrap Rule in Not");
    }

    /** Whether the rule is a Not, or an And/Or of one rule, that {@link #unwrap} can take away. */
    boolean canUnwrap(RulePath path) {
        return ChoiceRuleShapes.unwrap(rule(path)).isPresent();
    }

    boolean unwrap(RulePath path) {
        Optional<ObjectNode> unwrapped = ChoiceRuleShapes.unwrap(rule(path));
        return unwrapped.isPresent() && replace(path, unwrapped.get(),
                "Unwrap " + ChoiceRuleShapes.combinator(rule(path)).orElseThrow());
    }

    private boolean replace(RulePath path, JsonNode rule, String description) {
        return rule(path).isObject()
                && commands.push(new ReplaceValueCommand(document, path.pointer(statePointer), rule, description));
    }

    // --- top-level rules ----------------------------------------------------------------------------------------------

    /** Appends a rule: a placeholder test in the state's query language, going to the first of {@code targets}. */
    boolean addRule(boolean jsonata, List<String> targets) {
        ObjectNode rule = JsonNodeFactory.instance.objectNode();
        if (jsonata) {
            rule.put("Condition", "{% $states.input.value = 1 %}");
        } else {
            rule.setAll(ChoiceRuleShapes.newComparison());
        }
        if (!targets.isEmpty()) {
            rule.put("Next", targets.get(0));
        }
        if (state().path("Choices").isArray()) {
            return commands.push(new AppendElementCommand(document, JsonPointers.child(statePointer, "Choices"), rule,
                    "Add Rule"));
        }
        return commands.push(new SetFieldCommand(document, statePointer, "Choices",
                JsonNodeFactory.instance.arrayNode().add(rule)));
    }
}
