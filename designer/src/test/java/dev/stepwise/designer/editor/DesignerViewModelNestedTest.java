package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.designer.command.MoveNodesCommand;
import dev.stepwise.designer.command.StateReference;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonFormat;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignerViewModelNestedTest {

    static final String B0 = "/States/P/Branches/0";
    static final String B1 = "/States/P/Branches/1";

    /** "Check" is a state of the top level and of both branches. */
    static final String DEFINITION = """
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
                "Check": { "Type": "Pass", "Next": "Done" },
                "Done": { "Type": "Succeed" }
              }
            }
            """;

    static final String BRANCH_CHECK = "\"Check\": { \"Type\": \"Pass\", \"Next\": \"Save\" }";
    static final String TOP_CHECK = "\"Check\": { \"Type\": \"Pass\", \"Next\": \"Done\" }";

    private final DesignerViewModel viewModel = new DesignerViewModel(WorkflowDocument.of(DEFINITION, JsonFormat.JSON));

    private String text() {
        return viewModel.document().getText();
    }

    private JsonNode root() {
        return viewModel.document().getJson().root();
    }

    @Test
    void theStateAtAnOffsetIsTheInnermost() {
        int inBranchCheck = DEFINITION.indexOf(BRANCH_CHECK) + BRANCH_CHECK.indexOf("Pass");
        int inSave = DEFINITION.indexOf("\"Save\": {") + 3;
        int inSecondBranch = DEFINITION.indexOf("\"Check\": { \"Type\": \"Pass\", \"End\": true }") + 20;
        int parallelType = DEFINITION.indexOf("\"Type\": \"Parallel\"");
        int parallelNext = DEFINITION.indexOf("\"Next\": \"Check\"\n");
        int branchesKey = DEFINITION.indexOf("\"Branches\"");
        int topCheck = DEFINITION.indexOf(TOP_CHECK) + 5;

        assertThat(viewModel.stateAt(inBranchCheck)).hasValue(B0 + "#Check");
        assertThat(viewModel.stateAt(inSave)).hasValue(B0 + "#Save");
        assertThat(viewModel.stateAt(inSecondBranch)).hasValue(B1 + "#Check");
        assertThat(viewModel.stateAt(parallelType)).hasValue("P");
        assertThat(viewModel.stateAt(parallelNext)).hasValue("P");
        assertThat(viewModel.stateAt(branchesKey)).hasValue("P");
        assertThat(viewModel.stateAt(topCheck)).hasValue("Check");
        assertThat(viewModel.stateAt(DEFINITION.indexOf("\"StartAt\": \"P\""))).isEmpty();
    }

    @Test
    void theKeyRangeOfANestedStateIsItsOwnKey() {
        int[] range = viewModel.keyRangeOf(B0 + "#Check").orElseThrow();

        assertThat(range[0]).isEqualTo(DEFINITION.indexOf(BRANCH_CHECK));
        assertThat(DEFINITION.substring(range[0], range[1])).isEqualTo("\"Check\"");

        int[] second = viewModel.keyRangeOf(B1 + "#Check").orElseThrow();
        assertThat(second[0]).isEqualTo(DEFINITION.indexOf("\"Check\": { \"Type\": \"Pass\", \"End\": true }"));
        int[] top = viewModel.keyRangeOf("Check").orElseThrow();
        assertThat(top[0]).isEqualTo(DEFINITION.indexOf(TOP_CHECK));
        assertThat(viewModel.keyRangeOf(B1 + "#Save")).isEmpty();
    }

    @Test
    void findLooksIntoEveryScope() {
        assertThat(viewModel.find("check")).containsExactly("Check", B0 + "#Check", B1 + "#Check");
        assertThat(viewModel.find("sav")).containsExactly(B0 + "#Save");
        assertThat(viewModel.find("e")).containsExactly("Check", "Done", B0 + "#Fetch", B0 + "#Check", B0 + "#Save",
                B1 + "#Check");
        // Equal first, then starting with it, then containing it, whatever the scope.
        assertThat(viewModel.find("ch")).containsExactly("Check", B0 + "#Check", B1 + "#Check", B0 + "#Fetch");
        assertThat(viewModel.find("zzz")).isEmpty();
    }

    @Test
    void referencesToANestedStateAreThoseOfItsBranch() {
        assertThat(viewModel.referencesTo(Set.of(B0 + "#Check"))).containsExactly(
                new StateReference(B0 + "/States/Fetch/Next", "Fetch", "Check"));
        assertThat(viewModel.referencesTo(Set.of(B1 + "#Check"))).containsExactly(
                new StateReference(B1 + "/StartAt", null, "Check"));
        assertThat(viewModel.referencesTo(Set.of("Check"))).containsExactly(
                new StateReference("/States/P/Next", "P", "Check"));
        // Deleting both Check and Save of branch 0 leaves only Fetch's Next dangling.
        assertThat(viewModel.referencesTo(Set.of(B0 + "#Check", B0 + "#Save"))).containsExactly(
                new StateReference(B0 + "/States/Fetch/Next", "Fetch", "Check"));
    }

    @Test
    void deletingANestedStateRemovesItFromItsBranchOnly() {
        viewModel.selection().select(B0 + "#Check");

        assertThat(viewModel.delete(Set.of(B0 + "#Check"), "Save")).isTrue();

        assertThat(root().at(B0 + "/States").has("Check")).isFalse();
        assertThat(root().at(B0 + "/States/Fetch/Next").asText()).isEqualTo("Save");
        assertThat(root().at(B1 + "/States").has("Check")).isTrue();
        assertThat(root().at("/States/Check/Next").asText()).isEqualTo("Done");
        assertThat(root().at("/States/P/Next").asText()).isEqualTo("Check");
        assertThat(text()).contains(TOP_CHECK).doesNotContain(BRANCH_CHECK);
        assertThat(viewModel.selection().items()).isEmpty();

        viewModel.undo();

        assertThat(text()).isEqualTo(DEFINITION);
    }

    @Test
    void deletingANestedStateThatIsStillReferencedNeedsAReplacement() {
        assertThat(viewModel.delete(Set.of(B0 + "#Check"), null)).isFalse();
        assertThat(text()).isEqualTo(DEFINITION);
        // The replacement is a state of the same branch: "Done" is only a top-level name.
        assertThat(viewModel.delete(Set.of(B0 + "#Check"), "Done")).isFalse();
        assertThat(text()).isEqualTo(DEFINITION);
        assertThat(viewModel.commands().undoSize()).isZero();
    }

    @Test
    void statesOfTwoScopesAreNotDeletedTogether() {
        assertThat(viewModel.delete(Set.of("Done", B0 + "#Save"), null)).isFalse();

        assertThat(viewModel.statusProperty().get()).isEqualTo("Delete the states of one branch at a time");
        assertThat(text()).isEqualTo(DEFINITION);
        assertThat(viewModel.commands().undoSize()).isZero();
        assertThat(viewModel.scopeOf(Set.of("Done", B0 + "#Save"))).isEmpty();
        assertThat(viewModel.scopeOf(Set.of(B0 + "#Check", B0 + "#Save"))).hasValue(B0);
        assertThat(viewModel.referencesTo(Set.of("Done", B0 + "#Save"))).isEmpty();
        assertThat(viewModel.copy(Set.of("Done", B0 + "#Save"))).isEmpty();
    }

    @Test
    void aCopiedNestedStateIsPastedIntoItsBranchUnderAFreshName() {
        viewModel.selection().select(B0 + "#Check");
        String copied = viewModel.copy(viewModel.selection().items());
        assertThat(copied).contains("\"Check\"").contains("\"Save\"").doesNotContain("Done");

        Set<String> pasted = viewModel.paste(copied, name -> null).orElseThrow();

        assertThat(pasted).containsExactly(B0 + "#Check 2");
        assertThat(viewModel.selection().items()).containsExactly(B0 + "#Check 2");
        assertThat(root().at(B0 + "/States/Check 2/Type").asText()).isEqualTo("Pass");
        // Save is a state of the branch, so the pasted state still goes there.
        assertThat(root().at(B0 + "/States/Check 2/Next").asText()).isEqualTo("Save");
        assertThat(root().at("/States").has("Check 2")).isFalse();
        assertThat(root().at(B1 + "/States").has("Check 2")).isFalse();
        assertThat(viewModel.stateNames(B0)).containsExactly("Fetch", "Check", "Save", "Check 2");
        assertThat(viewModel.stateNames()).containsExactly("P", "Check", "Done");

        viewModel.undo();
        assertThat(text()).isEqualTo(DEFINITION);
    }

    @Test
    void deletingAContainerForgetsThePlacesOfTheStatesInsideIt() {
        Map<String, Layout.Point> moved = Map.of(B0 + "#Fetch", new Layout.Point(12, 34),
                B1 + "#Check", new Layout.Point(5, 6), "P", new Layout.Point(100, 100), "Done", new Layout.Point(7, 8));
        viewModel.push(new MoveNodesCommand(viewModel.document(), moved));

        assertThat(viewModel.delete(Set.of("P"), "Check")).isTrue();

        assertThat(root().at("/StartAt").asText()).isEqualTo("Check");
        assertThat(viewModel.document().getLayout().positions()).containsOnlyKeys("Done");

        viewModel.undo();
        assertThat(text()).isEqualTo(DEFINITION);
        assertThat(viewModel.document().getLayout().positions()).isEqualTo(moved);
    }

    @Test
    void deletingANestedStateForgetsItsPlaceOnly() {
        Map<String, Layout.Point> moved = Map.of(B0 + "#Save", new Layout.Point(12, 34),
                "Check", new Layout.Point(5, 6), B1 + "#Check", new Layout.Point(7, 8));
        viewModel.push(new MoveNodesCommand(viewModel.document(), moved));

        assertThat(viewModel.delete(Set.of(B0 + "#Check"), "Save")).isTrue();

        assertThat(viewModel.document().getLayout().positions()).isEqualTo(moved);
        assertThat(viewModel.delete(Set.of(B0 + "#Save"), "Fetch")).isTrue();
        assertThat(viewModel.document().getLayout().positions()).containsOnlyKeys("Check", B1 + "#Check");
    }
}
