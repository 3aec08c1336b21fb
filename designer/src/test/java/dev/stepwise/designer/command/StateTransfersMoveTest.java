package dev.stepwise.designer.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.asl.model.ParallelState;
import dev.stepwise.engine.json.JsonFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Moving a state to another scope: what led to it leads past it, and a moved container keeps its inside arranged. */
class StateTransfersMoveTest {

    static final String DEFINITION = """
            {
              "StartAt": "M",
              "States": {
                "M": {
                  "Type": "Map",
                  "ItemProcessor": {
                    "StartAt": "A",
                    "States": {
                      "A": { "Type": "Pass", "Next": "B" },
                      "B": { "Type": "Pass", "End": true }
                    }
                  },
                  "Next": "P"
                },
                "P": {
                  "Type": "Parallel",
                  "Branches": [ { "StartAt": "X", "States": { "X": { "Type": "Pass", "End": true } } } ],
                  "End": true
                }
              }
            }
            """;
    static final String INSIDE_M = "/States/M/ItemProcessor#A";
    static final String BRANCH = "/States/P/Branches/0";

    @Test
    void aMovedContainerKeepsThePlacesOfTheStatesInsideIt() {
        WorkflowDocument document = WorkflowDocument.of(DEFINITION, JsonFormat.JSON);
        CommandStack stack = new CommandStack();
        stack.push(new MoveNodesCommand(document, Map.of(INSIDE_M, new Layout.Point(10, 20), "P",
                new Layout.Point(300, 400))));
        Layout before = document.getLayout();

        StateTransfers.Paste move = StateTransfers.move(document, "", List.of("M"), BRANCH, name -> null).orElseThrow();
        assertThat(stack.push(move.command())).isTrue();

        ParallelState parallel = (ParallelState) document.getMachine().state("P");
        assertThat(document.getMachine().startAt()).as("what led to M leads on past it").isEqualTo("P");
        assertThat(parallel.branches().get(0).states()).containsKeys("X", "M");
        assertThat(document.getLayout().position(BRANCH + "/States/M/ItemProcessor#A"))
                .contains(new Layout.Point(10, 20));
        assertThat(document.getLayout().position(INSIDE_M)).isEmpty();
        assertThat(document.getLayout().position("P")).contains(new Layout.Point(300, 400));

        stack.undo();
        assertThat(document.getText()).isEqualTo(DEFINITION);
        assertThat(document.getLayout()).isEqualTo(before);
    }

    @Test
    void aStateCannotMoveIntoItself() {
        WorkflowDocument document = WorkflowDocument.of(DEFINITION, JsonFormat.JSON);

        assertThat(StateTransfers.move(document, "", List.of("P"), BRANCH, name -> null)).isEmpty();
        assertThat(StateTransfers.move(document, "", List.of("P"), "", name -> null)).as("the same scope").isEmpty();
    }
}
