package dev.stepwise.designer.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.layout.NestedGraph;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.graph.GraphScope;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of edits and undos in every scope of a machine with a Parallel of two branches, a Map with an
 * item processor and one with a legacy Iterator (and whatever containers the edits add): after each step the model
 * and the canvas graph are the text's, no position is left for a state that is gone, undo and redo give back exactly
 * the text and layout they should, the YAML twin reads as the JSON, and undoing everything gives back the bytes and
 * an empty layout.
 */
class NestedRandomEditsPropertyTest {

    /** One step: what to do, a scope, two numbers that pick states and names, and one that picks a target scope. */
    record Step(int kind, int scope, int a, int b, int target) {
    }

    private static final String[] TYPES = {"Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"};
    /** Odd characters for new names: JSON pointer escapes, the layout key's separator, spaces. */
    private static final String[] SEPARATORS = {"_", "/", "~", "#", " ", "~1"};

    static final String NESTED = """
            {
              "Comment": "Nested",
              "StartAt": "Prepare",
              "States": {
                "Prepare": { "Type": "Pass", "Next": "P" },
                "P": {
                  "Type": "Parallel",
                  "Branches": [
                    {
                      "StartAt": "Fetch",
                      "States": {
                        "Fetch": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Save" },
                        "Save": { "Type": "Pass", "End": true }
                      }
                    },
                    {
                      "StartAt": "Check",
                      "States": {
                        "Check": {
                          "Type": "Choice",
                          "Choices": [ { "Variable": "$.ok", "BooleanEquals": true, "Next": "Good" } ],
                          "Default": "Bad"
                        },
                        "Good": { "Type": "Succeed" },
                        "Bad": { "Type": "Fail", "Error": "Nope" }
                      }
                    }
                  ],
                  "Next": "M"
                },
                "M": {
                  "Type": "Map",
                  "ItemsPath": "$.items",
                  "ItemProcessor": {
                    "ProcessorConfig": { "Mode": "INLINE" },
                    "StartAt": "Each",
                    "States": {
                      "Each": { "Type": "Pass", "Next": "Last" },
                      "Last": { "Type": "Succeed" }
                    }
                  },
                  "Next": "L"
                },
                "L": {
                  "Type": "Map",
                  "Iterator": { "StartAt": "Old", "States": { "Old": { "Type": "Pass", "End": true } } },
                  "Next": "Done"
                },
                "Done": { "Type": "Succeed" }
              }
            }
            """;

    /** The same machine as a person writes YAML: comments, block and flow mappings. */
    static final String NESTED_YAML = """
            # Nested, in YAML
            Comment: Nested
            StartAt: Prepare
            States:
              Prepare: {Type: Pass, Next: P}
              P:
                Type: Parallel
                Branches:
                  - StartAt: Fetch
                    States:
                      Fetch:
                        Type: Task
                        Resource: arn:aws:states:::lambda:invoke
                        Next: Save
                      Save: {Type: Pass, End: true}
                  - StartAt: Check
                    States:
                      Check:
                        Type: Choice
                        Choices:
                          - {Variable: $.ok, BooleanEquals: true, Next: Good}
                        Default: Bad   # not ok
                      Good: {Type: Succeed}
                      Bad:
                        Type: Fail
                        Error: Nope
                Next: M
              M:
                Type: Map
                ItemsPath: $.items
                ItemProcessor:
                  ProcessorConfig: {Mode: INLINE}
                  StartAt: Each
                  States:
                    Each: {Type: Pass, Next: Last}
                    Last:
                      Type: Succeed
                Next: L
              L:
                Type: Map
                Iterator:   # the legacy name of ItemProcessor
                  StartAt: Old
                  States: {Old: {Type: Pass, End: true}}
                Next: Done
              Done:
                Type: Succeed
            """;

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** What undo and redo must give back exactly: the text and the layout. */
    record Snapshot(String text, Layout layout) {
        static Snapshot of(WorkflowDocument document) {
            return new Snapshot(document.getText(), document.getLayout());
        }
    }

    /** The expected undo and redo history, as pairs of (before, after) snapshots of the commands done. */
    static final class History {
        private final java.util.Deque<Snapshot[]> undo = new java.util.ArrayDeque<>();
        private final java.util.Deque<Snapshot[]> redo = new java.util.ArrayDeque<>();

