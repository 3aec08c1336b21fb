package dev.stepwise.designer.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.designer.document.TextEdits;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonPointers;

/**
 * Appends a rule to a Choice state that leads to {@code target}. The condition is a placeholder the user edits:
 * {@code "Variable": "$", "IsPresent": true} (JSONPath) or {@code "Condition": "{% true %}"} (JSONata).
 */
public final class AddChoiceRuleCommand extends StructuralCommand {

    private final String choice;
    private final String target;

    public AddChoiceRuleCommand(WorkflowDocument document, String scope, String choice, String target) {
        super(document, scope);
        this.choice = choice;
        this.target = target;
    }

    @Override
    protected boolean applicable() {
        return hasState(choice) && hasState(target) && state(choice).path("Type").asText().equals("Choice");
    }

    /** The rule appended: a placeholder condition in the state's query language, and the target. */
    ObjectNode rule() {
        ObjectNode rule = JsonNodeFactory.instance.objectNode();
        boolean jsonata = "JSONata".equals(state(choice).path("QueryLanguage").asText(
                scopeNode().path("QueryLanguage").asText(root().path("QueryLanguage").asText(""))));
        if (jsonata) {
            rule.put("Condition", "{% true %}");
        } else {
            rule.put("Variable", "$");
            rule.put("IsPresent", true);
        }
        rule.put("Next", target);
        return rule;
    }

    @Override
    protected Outcome plan() {
        TextEdits edits = edits();
        String pointer = JsonPointers.child(statePointer(choice), "Choices");
        if (state(choice).path("Choices").isArray()) {
            edits.appendElement(pointer, rule());
        } else {
            ArrayNode rules = JsonNodeFactory.instance.arrayNode().add(rule());
            edits.setMember(statePointer(choice), "Choices", rules);
        }
        return new Outcome(edits.apply(), document().getLayout());
    }

    @Override
    public String description() {
        return "Add Rule " + choice + " to " + target;
    }
}
