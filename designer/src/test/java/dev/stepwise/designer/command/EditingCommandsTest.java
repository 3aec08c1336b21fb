package dev.stepwise.designer.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.engine.json.JsonFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditingCommandsTest {

    static final String ORDER = Samples.ORDER;

    private final WorkflowDocument document = WorkflowDocument.of(ORDER, JsonFormat.JSON);
    private final CommandStack stack = new CommandStack();

    private void undoRestoresTheExactBytes() {
        while (stack.undoSize() > 0) {
            stack.undo();
        }
        assertThat(document.getText()).isEqualTo(ORDER);
        assertThat(document.getLayout()).isEqualTo(Layout.EMPTY);
    }

    @Test
    void setFieldReplacesOnlyThatValue() {
        assertThat(stack.push(new SetFieldCommand(document, "/States/Failed", "Error", TextNode.valueOf("Boom")))).isTrue();

        assertThat(document.getText()).isEqualTo(ORDER.replace("\"Error\": \"Oops\"", "\"Error\": \"Boom\""));
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("Set Error of Failed");
        undoRestoresTheExactBytes();
    }

    @Test
    void setFieldAppendsAMissingMemberAndRemoveTakesItAway() {
        stack.push(new SetFieldCommand(document, "/States/Failed", "Cause", TextNode.valueOf("bad")));
        assertThat(document.getText()).contains("\"Failed\": { \"Type\": \"Fail\", \"Error\": \"Oops\", \"Cause\": \"bad\" }");

        stack.push(SetFieldCommand.remove(document, "/States/Failed", "Error"));
        assertThat(document.getText()).contains("\"Failed\": { \"Type\": \"Fail\", \"Cause\": \"bad\" }");
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("Remove Error of Failed");
        undoRestoresTheExactBytes();
    }

    @Test
    void setFieldSplicesAnObjectValueIndentedLikeItsSiblings() {
        ObjectNode parameters = JsonNodeFactory.instance.objectNode().put("FunctionName", "f");
        stack.push(new SetFieldCommand(document, "/States/Charge", "Parameters", parameters));

        assertThat(document.getText()).contains("""
                            "Next": "Done",
                            "Parameters": {
                                "FunctionName": "f"
                            }
                        },
                """);
        undoRestoresTheExactBytes();
    }

    @Test
    void setFieldIsNotExecutableWhenNothingChanges() {
        assertThat(new SetFieldCommand(document, "/States/Failed", "Error", TextNode.valueOf("Oops")).isExecutable()).isFalse();
        assertThat(SetFieldCommand.remove(document, "/States/Failed", "Cause").isExecutable()).isFalse();
        assertThat(new SetFieldCommand(document, "/States/Nope", "Cause", IntNode.valueOf(1)).isExecutable()).isFalse();
    }

    @Test
    void replacingSwapsNextForEndInItsPlace() {
        stack.push(SetFieldCommand.replacing(document, "/States/Charge", "Next", "End", BooleanNode.TRUE));
        assertThat(document.getText()).isEqualTo(ORDER.replace("\"Next\": \"Done\"", "\"End\": true"));
        undoRestoresTheExactBytes();
    }

    @Test
    void setFieldReachesIntoAChoiceRule() {
        stack.push(new SetFieldCommand(document, "/States/Check/Choices/0", "Next", TextNode.valueOf("Failed")));
        assertThat(document.getText()).contains("\"NumericGreaterThan\": 100.50, \"Next\": \"Failed\"}");
        undoRestoresTheExactBytes();
    }

    @Test
    void addChoiceRuleAppendsOnItsOwnLineInTheRulesStyle() {
        assertThat(stack.push(new AddChoiceRuleCommand(document, "", "Check", "Failed"))).isTrue();

        assertThat(document.getText()).contains(
                "                {\"Variable\": \"$.amount\", \"NumericGreaterThan\": 100.50, \"Next\": \"Charge\"},\n"
                + "                {\"Variable\": \"$\", \"IsPresent\": true, \"Next\": \"Failed\"}\n"
                + "            ],");
        assertThat(document.getDiagnostics()).noneMatch(d -> d.isError());
        undoRestoresTheExactBytes();
    }

    @Test
    void addChoiceRuleFillsAnEmptyChoices() {
        String text = "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[]},\"D\":{\"Type\":\"Succeed\"}}}";
        WorkflowDocument doc = WorkflowDocument.of(text, JsonFormat.JSON);
        stack.push(new AddChoiceRuleCommand(doc, "", "C", "D"));
        assertThat(doc.getText()).contains("\"Choices\":[{\"Variable\":\"$\",\"IsPresent\":true,\"Next\":\"D\"}]");
        stack.undo();
        assertThat(doc.getText()).isEqualTo(text);
        assertThat(new AddChoiceRuleCommand(doc, "", "D", "C").isExecutable()).as("not a Choice").isFalse();
    }

    @Test
    void compositeUndoesAndRedoesAsOne() {
        CompositeCommand both = new CompositeCommand(document, "Two", List.of(
                new RenameStateCommand(document, "Done", "Finished"),
                new SetFieldCommand(document, "/States/Failed", "Error", TextNode.valueOf("X"))));
        stack.push(both);
        String after = document.getText();
        assertThat(after).contains("\"Finished\"").contains("\"Error\": \"X\"");
        assertThat(stack.undoSize()).isEqualTo(1);
        stack.undo();
        assertThat(document.getText()).isEqualTo(ORDER);
        stack.redo();
        assertThat(document.getText()).isEqualTo(after);
        undoRestoresTheExactBytes();
    }

    @Test
    void aCompositeWhosePartFailsChangesNothing() {
        CompositeCommand broken = new CompositeCommand(document, "Broken", List.of(
                new RenameStateCommand(document, "Done", "Finished"),
                new RenameStateCommand(document, "Done", "Again")));
        assertThatThrownBy(() -> stack.push(broken)).isInstanceOf(IllegalStateException.class);
        assertThat(document.getText()).isEqualTo(ORDER);
        assertThat(stack.undoSize()).isZero();
    }

    @Test
    void insertPutsANewStateIntoATransition() {
        ObjectNode pass = JsonNodeFactory.instance.objectNode().put("Type", "Pass").put("End", true);
        Command insert = StateTransfers.insert(document, "", "/States/Charge/Next", "Audit", pass,
                new Layout.Point(1, 2)).orElseThrow();
        stack.push(insert);

        assertThat(document.getMachine().states().get("Charge").transition().next()).isEqualTo("Audit");
        assertThat(document.getMachine().states().get("Audit").transition().next()).isEqualTo("Done");
        assertThat(document.getText()).contains("\"Type\": \"Pass\",\n            \"Next\": \"Done\"");
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("Insert State Audit");
        assertThat(stack.undoSize()).isEqualTo(1);
        undoRestoresTheExactBytes();
    }

    @Test
    void insertIntoAChoiceRuleAndACatcher() {
        ObjectNode pass = JsonNodeFactory.instance.objectNode().put("Type", "Pass").put("End", true);
        stack.push(StateTransfers.insert(document, "", "/States/Check/Choices/0/Next", "Log", pass, null).orElseThrow());
        stack.push(StateTransfers.insert(document, "", "/States/Charge/Catch/0/Next", "Notify", pass, null).orElseThrow());

        assertThat(document.getText()).contains("\"Next\": \"Log\"}").contains("\"Next\": \"Notify\" }");
        assertThat(document.getDiagnostics()).noneMatch(d -> d.isError());
        undoRestoresTheExactBytes();
    }

    @Test
    void aChoiceInsertedLeadsOnThroughItsDefaultAndAnEndStateCannotBeInserted() {
        ObjectNode choice = JsonNodeFactory.instance.objectNode().put("Type", "Choice");
        choice.putArray("Choices");
        assertThat(StateTransfers.leadingTo(choice, "Done").toString())
                .isEqualTo("{\"Type\":\"Choice\",\"Choices\":[],\"Default\":\"Done\"}");
        ObjectNode fail = JsonNodeFactory.instance.objectNode().put("Type", "Fail");
        assertThat(StateTransfers.insert(document, "", "/States/Charge/Next", "F", fail, null)).isEmpty();
    }

    @Test
    void copyThenPasteRenamesAndRewiresInternalReferences() {
        String copied = StateTransfers.copy(document, "", List.of("Charge", "Failed"));
        var states = StateTransfers.read(copied).orElseThrow();
        assertThat(states).containsOnlyKeys("Charge", "Failed");

        StateTransfers.Paste paste = StateTransfers.paste(document, "", states,
                name -> new Layout.Point(100, 200)).orElseThrow();
        stack.push(paste.command());

        assertThat(paste.names()).isEqualTo(Map.of("Charge", "Charge 2", "Failed", "Failed 2"));
        var charge2 = document.getJson().root().at("/States/Charge 2");
        assertThat(charge2.at("/Catch/0/Next").asText()).as("internal reference follows").isEqualTo("Failed 2");
        assertThat(charge2.path("Next").asText()).as("outside reference kept").isEqualTo("Done");
        assertThat(document.getLayout().position("Failed 2")).contains(new Layout.Point(100, 200));
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("Paste 2 States");
        undoRestoresTheExactBytes();
    }

    @Test
    void pasteIntoAnotherDocumentEndsWhereTheTargetIsMissing() {
        String copied = StateTransfers.copy(document, "", List.of("Charge"));
        WorkflowDocument other = WorkflowDocument.of(
                "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\"Type\": \"Succeed\"}\n  }\n}\n", JsonFormat.JSON);
        stack.push(StateTransfers.paste(other, "", StateTransfers.read(copied).orElseThrow(), name -> null)
                .orElseThrow().command());

        var charge = other.getJson().root().at("/States/Charge");
        assertThat(charge.has("Next")).isFalse();
        assertThat(charge.path("End").asBoolean()).isTrue();
        assertThat(other.isStale()).isFalse();
    }

    @Test
    void readAcceptsOneStateOrAWholeDefinitionAndRejectsOtherText() {
        assertThat(StateTransfers.read("{\"Type\": \"Pass\", \"End\": true}").orElseThrow()).containsOnlyKeys("State");
        assertThat(StateTransfers.read(ORDER).orElseThrow()).containsOnlyKeys("Check", "Charge", "Failed", "Done");
        assertThat(StateTransfers.read("hello")).isEmpty();
        assertThat(StateTransfers.read("{\"a\": 1}")).isEmpty();
    }

    @Test
    void uniqueNamesCountUp() {
        assertThat(StateNames.unique("Task", Set.of())).isEqualTo("Task");
        assertThat(StateNames.unique("Task", Set.of("Task"))).isEqualTo("Task 2");
        assertThat(StateNames.unique("Task", Set.of("Task", "Task 2"))).isEqualTo("Task 3");
        assertThat(StateNames.unique("Task 2", Set.of("Task", "Task 2"))).isEqualTo("Task 3");
    }
}
