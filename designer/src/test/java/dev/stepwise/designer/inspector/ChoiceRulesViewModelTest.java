package dev.stepwise.designer.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.designer.canvas.selection.Selection;
import dev.stepwise.designer.command.CommandStack;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.testsupport.NestedChoice;
import dev.stepwise.engine.asl.model.ChoiceState;
import dev.stepwise.engine.asl.model.ComparisonOperator;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.testsupport.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nested Choice rules edited through the view model: each change splices only its part and undoes to the bytes. */
class ChoiceRulesViewModelTest {

    private static final RulePath TOP = RulePath.top(0);
    private static final RulePath OR = TOP.child("And", 1);
    private static final RulePath NOT = OR.child("Or", 1);

    private final CommandStack commands = new CommandStack();
    private WorkflowDocument document;

    private ChoiceRulesViewModel open(String text, String state) {
        document = WorkflowDocument.of(text, JsonFormat.JSON);
        Selection selection = new Selection();
        InspectorViewModel inspector = new InspectorViewModel(document, commands, selection);
        selection.select(state);
        return inspector.choiceRules();
    }

    private JsonNode at(String pointer) {
        return document.getJson().root().at(pointer);
    }

    private void undoAll(String original) {
        while (commands.undoSize() > 0) {
            commands.undo();
        }
        assertThat(document.getText()).isEqualTo(original);
    }

    private List<String> edgeLabels() {
        return GraphModel.of(document.getMachine()).edges().stream().map(GraphModel.Edge::label).toList();
    }

    @Test
    void editingANestedOperandChangesExactlyThatValue() {
        ChoiceRulesViewModel rules = open(NestedChoice.TEXT, "Route");

        assertThat(rules.setOperand(OR.child("Or", 0), "gold")).isEmpty();
        assertThat(document.getText()).isEqualTo(NestedChoice.TEXT.replace("\"premium\"", "\"gold\""));

        assertThat(rules.setOperand(NOT.negated(), "false")).isEmpty();
        assertThat(rules.setVariable(NOT.negated(), "$.blocked")).isEmpty();
        assertThat(document.getText()).isEqualTo(NestedChoice.TEXT.replace("\"premium\"", "\"gold\"")
                .replace("{\"Variable\": \"$.flagged\", \"BooleanEquals\": true}",
                        "{\"Variable\": \"$.blocked\", \"BooleanEquals\": false}"));
        assertThat(edgeLabels().get(0)).startsWith("$.amount > 100.50 && ($.tier == \"gold\" || (!$.b");
        undoAll(NestedChoice.TEXT);
    }

    @Test
    void operandsThatDoNotFitTheirOperatorAreRefused() {
        ChoiceRulesViewModel rules = open(NestedChoice.TEXT, "Route");

        assertThat(rules.setOperand(TOP.child("And", 0), "lots")).contains(
                "NumericGreaterThan compares with a number, not \"lots\"");
        assertThat(rules.setVariable(TOP.child("And", 0), "amount")).isPresent();
        assertThat(rules.setOperator(NOT.negated(), ComparisonOperator.TIMESTAMP_EQUALS)).isTrue();
        assertThat(at("/States/Route/Choices/0/And/1/Or/1/Not").toString())
                .as("true is no timestamp, so a sample takes its place")
                .isEqualTo("{\"Variable\":\"$.flagged\",\"TimestampEquals\":\"2024-01-01T00:00:00Z\"}");
        assertThat(commands.undoSize()).isEqualTo(1);
    }

    @Test
    void aGroupHasNoVariableAndTheLastRuleOfAChoiceStays() {
        ChoiceRulesViewModel rules = open(Samples.ORDER, "Check");

        assertThat(rules.canRemove(TOP)).as("Choices must not be empty").isFalse();
        assertThat(rules.remove(TOP)).isFalse();
        rules.combine(TOP, "Or");
        assertThat(rules.setVariable(TOP, "$.amount")).contains(
                "only a comparison has a Variable, not an And, Or or Not");
        assertThat(rules.rule(TOP).has("Variable")).isFalse();
        assertThat(commands.undoSize()).isEqualTo(1);
    }

    @Test
    void jsonataRulesGetAConditionAndKeepTheirPlace() {
        String jsonata = Samples.ORDER.replace("\"StartAt\"", "\"QueryLanguage\": \"JSONata\",\n    \"StartAt\"")
                .replace("{\"Variable\": \"$.amount\", \"NumericGreaterThan\": 100.50, \"Next\": \"Charge\"}",
                        "{\"Condition\": \"{% $states.input.amount > 100 %}\", \"Next\": \"Charge\"}");
        ChoiceRulesViewModel rules = open(jsonata, "Check");

        assertThat(rules.addRule(true, List.of("Done"))).isTrue();
        assertThat(document.getText()).contains("""
                    {"Condition": "{% $states.input.amount > 100 %}", "Next": "Charge"},
                                {"Condition": "{% $states.input.value = 1 %}", "Next": "Done"}
                """);
        assertThat(rules.setText(RulePath.top(1), "Condition", "{% $states.input.tier = 'gold' %}")).isTrue();
        assertThat(at("/States/Check/Choices/1/Condition").asText()).isEqualTo("{% $states.input.tier = 'gold' %}");
        undoAll(jsonata);
    }

