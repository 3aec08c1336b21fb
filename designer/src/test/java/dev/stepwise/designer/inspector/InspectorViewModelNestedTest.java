package dev.stepwise.designer.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.designer.canvas.selection.Selection;
import dev.stepwise.designer.command.CommandStack;
import dev.stepwise.designer.command.MoveNodesCommand;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectorViewModelNestedTest {

    private static final String B0 = "/States/P/Branches/0";
    private static final String B1 = "/States/P/Branches/1";
    private static final String M = "/States/M/ItemProcessor";

    /** "Check" is a state of the top level, of both branches and of the Map's processor. */
    private static final String DEFINITION = """
            {
              "StartAt": "P",
              "States": {
                "P": {
                  "Type": "Parallel",
                  "Branches": [
                    {
                      "StartAt": "Fetch",
                      "States": {
                        "Fetch": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Check" },
                        "Check": { "Type": "Pass", "Next": "Save" },
                        "Save": { "Type": "Pass", "End": true }
                      }
                    },
                    {
                      "StartAt": "Check",
                      "States": {
                        "Check": { "Type": "Pass", "End": true }
                      }
                    }
                  ],
                  "Next": "Check"
                },
                "Check": { "Type": "Pass", "Next": "M" },
                "M": {
                  "Type": "Map",
                  "ItemProcessor": {
                    "StartAt": "Check",
                    "States": {
                      "Check": { "Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true }
                    }
                  },
                  "End": true
                }
              }
            }
            """;

    private final WorkflowDocument document = WorkflowDocument.of(DEFINITION, JsonFormat.JSON);
    private final CommandStack commands = new CommandStack();
    private final Selection selection = new Selection();
    private final InspectorViewModel inspector = new InspectorViewModel(document, commands, selection);

    private JsonNode root() {
        return document.getJson().root();
    }

    @Test
    void showsTheFieldsOfANestedState() {
        selection.select(B0 + "#Fetch");

        assertThat(inspector.getStateName()).isEqualTo("Fetch");
        assertThat(inspector.type()).isEqualTo("Task");
        assertThat(inspector.text("Resource")).isEqualTo("arn:aws:states:::lambda:invoke");
        assertThat(inspector.next()).isEqualTo("Check");
        assertThat(inspector.scope()).isEqualTo(B0);
        assertThat(inspector.pointer()).isEqualTo(B0 + "/States/Fetch");
        assertThat(inspector.isEditable()).isTrue();
    }

    @Test
    void aNestedStateIsNotTheTopLevelStateOfTheSameName() {
        selection.select(M + "#Check");
        assertThat(inspector.getStateName()).isEqualTo("Check");
        assertThat(inspector.type()).isEqualTo("Task");
        assertThat(inspector.text("Resource")).isEqualTo("arn:aws:states:::sns:publish");
        assertThat(inspector.next()).isEqualTo(InspectorViewModel.END);
        assertThat(inspector.pointer()).isEqualTo(M + "/States/Check");

        selection.select("Check");
        assertThat(inspector.type()).isEqualTo("Pass");
        assertThat(inspector.text("Resource")).isEmpty();
        assertThat(inspector.next()).isEqualTo("M");
        assertThat(inspector.scope()).isEmpty();
        assertThat(inspector.pointer()).isEqualTo("/States/Check");

        selection.select(B1 + "#Check");
        assertThat(inspector.type()).isEqualTo("Pass");
        assertThat(inspector.next()).isEqualTo(InspectorViewModel.END);
        assertThat(inspector.scope()).isEqualTo(B1);
    }

    @Test
    void anUnknownKeyShowsNothing() {
        selection.select(B1 + "#Fetch");

        assertThat(inspector.getStateName()).isNull();
        assertThat(inspector.state().isMissingNode()).isTrue();
        assertThat(inspector.pointer()).isEmpty();
    }

    @Test
    void theTargetsAreTheStatesOfItsBranch() {
        selection.select(B0 + "#Check");
        assertThat(inspector.targets()).containsExactly("Fetch", "Check", "Save");

        selection.select(B1 + "#Check");
        assertThat(inspector.targets()).containsExactly("Check");

        selection.select(M + "#Check");
        assertThat(inspector.targets()).containsExactly("Check");

        selection.select("Check");
        assertThat(inspector.targets()).containsExactly("P", "Check", "M");
    }

    @Test
    void renameStaysInTheBranchAndReselectsTheNewKey() {
        selection.select(B0 + "#Check");

        assertThat(inspector.rename("Verify")).isTrue();

        assertThat(selection.items()).containsExactly(B0 + "#Verify");
        assertThat(inspector.getStateName()).isEqualTo("Verify");
        assertThat(inspector.scope()).isEqualTo(B0);
        assertThat(inspector.next()).isEqualTo("Save");
        assertThat(root().at(B0 + "/States").has("Check")).isFalse();
        assertThat(root().at(B0 + "/States/Fetch/Next").asText()).isEqualTo("Verify");
        // Every other Check stays, and so do the references to them.
        assertThat(root().at("/States/Check/Next").asText()).isEqualTo("M");
        assertThat(root().at("/States/P/Next").asText()).isEqualTo("Check");
        assertThat(root().at(B1 + "/StartAt").asText()).isEqualTo("Check");
        assertThat(root().at(B1 + "/States").has("Check")).isTrue();
        assertThat(root().at(M + "/StartAt").asText()).isEqualTo("Check");
        assertThat(document.getText()).contains("\"Check\": { \"Type\": \"Pass\", \"Next\": \"M\" }")
                .contains("\"Verify\": { \"Type\": \"Pass\", \"Next\": \"Save\" }");

        commands.undo();
        assertThat(document.getText()).isEqualTo(DEFINITION);
    }

    @Test
    void renamingTheStartOfABranchRenamesItsStartAt() {
        selection.select(B1 + "#Check");

        assertThat(inspector.rename("Inspect")).isTrue();

        assertThat(root().at(B1 + "/StartAt").asText()).isEqualTo("Inspect");
        assertThat(root().at("/States/P/Next").asText()).isEqualTo("Check");
        assertThat(root().at(B0 + "/States/Fetch/Next").asText()).isEqualTo("Check");
        assertThat(selection.items()).containsExactly(B1 + "#Inspect");
    }

    @Test
    void aNameTakenInTheBranchIsRefusedButOneTakenElsewhereIsNot() {
        selection.select(B0 + "#Save");
        assertThat(inspector.rename("Fetch")).isFalse();
        assertThat(document.getText()).isEqualTo(DEFINITION);
        assertThat(selection.items()).containsExactly(B0 + "#Save");

        // "M" is a top-level name only.
        assertThat(inspector.rename("M")).isTrue();
        assertThat(root().at(B0 + "/States/Check/Next").asText()).isEqualTo("M");
        assertThat(selection.items()).containsExactly(B0 + "#M");
    }

    @Test
    void setNextConnectsWithinTheBranch() {
        selection.select(B0 + "#Fetch");

        assertThat(inspector.setNext("Save")).isTrue();

        assertThat(root().at(B0 + "/States/Fetch/Next").asText()).isEqualTo("Save");
        assertThat(inspector.next()).isEqualTo("Save");
        assertThat(root().at("/States/Check/Next").asText()).isEqualTo("M");
        assertThat(root().at("/States/P/Next").asText()).isEqualTo("Check");

        assertThat(inspector.setNext(InspectorViewModel.END)).isTrue();
        assertThat(root().at(B0 + "/States/Fetch").has("Next")).isFalse();
        assertThat(root().at(B0 + "/States/Fetch/End").asBoolean()).isTrue();
        assertThat(root().at("/States/Check/Next").asText()).isEqualTo("M");
    }

    @Test
    void setNextRefusesATargetOutsideTheBranch() {
        selection.select(B0 + "#Fetch");

        // "M" is a top-level state: a transition cannot leave its branch.
        assertThat(inspector.setNext("M")).isFalse();

        assertThat(document.getText()).isEqualTo(DEFINITION);
    }

    @Test
    void aRenamedNestedStateKeepsItsManualPosition() {
        Layout.Point moved = new Layout.Point(12, 34);
        commands.push(new MoveNodesCommand(document, Map.of(B0 + "#Check", moved, "Check", new Layout.Point(1, 2))));
        selection.select(B0 + "#Check");

        assertThat(inspector.rename("Verify")).isTrue();

        assertThat(document.getLayout().positions()).containsOnlyKeys(B0 + "#Verify", "Check");
        assertThat(document.getLayout().position(B0 + "#Verify")).hasValue(moved);
    }

    @Test
    void theStatesInsideARenamedContainerKeepTheirManualPositions() {
        Layout.Point fetch = new Layout.Point(12, 34);
        Layout.Point check = new Layout.Point(56, 78);
        Layout.Point container = new Layout.Point(300, 400);
        commands.push(new MoveNodesCommand(document, Map.of(B0 + "#Fetch", fetch, B1 + "#Check", check,
                "P", container, M + "#Check", new Layout.Point(9, 9))));
        selection.select("P");

        assertThat(inspector.rename("Q")).isTrue();

        assertThat(root().at("/States/Q/Branches/0/States/Fetch/Type").asText()).isEqualTo("Task");
        assertThat(document.getLayout().positions()).containsOnlyKeys("Q", "/States/Q/Branches/0#Fetch",
                "/States/Q/Branches/1#Check", M + "#Check");
        assertThat(document.getLayout().position("Q")).hasValue(container);
        assertThat(document.getLayout().position("/States/Q/Branches/0#Fetch")).hasValue(fetch);
        assertThat(document.getLayout().position("/States/Q/Branches/1#Check")).hasValue(check);
        assertThat(document.getLayout().position(M + "#Check")).hasValue(new Layout.Point(9, 9));

        commands.undo();
        assertThat(document.getLayout().position(B0 + "#Fetch")).hasValue(fetch);
        assertThat(document.getLayout().positions()).doesNotContainKey("Q");
    }
}