        void check(int kind, boolean pushed, Snapshot before, Snapshot now, String step) {
            if (kind <= 8) {
                if (pushed) {
                    undo.push(new Snapshot[] {before, now});
                    redo.clear();
                } else {
                    assertThat(now).as("a refused command changed the document: " + step).isEqualTo(before);
                }
            } else if (kind <= 10) {
                Snapshot[] done = undo.poll();
                assertThat(now).as("undo: " + step).isEqualTo(done == null ? before : done[0]);
                if (done != null) {
                    assertThat(before).as("undo: " + step).isEqualTo(done[1]);
                    redo.push(done);
                }
            } else {
                Snapshot[] undone = redo.poll();
                assertThat(now).as("redo: " + step).isEqualTo(undone == null ? before : undone[1]);
                if (undone != null) {
                    undo.push(undone);
                }
            }
        }
    }

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50)).as(Step::new);
    }

    @Property(tries = 60)
    void randomNestedEditsAndUndos(@ForAll @Size(max = 30) List<@From("steps") Step> steps) throws Exception {
        run(steps, List.of(WorkflowDocument.of(NESTED, JsonFormat.JSON)));
    }

    /** The same edits on the same machine written in YAML: its text reads as the JSON document's, step by step. */
    @Property(tries = 40)
    void randomNestedEditsAndUndosOnYamlMatchJson(@ForAll @Size(max = 30) List<@From("steps") Step> steps)
            throws Exception {
        WorkflowDocument yaml = WorkflowDocument.of(NESTED_YAML, JsonFormat.YAML);
        assertThat(yaml.isStructurallyEditable()).isTrue();
        run(steps, List.of(WorkflowDocument.of(NESTED, JsonFormat.JSON), yaml));
    }

    private static void run(List<Step> steps, List<WorkflowDocument> documents) throws Exception {
        List<String> originals = documents.stream().map(WorkflowDocument::getText).toList();
        List<CommandStack> stacks = documents.stream().map(document -> new CommandStack()).toList();
        List<History> histories = documents.stream().map(document -> new History()).toList();
        for (WorkflowDocument document : documents) {
            assertShownIsTheText(document);
        }
        assertThat(documents.get(0).getScopes()).hasSize(5);
        int counter = 0;
        for (Step step : steps) {
            // Picked on the first document as it is now: renames and moves change the scopes' pointers.
            WorkflowDocument first = documents.get(0);
            List<GraphScope> scopes = first.getScopes();
            String scope = scopes.get(step.scope() % scopes.size()).pointer();
            String target = scopes.get(step.target() % scopes.size()).pointer();
            List<String> names = new ArrayList<>();
            first.getJson().root().at(scope).path("States").fieldNames().forEachRemaining(names::add);
            String x = names.isEmpty() ? "none" : names.get(step.a() % names.size());
            String y = names.isEmpty() ? "none" : names.get(step.b() % names.size());
            String fresh = "S" + counter;
            String renamed = x + SEPARATORS[step.b() % SEPARATORS.length] + step.b();
            for (int i = 0; i < documents.size(); i++) {
                WorkflowDocument document = documents.get(i);
                CommandStack stack = stacks.get(i);
                String description = step + " in '" + scope + "' on " + x + "/" + y + " to '" + target + "'";
                Snapshot before = Snapshot.of(document);
                boolean pushed = false;
                switch (step.kind()) {
                    case 0 -> pushed = stack.push(new AddStateCommand(document, scope, fresh, state(step.b()),
                            step.a() % 3 == 0 ? null : new Layout.Point(step.a(), step.b())));
                    case 1 -> pushed = stack.push(new RenameStateCommand(document, scope, x, renamed));
                    case 2 -> pushed = stack.push(new ConnectCommand(document, scope, x, y,
                            ConnectCommand.Kind.NEXT));
                    case 3 -> pushed = stack.push(new ConnectCommand(document, scope, x, y,
                            ConnectCommand.Kind.DEFAULT));
                    case 4 -> {
                        RemoveStatesCommand remove = new RemoveStatesCommand(document, scope, Set.of(x), null);
                        pushed = stack.push(remove.danglingReferences().isEmpty() ? remove
                                : new RemoveStatesCommand(document, scope, Set.of(x), y));
                    }
                    case 5 -> pushed = stack.push(setField(document, scope, x, y, step));
                    case 6 -> pushed = stack.push(new MoveNodesCommand(document, Map.of(Layout.key(scope, x),
                            new Layout.Point(step.a(), step.b()))));
                    case 7, 8 -> {
                        Function<String, Layout.Point> position = step.b() % 2 == 0 ? name -> null
                                : name -> new Layout.Point(step.b(), step.a());
                        pushed = StateTransfers.move(document, scope, List.of(x), target, position)
                                .map(paste -> stack.push(paste.command())).orElse(false);
                    }
                    case 9, 10 -> stack.undo();
                    default -> stack.redo();
                }
                assertShownIsTheText(document, description);
                histories.get(i).check(step.kind(), pushed, before, Snapshot.of(document), description);
            }
            if (step.kind() == 0) {
                counter++;
            }
            JsonNode json = plain(first);
            for (WorkflowDocument other : documents.subList(1, documents.size())) {
                assertThat(plain(other)).as(other.getText()).isEqualTo(json);
                assertThat(other.getLayout()).isEqualTo(first.getLayout());
            }
        }
        for (int i = 0; i < documents.size(); i++) {
            while (stacks.get(i).canUndoProperty().get()) {
                stacks.get(i).undo();
                assertShownIsTheText(documents.get(i));
            }
            assertThat(documents.get(i).getText()).isEqualTo(originals.get(i));
            assertThat(documents.get(i).getLayout()).isEqualTo(Layout.EMPTY);
            assertThat(documents.get(i).isDirty()).isFalse();
        }
    }

    /** A field edit in the scope: a state's Comment set or removed, the scope's StartAt or Comment, End to Next. */
    private static Command setField(WorkflowDocument document, String scope, String x, String y, Step step) {
        String state = GraphScope.statePointer(scope, x);
        return switch (step.a() % 5) {
            case 0 -> new SetFieldCommand(document, state, "Comment", TextNode.valueOf("c" + step.b()));
            case 1 -> SetFieldCommand.remove(document, state, "Comment");
            case 2 -> new SetFieldCommand(document, scope, "StartAt", TextNode.valueOf(y));
            case 3 -> new SetFieldCommand(document, scope, "Comment", TextNode.valueOf("scope " + step.b()));
            default -> SetFieldCommand.replacing(document, state, "End", "Next", TextNode.valueOf(y));
        };
    }

    private static void assertShownIsTheText(WorkflowDocument document) {
        assertShownIsTheText(document, "");
    }

    /** The text parses, and the model and every scope's graph shown are those of the text. */
    private static void assertShownIsTheText(WorkflowDocument document, String step) {
        String text = document.getText();
        assertThat(document.isStale()).as(step + "\n" + text).isFalse();
        StateMachine reparsed;
        try {
            JsonReader.read(text, document.format());
            reparsed = AslParser.parse(text, document.format());
        } catch (Exception e) {
            throw new AssertionError(step + ": the text no longer parses: " + e.getMessage() + "\n" + text, e);
        }
        assertThat(document.getMachine()).as(step + "\n" + text).isEqualTo(reparsed);
        NestedGraph shown = NestedGraph.of(document.getScopes(), Set.of());
        assertThat(shown).as(step + "\n" + text).isEqualTo(NestedGraph.of(GraphScope.of(reparsed), Set.of()));
        // No position is left behind for a state that is gone (it would come back on a new state of that name).
        Set<String> keys = shown.entries().stream().map(NestedGraph.Entry::key).collect(Collectors.toSet());
        assertThat(keys).as(step + "\n" + text + "\n" + document.getLayout())
                .containsAll(document.getLayout().positions().keySet());
    }

    /** The document's tree with numbers as plain Jackson reads them, so JSON and YAML numbers compare equal. */
    private static JsonNode plain(WorkflowDocument document) throws Exception {
        return PLAIN.readTree(PLAIN.writeValueAsString(JsonReader.read(document.getText(), document.format()).root()));
    }

    private static ObjectNode state(int kind) {
        String type = TYPES[kind % TYPES.length];
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("Type", type);
        switch (type) {
            case "Pass", "Wait", "Task" -> {
                if (type.equals("Wait")) {
                    node.put("Seconds", 5);
                }
                if (type.equals("Task")) {
                    node.put("Resource", "arn:aws:states:::sns:publish");
                }
                node.put("End", true);
            }
            case "Choice" -> node.putArray("Choices").addObject()
                    .put("Variable", "$.x").put("IsPresent", true).put("Next", "Check");
            case "Parallel" -> {
                ObjectNode branch = node.putArray("Branches").addObject().put("StartAt", "Inner");
                branch.putObject("States").putObject("Inner").put("Type", "Pass").put("End", true);
                node.put("End", true);
            }
            case "Map" -> {
                ObjectNode processor = node.putObject("ItemProcessor").put("StartAt", "Item");
                processor.putObject("States").putObject("Item").put("Type", "Succeed");
                node.put("End", true);
            }
            default -> {
            }
        }
        return node;
    }
}
