package dev.stepwise.designer.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.testsupport.ConformanceDefinitions;
import dev.stepwise.designer.testsupport.ConformanceDefinitions.Definition;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.graph.GraphScope;
import dev.stepwise.engine.json.JsonFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every conformance definition, opened, edited through commands, undone and saved: no byte may move. */
class ConformanceRoundTripTest {

    static List<Definition> definitions() {
        return ConformanceDefinitions.all();
    }

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void openAndSaveWithoutEditsKeepsEveryByte(Definition definition) throws IOException {
        Path file = folder.resolve("machine.asl.json");
        Files.writeString(file, definition.text(), StandardCharsets.UTF_8);
        WorkflowDocument document = WorkflowDocument.open(file);

        document.save();

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(definition.text());
        assertThat(WorkflowDocument.layoutFileOf(file)).doesNotExist();
        assertThat(document.isDirty()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void editsShowInTheModelAndUndoAllRestoresEveryByte(Definition definition) {
        WorkflowDocument document = WorkflowDocument.of(definition.text(), JsonFormat.JSON);
        assertThat(document.isStale()).as("definition models").isFalse();
        CommandStack stack = new CommandStack();
        String first = document.getMachine().startAt();
        List<String> texts = new ArrayList<>();

        ObjectNode pass = JsonNodeFactory.instance.objectNode().put("Type", "Pass").put("End", true);
        // Into the first Map's processor the added state moves before it is deleted; without one it stays on top.
        boolean hasMap = !mapProcessor(document).isEmpty();
        List<Supplier<Command>> commands = List.of(
                () -> new AddStateCommand(document, "", "Added State", pass, new Layout.Point(1, 2)),
                () -> new RenameStateCommand(document, first, first + " renamed"),
                () -> new ConnectCommand(document, "Added State", first + " renamed"),
                () -> new MoveNodesCommand(document, Map.of(first + " renamed", new Layout.Point(40, 50))),
                () -> new ConnectCommand(document, "Added State", "Added State 2"), // no such state: refused
                () -> !hasMap ? new MoveNodesCommand(document, Map.of("Added State", new Layout.Point(3, 4)))
                        : StateTransfers.move(document, "", List.of("Added State"), mapProcessor(document),
                                name -> null).orElseThrow().command(),
                () -> new RemoveStatesCommand(document, mapProcessor(document), Set.of("Added State"), null));
        for (Supplier<Command> next : commands) {
            Command command = next.get();
            boolean expected = !command.description().endsWith("Added State 2");
            assertThat(stack.push(command)).as(command.description()).isEqualTo(expected);
            assertModelShownIsTheText(document);
            texts.add(document.getText());
        }
        assertThat(document.getMachine().states()).containsKey(first + " renamed").doesNotContainKey("Added State");
        assertThat(document.getMachine().startAt()).isEqualTo(first + " renamed");

        while (stack.canUndoProperty().get()) {
            stack.undo();
            assertModelShownIsTheText(document);
        }
        assertThat(document.getText()).isEqualTo(definition.text());
        assertThat(document.getLayout()).isEqualTo(Layout.EMPTY);
        assertThat(document.isDirty()).isFalse();

        while (stack.canRedoProperty().get()) {
            stack.redo();
        }
        assertThat(document.getText()).isEqualTo(texts.get(texts.size() - 1));
    }

    /** The JSON pointer of the first Map's item processor as the document is now (a rename moves it); "" when none. */
    private static String mapProcessor(WorkflowDocument document) {
        return document.getScopes().stream().filter(scope -> scope.label().equals("Item processor"))
                .map(GraphScope::pointer).findFirst().orElse("");
    }

    private static void assertModelShownIsTheText(WorkflowDocument document) {
        assertThat(document.isStale()).isFalse();
        StateMachine reparsed;
        try {
            reparsed = AslParser.parse(document.getText(), JsonFormat.JSON);
        } catch (Exception e) {
            throw new AssertionError("the text no longer parses: " + e.getMessage() + "\n" + document.getText(), e);
        }
        assertThat(document.getMachine()).isEqualTo(reparsed);
    }
}