    @Test
    void switchingAndToOrRenamesOnlyTheKey() {
        ChoiceRulesViewModel rules = open(NestedChoice.TEXT, "Route");

        assertThat(rules.setCombinator(TOP, "Or")).isTrue();
        assertThat(document.getText()).isEqualTo(NestedChoice.TEXT.replace("\"And\": [", "\"Or\": ["));
        assertThat(commands.undoDescriptionProperty().get()).isEqualTo("Change And to Or");
        assertThat(rules.setCombinator(NOT, "And")).as("a Not stays a Not").isFalse();
        undoAll(NestedChoice.TEXT);
    }

    @Test
    void childrenAreAddedAndRemovedButAGroupIsNeverLeftEmpty() {
        ChoiceRulesViewModel rules = open(NestedChoice.TEXT, "Route");

        assertThat(rules.addComparison(OR)).isTrue();
        assertThat(document.getText()).isEqualTo(NestedChoice.TEXT.replace("""
                {"Not": {"Variable": "$.flagged", "BooleanEquals": true}}
                """, """
                {"Not": {"Variable": "$.flagged", "BooleanEquals": true}},
                                                {"Variable": "$.value", "StringEquals": ""}
                """));
        assertThat(rules.addGroup(OR, "And")).isTrue();
        assertThat(at("/States/Route/Choices/0/And/1/Or/3").toString())
                .isEqualTo("{\"And\":[{\"Variable\":\"$.value\",\"StringEquals\":\"\"}]}");
        assertThat(rules.canRemove(OR.child("Or", 3).child("And", 0))).as("the last rule of an And").isFalse();
        assertThat(rules.remove(OR.child("Or", 3).child("And", 0))).isFalse();
        assertThat(rules.canRemove(NOT.negated())).as("the rule of a Not").isFalse();

        assertThat(rules.remove(OR.child("Or", 0))).isTrue();
        assertThat(rules.remove(OR.child("Or", 0))).isTrue();
        assertThat(rules.remove(OR.child("Or", 0))).isTrue();
        assertThat(at("/States/Route/Choices/0/And/1/Or").size()).isEqualTo(1);
        assertThat(rules.remove(OR.child("Or", 0))).isFalse();
        assertThat(document.getText()).contains("\"Or\": [\n" + " ".repeat(32)
                + "{\"And\": [{\"Variable\": \"$.value\", \"StringEquals\": \"\"}]}\n" + " ".repeat(28) + "]");
        undoAll(NestedChoice.TEXT);
    }

    @Test
    void aFlatRuleIsCombinedIntoAnAndAndCompletedToTwoComparisons() {
        ChoiceRulesViewModel rules = open(Samples.ORDER, "Check");

        assertThat(rules.combine(TOP, "And")).isTrue();
        assertThat(document.getText()).isEqualTo(Samples.ORDER.replace(
                "{\"Variable\": \"$.amount\", \"NumericGreaterThan\": 100.50, \"Next\": \"Charge\"}",
                "{\"And\": [{\"Variable\": \"$.amount\", \"NumericGreaterThan\": 100.50}, "
                        + "{\"Variable\": \"$.value\", \"StringEquals\": \"\"}], \"Next\": \"Charge\"}"));
        assertThat(rules.setVariable(TOP.child("And", 1), "$.tier")).isEmpty();
        assertThat(rules.setOperand(TOP.child("And", 1), "premium")).isEmpty();

        ChoiceState check = (ChoiceState) document.getMachine().state("Check");
        assertThat(check.choices().get(0).next()).isEqualTo("Charge");
        assertThat(edgeLabels()).contains("$.amount > 100.50 && $.tier == \"premium\"");
        undoAll(Samples.ORDER);
    }

    @Test
    void wrappingInNotAndUnwrappingGiveBackTheRule() {
        ChoiceRulesViewModel rules = open(NestedChoice.TEXT, "Route");
        RulePath flat = RulePath.top(1);

        assertThat(rules.wrapInNot(flat)).isTrue();
        assertThat(at("/States/Route/Choices/1").toString())
                .isEqualTo("{\"Not\":{\"Variable\":\"$.amount\",\"NumericLessThan\":0},\"Next\":\"Reject\"}");
        assertThat(rules.canUnwrap(flat)).isTrue();
        assertThat(rules.unwrap(flat)).isTrue();
        assertThat(document.getText()).isEqualTo(NestedChoice.TEXT);
        assertThat(rules.canUnwrap(TOP)).as("an And of two rules").isFalse();
        undoAll(NestedChoice.TEXT);
    }

    @Test
    void aThreeLevelRuleBuiltFromAFlatOneMatchesTheHandWrittenOne() {
        String flat = NestedChoice.FLAT;
        ChoiceRulesViewModel rules = open(flat, "Route");

        rules.combine(TOP, "And");
        rules.combine(OR, "Or");
        rules.setVariable(OR.child("Or", 0), "$.tier");
        rules.setOperand(OR.child("Or", 0), "premium");
        rules.setVariable(NOT, "$.flagged");
        rules.setOperator(NOT, ComparisonOperator.BOOLEAN_EQUALS);
        rules.wrapInNot(NOT);

        JsonNode expected = WorkflowDocument.of(NestedChoice.TEXT, JsonFormat.JSON).getJson().root();
        assertThat(at("/States/Route/Choices/0")).isEqualTo(expected.at("/States/Route/Choices/0"));
        assertThat(List.copyOf(iterable(at("/States/Route/Choices/0").fieldNames())))
                .containsExactly("And", "Comment", "X-Owner", "Next");
        assertThat(edgeLabels().get(0)).startsWith("$.amount > 100.50 && ($.tier == \"premium\" || (!");
        undoAll(flat);
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
