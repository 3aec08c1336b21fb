package dev.stepwise.designer.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Random sequences of edits and undos: the text is always valid JSON (or YAML, reading as the JSON would) and undoing
 * everything gives back the bytes.
 */
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

    /** The JSON sample as a person writes YAML: comments, block mappings, and flow ones for short states. */
    static final String ORDER_YAML = """
            # Orders, in YAML
            Comment: Orders
            StartAt: Check
            States:
              Check:
                Type: Choice
                Choices:
                  - {Variable: $.amount, NumericGreaterThan: 100.50, Next: Charge}
                Default: Done   # small orders
              Charge:
                Type: Task
                Resource: arn:aws:states:::lambda:invoke
                Retry:
                - ErrorEquals: [States.ALL]
                  BackoffRate: 2.0
                Catch: [ { ErrorEquals: [States.ALL], Next: Failed } ]
                Next: Done
              Failed: {Type: Fail, Error: Oops}
              Done:
                Type: Succeed
            """;

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Property(tries = 300)
    void randomEditsAndUndos(@ForAll @Size(max = 30) List<@net.jqwik.api.From("steps") Step> steps) throws Exception {
        WorkflowDocument document = WorkflowDocument.of(CommandsTest.ORDER, JsonFormat.JSON);
        run(steps, List.of(document));
    }

    /** The same edits on the same machine written in YAML: its text reads as the JSON document's, step by step. */
    @Property(tries = 200)
    void randomEditsAndUndosOnYamlMatchJson(@ForAll @Size(max = 30) List<@net.jqwik.api.From("steps") Step> steps)
            throws Exception {
        WorkflowDocument json = WorkflowDocument.of(CommandsTest.ORDER, JsonFormat.JSON);
        WorkflowDocument yaml = WorkflowDocument.of(ORDER_YAML, JsonFormat.YAML);
        assertThat(yaml.isStructurallyEditable()).isTrue();
        run(steps, List.of(json, yaml));
    }

    /** Runs the steps on each document in turn; after each step all agree and none is stale. */
    private static void run(List<Step> steps, List<WorkflowDocument> documents) throws Exception {
        List<String> originals = documents.stream().map(WorkflowDocument::getText).toList();
        List<CommandStack> stacks = documents.stream().map(document -> new CommandStack()).toList();
        int counter = 0;
        for (Step step : steps) {
            List<String> names = new ArrayList<>(documents.get(0).getMachine().states().keySet());
            String x = names.isEmpty() ? "none" : names.get(step.a() % names.size());
            String y = names.isEmpty() ? "none" : names.get(step.b() % names.size());
            for (int i = 0; i < documents.size(); i++) {
                WorkflowDocument document = documents.get(i);
                CommandStack stack = stacks.get(i);
                switch (step.kind()) {
                    case 0 -> stack.push(new AddStateCommand(document, "", "S" + counter, state(step.b()),
                            new Layout.Point(step.a(), step.b())));
                    case 1 -> stack.push(new RenameStateCommand(document, x, x + "_" + step.b()));
                    case 2 -> stack.push(new ConnectCommand(document, x, y));
                    case 3 -> stack.push(new ConnectCommand(document, "", x, y, ConnectCommand.Kind.DEFAULT));
                    case 4 -> stack.push(new RemoveStatesCommand(document, "", Set.of(x),
                            step.b() % 2 == 0 ? null : y));
                    case 5 -> stack.push(new MoveNodesCommand(document, Map.of(x, new Layout.Point(step.a(),
                            step.b()))));
                    case 6 -> stack.undo();
                    default -> stack.redo();
                }
                // Throws if the text is not JSON (or YAML); the model must be current.
                JsonReader.read(document.getText(), document.format());
                assertThat(document.isStale()).as(document.getText()).isFalse();
            }
            if (step.kind() == 0) {
                counter++;
            }
            JsonNode first = plain(documents.get(0));
            for (WorkflowDocument other : documents.subList(1, documents.size())) {
                assertThat(plain(other)).as(other.getText()).isEqualTo(first);
            }
        }
        for (int i = 0; i < documents.size(); i++) {
            while (stacks.get(i).canUndoProperty().get()) {
                stacks.get(i).undo();
            }
            assertThat(documents.get(i).getText()).isEqualTo(originals.get(i));
            assertThat(documents.get(i).getLayout()).isEqualTo(Layout.EMPTY);
            assertThat(documents.get(i).isDirty()).isFalse();
        }
    }

    /** The document's tree with numbers as plain Jackson reads them, so 100.50 in JSON equals 100.50 in YAML. */
    private static JsonNode plain(WorkflowDocument document) throws Exception {
        return PLAIN.readTree(PLAIN.writeValueAsString(JsonReader.read(document.getText(), document.format()).root()));
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
