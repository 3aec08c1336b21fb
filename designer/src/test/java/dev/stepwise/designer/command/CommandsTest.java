package dev.stepwise.designer.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonFormat;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandsTest {

    static final String ORDER = Samples.ORDER;

    private final WorkflowDocument document = WorkflowDocument.of(ORDER, JsonFormat.JSON);
    private final CommandStack stack = new CommandStack();

    @Test
    void renameFollowsEveryReferenceAndChangesNothingElse() {
        assertThat(stack.push(new RenameStateCommand(document, "Done", "Finished"))).isTrue();

        assertThat(document.getText()).isEqualTo(ORDER.replace("\"Done\"", "\"Finished\""));
        assertThat(document.getMachine().states()).containsKeys("Finished").doesNotContainKey("Done");
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("Rename State Done to Finished");
    }

    @Test
    void renameOfTheStartStateChangesStartAtAndCatchNext() {
        stack.push(new RenameStateCommand(document, "Check", "Decide"));
        stack.push(new RenameStateCommand(document, "Failed", "Broken"));

        assertThat(document.getMachine().startAt()).isEqualTo("Decide");
        assertThat(document.getText()).contains("\"Next\": \"Broken\" }").contains("\"Broken\": { \"Type\": \"Fail\"");
    }

    @Test
    void renameToAnExistingNameIsNotExecutable() {
        assertThat(new RenameStateCommand(document, "Done", "Charge").isExecutable()).isFalse();
        assertThat(new RenameStateCommand(document, "Done", "Done").isExecutable()).isFalse();
        assertThat(new RenameStateCommand(document, "Missing", "X").isExecutable()).isFalse();
        assertThat(stack.push(new RenameStateCommand(document, "Done", "Charge"))).isFalse();
    }

    @Test
    void addStateAppendsIndentedLikeItsSiblings() {
        ObjectNode pass = JsonNodeFactory.instance.objectNode().put("Type", "Pass").put("End", true);
        stack.push(new AddStateCommand(document, "", "Audit", pass, new Layout.Point(10, 20)));

        assertThat(document.getText()).contains("""
                        "Done": { "Type": "Succeed" },
                        "Audit": {
                            "Type": "Pass",
                            "End": true
                        }
                    }
                }
                """);
        assertThat(document.getLayout().position("Audit")).contains(new Layout.Point(10, 20));
        stack.undo();
        assertThat(document.getText()).isEqualTo(ORDER);
        assertThat(document.getLayout().isEmpty()).isTrue();
    }

    @Test
    void connectReplacesEndInItsPlace() {
        String text = """
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true, "Comment": "x"}, "B": {"Type": "Succeed"}}}
                """;
        WorkflowDocument doc = WorkflowDocument.of(text, JsonFormat.JSON);
        stack.push(new ConnectCommand(doc, "A", "B"));
        assertThat(doc.getText()).isEqualTo(text.replace("\"End\": true", "\"Next\": \"B\""));
        assertThat(new ConnectCommand(doc, "A", "B").isExecutable()).as("no-op").isFalse();
    }

    @Test
    void connectSetsTheDefaultOfAChoice() {
        stack.push(new ConnectCommand(document, "", "Check", "Charge", ConnectCommand.Kind.DEFAULT));
        assertThat(document.getText()).contains("\"Default\": \"Charge\"");
        assertThat(new ConnectCommand(document, "Check", "Done").isExecutable()).as("a Choice has no Next").isFalse();
        assertThat(new ConnectCommand(document, "Done", "Check").isExecutable()).as("Succeed has no Next").isFalse();
    }

    @Test
    void removeRefusesToLeaveDanglingReferences() {
        RemoveStatesCommand remove = new RemoveStatesCommand(document, Set.of("Done"));

        assertThat(remove.isExecutable()).isFalse();
        assertThat(remove.danglingReferences()).extracting(StateReference::pointer)
                .containsExactly("/States/Check/Default", "/States/Charge/Next");
        assertThat(stack.push(remove)).isFalse();
        assertThat(document.getText()).isEqualTo(ORDER);
    }

    @Test
    void removeRedirectsReferencesToTheReplacement() {
        stack.push(new RemoveStatesCommand(document, "", Set.of("Failed"), "Done"));

        assertThat(document.getText()).contains("\"Catch\": [ { \"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Done\" } ]")
                .doesNotContain("Failed");
        assertThat(document.isStale()).isFalse();
        stack.undo();
        assertThat(document.getText()).isEqualTo(ORDER);
    }

    @Test
    void removingStatesThatOnlyReferEachOtherNeedsNoReplacement() {
        String text = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"},\"B\":{\"Type\":\"Pass\",\"Next\":\"C\"},"
                + "\"C\":{\"Type\":\"Pass\",\"Next\":\"B\"}}}";
        WorkflowDocument doc = WorkflowDocument.of(text, JsonFormat.JSON);
        stack.push(new RemoveStatesCommand(doc, Set.of("B", "C")));
        assertThat(doc.getText()).isEqualTo("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}");
        stack.undo();
        assertThat(doc.getText()).isEqualTo(text);
    }

    @Test
    void moveChangesTheLayoutOnlyAndUndoRestoresIt() {
        stack.push(new MoveNodesCommand(document, Map.of("Check", new Layout.Point(5, 6))));
        assertThat(document.getText()).isEqualTo(ORDER);
        assertThat(document.isDirty()).isTrue();
        stack.undo();
        assertThat(document.getLayout()).isEqualTo(Layout.EMPTY);
        assertThat(document.isDirty()).isFalse();
        stack.redo();
        assertThat(document.getLayout().position("Check")).contains(new Layout.Point(5, 6));
    }

    @Test
    void replaceTextKeepsTheLastGoodModelWhileStale() {
        stack.push(new ReplaceTextCommand(document, ORDER.replace("\"Type\": \"Succeed\" }", "\"Type\": ")));
        assertThat(document.isStale()).isTrue();
        assertThat(document.getMachine().states()).containsKey("Done");
        assertThat(document.getDiagnostics()).isNotEmpty();
        assertThat(new RenameStateCommand(document, "Done", "X").isExecutable()).as("stale text").isFalse();
        stack.undo();
        assertThat(document.isStale()).isFalse();
        assertThat(document.getText()).isEqualTo(ORDER);
    }

    @Test
    void redoIsClearedByANewCommandAndTheStackIsBounded() {
        CommandStack small = new CommandStack(2);
        small.push(new RenameStateCommand(document, "Done", "D1"));
        small.push(new RenameStateCommand(document, "D1", "D2"));
        small.push(new RenameStateCommand(document, "D2", "D3"));
        assertThat(small.undoSize()).isEqualTo(2);
        small.undo();
        assertThat(small.redoDescriptionProperty().get()).isEqualTo("Rename State D2 to D3");
        small.push(new RenameStateCommand(document, "D2", "D4"));
        assertThat(small.redoSize()).isZero();
        assertThat(small.canRedoProperty().get()).isFalse();
    }

    @Test
    void aCommandThatPushesAnotherIsRejected() {
        Command reentrant = new Command(document) {
            @Override
            public boolean isExecutable() {
                return true;
            }

            @Override
            public void execute() {
                stack.push(new RenameStateCommand(document, "Done", "X"));
            }

            @Override
            public void undo() {
            }

            @Override
            public void redo() {
            }

            @Override
            public String description() {
                return "Bad";
            }
        };
        assertThatThrownBy(() -> stack.push(reentrant)).isInstanceOf(IllegalStateException.class);
        assertThat(document.getText()).isEqualTo(ORDER);
        assertThat(stack.undoSize()).isZero();
    }
}
