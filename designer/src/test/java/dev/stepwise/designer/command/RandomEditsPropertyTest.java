package dev.stepwise.designer.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Random sequences of edits and undos: the text is always valid JSON and undoing everything gives back the bytes. */
class RandomEditsPropertyTest {

    /** One step: what to do, and two numbers that pick states and names. */
    record Step(int kind, int a, int b) {
    }

    private static final String[] TYPES = {"Pass", "Task", "Choice", "Wait", "Succeed", "Fail"};

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50)).as(Step::new);
    }

    @Property(tries = 300)
    void randomEditsAndUndos(@ForAll @Size(max = 30) List<@net.jqwik.api.From("steps") Step> steps) throws Exception {
        String original = CommandsTest.ORDER;
        WorkflowDocument document = WorkflowDocument.of(original, JsonFormat.JSON);
        CommandStack stack = new CommandStack();
        int counter = 0;
        for (Step step : steps) {
            List<String> names = new ArrayList<>(document.getMachine().states().keySet());
            String x = names.isEmpty() ? "none" : names.get(step.a() % names.size());
            String y = names.isEmpty() ? "none" : names.get(step.b() % names.size());
            switch (step.kind()) {
                case 0 -> stack.push(new AddStateCommand(document, "", "S" + (counter++), state(step.b()),
                        new Layout.Point(step.a(), step.b())));
                case 1 -> stack.push(new RenameStateCommand(document, x, x + "_" + step.b()));
                case 2 -> stack.push(new ConnectCommand(document, x, y));
                case 3 -> stack.push(new ConnectCommand(document, "", x, y, ConnectCommand.Kind.DEFAULT));
                case 4 -> stack.push(new RemoveStatesCommand(document, "", Set.of(x), step.b() % 2 == 0 ? null : y));
                case 5 -> stack.push(new MoveNodesCommand(document, Map.of(x, new Layout.Point(step.a(), step.b()))));
                case 6 -> stack.undo();
                default -> stack.redo();
            }
            JsonReader.readJson(document.getText()); // throws if not JSON
            assertThat(document.isStale()).isFalse();
        }
        while (stack.canUndoProperty().get()) {
            stack.undo();
        }
        assertThat(document.getText()).isEqualTo(original);
        assertThat(document.getLayout()).isEqualTo(Layout.EMPTY);
        assertThat(document.isDirty()).isFalse();
    }

    private static ObjectNode state(int kind) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("Type", TYPES[kind % TYPES.length]);
        switch (node.get("Type").asText()) {
            case "Pass", "Wait", "Task" -> {
                if (kind % TYPES.length == 3) {
                    node.put("Seconds", 5);
                }
                if (kind % TYPES.length == 1) {
                    node.put("Resource", "arn:aws:states:::sns:publish");
                }
                node.put("End", true);
            }
            case "Choice" -> node.putArray("Choices").addObject()
                    .put("Variable", "$.x").put("IsPresent", true).put("Next", "Check");
            default -> {
            }
        }
        return node;
    }
}
