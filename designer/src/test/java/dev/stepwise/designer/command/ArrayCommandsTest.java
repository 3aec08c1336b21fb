package dev.stepwise.designer.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonFormat;
import org.junit.jupiter.api.Test;

/** The element and key commands the Choice rule builder uses, on compact and pretty arrays. */
class ArrayCommandsTest {

    private static final String TEXT = """
            {
              "StartAt": "P",
              "States": {
                "P": {
                  "Type": "Pass",
                  "Inline": [1, 2, 3],
                  "Lines": [
                    {"a": 1},
                    {"b": 2}
                  ],
                  "One": ["x"],
                  "Rule": {"And": [{"v": 1}], "Next": "N"},
                  "End": true
                }
              }
            }
            """;

    private final WorkflowDocument document = WorkflowDocument.of(TEXT, JsonFormat.JSON);
    private final CommandStack stack = new CommandStack();

    private void undoAll() {
        while (stack.undoSize() > 0) {
            stack.undo();
        }
        assertThat(document.getText()).isEqualTo(TEXT);
    }

    @Test
    void removeElementTakesItsSeparatorWithItWhereverItStands() {
        assertThat(stack.push(new RemoveElementCommand(document, "/States/P/Inline", 1, "Remove"))).isTrue();
        assertThat(stack.push(new RemoveElementCommand(document, "/States/P/Inline", 0, "Remove"))).isTrue();
        assertThat(document.getText()).contains("\"Inline\": [3],");
        assertThat(stack.push(new RemoveElementCommand(document, "/States/P/Lines", 0, "Remove"))).isTrue();
        assertThat(document.getText()).contains("\"Lines\": [\n        {\"b\": 2}\n      ],");
        assertThat(stack.push(new RemoveElementCommand(document, "/States/P/One", 0, "Remove"))).isTrue();
        assertThat(document.getText()).contains("\"One\": [],");
        assertThat(stack.push(new RemoveElementCommand(document, "/States/P/One", 0, "Remove"))).as("nothing left").isFalse();
        undoAll();
    }

    @Test
    void appendElementFollowsTheLayoutOfItsNeighbours() {
        ObjectNode c = JsonNodeFactory.instance.objectNode().put("c", 3);
        stack.push(new AppendElementCommand(document, "/States/P/Lines", c, "Add"));
        assertThat(document.getText()).contains("{\"b\": 2},\n        {\"c\": 3}\n      ],");
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("Add");
        undoAll();
    }

    @Test
    void renameMemberKeepsTheValueBytesAndRefusesToClobber() {
        assertThat(stack.push(new RenameMemberCommand(document, "/States/P/Rule", "And", "Or"))).isTrue();
        assertThat(document.getText()).isEqualTo(TEXT.replace("\"And\"", "\"Or\""));
        assertThat(stack.push(new RenameMemberCommand(document, "/States/P/Rule", "Or", "Next"))).isFalse();
        assertThat(stack.push(new RenameMemberCommand(document, "/States/P/Rule", "Missing", "X"))).isFalse();
        undoAll();
    }

    @Test
    void replaceValueKeepsAOneLineValueOnOneLine() {
        ObjectNode not = JsonNodeFactory.instance.objectNode();
        not.putObject("Not").put("v", 1);
        not.put("Next", "N");
        assertThat(stack.push(new ReplaceValueCommand(document, "/States/P/Rule", not, "Wrap"))).isTrue();
        assertThat(document.getText()).contains("\"Rule\": {\"Not\": {\"v\": 1}, \"Next\": \"N\"},\n");
        assertThat(stack.push(new ReplaceValueCommand(document, "/States/P/Rule", not, "Wrap"))).as("no change").isFalse();

        ObjectNode two = JsonNodeFactory.instance.objectNode().put("z", 0);
        stack.push(new ReplaceValueCommand(document, "/States/P/Lines/1", two, "Replace"));
        assertThat(document.getText()).contains("{\"a\": 1},\n        {\"z\": 0}\n");
        undoAll();
    }
}
