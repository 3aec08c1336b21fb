package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.canvas.BranchFrame;
import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.StateNode;
import dev.stepwise.designer.canvas.TransitionEdge;
import dev.stepwise.designer.canvas.dnd.StateTemplate;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.palette.PaletteViewModel;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.asl.model.MapState;
import dev.stepwise.engine.asl.model.ParallelState;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.LightTheme;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Parallel branches and Map processors on the canvas: drawn inside their state, collapsible, and edited there like
 * the top level (select, inspect, move, connect, delete, drop from the palette).
 */
@ExtendWith(ApplicationExtension.class)
class NestedContainersTest {

    /** A Map holding a Choice, then a Parallel of two branches; "Done" is also the name of a state in a branch. */
    static final String NESTED = """
            {
              "StartAt": "Items",
              "States": {
                "Items": {
                  "Type": "Map",
                  "ItemProcessor": {
                    "StartAt": "Check",
                    "States": {
                      "Check": {
                        "Type": "Choice",
                        "Choices": [{ "Variable": "$.ok", "BooleanEquals": true, "Next": "Keep" }],
                        "Default": "Drop"
                      },
                      "Keep": { "Type": "Pass", "End": true },
                      "Drop": { "Type": "Pass", "End": true }
                    }
                  },
                  "Next": "Notify"
                },
                "Notify": {
                  "Type": "Parallel",
                  "Branches": [
                    { "StartAt": "Email", "States": { "Email": { "Type": "Pass", "Next": "Done" },
                                                      "Done": { "Type": "Succeed" } } },
                    { "StartAt": "Queue", "States": { "Queue": { "Type": "Pass", "End": true } } }
                  ],
                  "Next": "Done"
                },
                "Done": { "Type": "Succeed" }
              }
            }
            """;
    static final String CHECK = "/States/Items/ItemProcessor#Check";
    static final String KEEP = "/States/Items/ItemProcessor#Keep";
    static final String DROP = "/States/Items/ItemProcessor#Drop";
    static final String EMAIL = "/States/Notify/Branches/0#Email";
    static final String INNER_DONE = "/States/Notify/Branches/0#Done";
    static final String QUEUE = "/States/Notify/Branches/1#Queue";

    private DesignerView view;

    @Start
    void start(Stage stage) {
        view = DesignerStage.show(stage, WorkflowDocument.of(NESTED, JsonFormat.JSON), LightTheme.get(), 1250, 760);
    }

    private GraphCanvas canvas() {
        return view.canvas();
    }

    private StateNode node(String key) {
        return canvas().node(key).orElseThrow(() -> new AssertionError("no node " + key));
    }

    private WorkflowDocument document() {
        return view.viewModel().document();
    }

    private static Bounds boxOf(StateNode node) {
        return new javafx.geometry.BoundingBox(node.getLayoutX(), node.getLayoutY(), node.boxWidth(), node.boxHeight());
    }

    private boolean hasEdge(String from, String to) {
        return canvas().edges().stream().anyMatch(e -> e.model().from().equals(from) && e.model().to().equals(to));
    }

    private void undoAll(FxRobot robot) {
        robot.interact(() -> {
            while (view.viewModel().commands().undoSize() > 0) {
                view.viewModel().undo();
            }
        });
        assertThat(document().getText()).isEqualTo(NESTED);
    }

    @Test
    void branchesAreDrawnInsideTheirContainersWithTheirOwnTransitions() {
        StateNode items = node("Items");
        StateNode notify = node("Notify");
        assertThat(items.isExpanded()).isTrue();
        assertThat(notify.isExpanded()).isTrue();
        assertThat(items.getPseudoClassStates()).contains(StateNode.CONTAINER);
        for (String inner : new String[] {CHECK, KEEP, DROP}) {
            assertThat(boxOf(items).contains(boxOf(node(inner)))).as(inner + " inside the Map").isTrue();
        }
        for (String inner : new String[] {EMAIL, INNER_DONE, QUEUE}) {
            assertThat(boxOf(notify).contains(boxOf(node(inner)))).as(inner + " inside the Parallel").isTrue();
        }
        assertThat(node(INNER_DONE).name()).isEqualTo("Done");
        assertThat(node("Done")).isNotSameAs(node(INNER_DONE));
        assertThat(canvas().frames()).extracting(BranchFrame::text)
                .containsExactly("Item processor", "Branch 1", "Branch 2");
        BranchFrame first = canvas().frames().get(1);
        BranchFrame second = canvas().frames().get(2);
        assertThat(first.getBoundsInParent().contains(boxOf(node(EMAIL)))).isTrue();
        assertThat(second.getBoundsInParent().contains(boxOf(node(QUEUE)))).isTrue();
        assertThat(first.getBoundsInParent().getMaxX()).isLessThan(second.getBoundsInParent().getMinX());
        assertThat(hasEdge(CHECK, KEEP)).isTrue();
        assertThat(hasEdge(CHECK, DROP)).isTrue();
        assertThat(hasEdge(EMAIL, INNER_DONE)).isTrue();
        assertThat(hasEdge("Items", "Notify")).isTrue();
        assertThat(hasEdge(EMAIL, "Done")).as("a branch's transition stays in its branch").isFalse();
        TransitionEdge inner = canvas().edges().stream()
                .filter(e -> e.model().from().equals(EMAIL)).findFirst().orElseThrow();
        assertThat(inner.isRouted()).isTrue();
        assertThat(boxOf(notify).contains(inner.path().along(0.5))).isTrue();
    }

    @Test
    void collapsingAContainerHidesItsBranchesAndShrinksIt(FxRobot robot) {
        double expandedHeight = node("Notify").boxHeight();
        Node toggle = node("Notify").lookup(".collapse-toggle");
        robot.clickOn(toggle);

        assertThat(canvas().isCollapsed("Notify")).isTrue();
        assertThat(node("Notify").isExpanded()).isFalse();
        assertThat(node("Notify").boxHeight()).isEqualTo(StateNode.HEIGHT).isLessThan(expandedHeight);
        assertThat(canvas().node(EMAIL)).isEmpty();
        assertThat(canvas().frames()).extracting(BranchFrame::text).containsExactly("Item processor");
        assertThat(document().getText()).as("the view only").isEqualTo(NESTED);
        assertThat(view.viewModel().commands().undoSize()).isZero();

        robot.clickOn(node("Notify").lookup(".collapse-toggle"));
        assertThat(node(EMAIL).isVisible()).isTrue();
        assertThat(node("Notify").boxHeight()).isEqualTo(expandedHeight);
    }

    @Test
    void clickingAStateInABranchShowsItInTheInspectorAndTheText(FxRobot robot) {
        robot.clickOn(node(INNER_DONE));

        assertThat(view.viewModel().selection().items()).containsExactly(INNER_DONE);
        assertThat(node(INNER_DONE).isSelected()).isTrue();
        assertThat(node("Done").isSelected()).isFalse();
        assertThat(view.inspector().viewModel().getStateName()).isEqualTo("Done");
        assertThat(view.inspector().viewModel().pointer()).isEqualTo("/States/Notify/Branches/0/States/Done");
        assertThat(view.inspector().viewModel().targets()).containsExactly("Email", "Done");
        int innerKey = NESTED.indexOf("\"Done\": { \"Type\": \"Succeed\" } } }");
        assertThat(view.textPane().codeArea().getSelection().getStart()).isEqualTo(innerKey);
    }

    @Test
    void renamingAStateInABranchLeavesTheTopLevelNameAlone(FxRobot robot) {
        robot.clickOn(node(INNER_DONE));
        robot.interact(() -> view.inspector().viewModel().rename("Sent"));

        StateMachine email = ((ParallelState) document().getMachine().state("Notify")).branches().get(0);
        assertThat(email.states()).containsKeys("Email", "Sent").doesNotContainKey("Done");
        assertThat(email.state("Email").transition().next()).isEqualTo("Sent");
        assertThat(document().getMachine().states()).containsKey("Done");
        assertThat(document().getMachine().state("Notify").transition().next()).isEqualTo("Done");
        assertThat(view.viewModel().selection().items()).containsExactly("/States/Notify/Branches/0#Sent");
        assertThat(node("/States/Notify/Branches/0#Sent").isSelected()).isTrue();
        undoAll(robot);
    }

    @Test
    void droppingFromThePaletteIntoABranchAddsTheStateThere(FxRobot robot) {
        Bounds frame = canvas().frames().get(2).getBoundsInParent();
        Point2D inside = new Point2D(frame.getCenterX(), frame.getMaxY() - 10);
        StateTemplate task = new PaletteViewModel().item("task").template();

        Optional<String> added = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.dropTarget().drop(task, inside));

        assertThat(added).contains("/States/Notify/Branches/1#Task");
        StateMachine queue = ((ParallelState) document().getMachine().state("Notify")).branches().get(1);
        assertThat(queue.states()).containsKeys("Queue", "Task");
        assertThat(document().getMachine().states()).doesNotContainKey("Task");
        Layout.Point relative = document().getLayout().position("/States/Notify/Branches/1#Task").orElseThrow();
        Layout.Point corner = canvas().positionOf("Notify");
        assertThat(relative.x() + corner.x()).isEqualTo(inside.getX() - StateNode.WIDTH / 2);
        assertThat(node("/States/Notify/Branches/1#Task").isSelected()).isTrue();
        assertThat(view.viewModel().commands().undoSize()).isEqualTo(1);
        undoAll(robot);
    }

    @Test
    void droppingOnATransitionInABranchInsertsIntoIt(FxRobot robot) {
        TransitionEdge keep = canvas().edges().stream()
                .filter(e -> e.model().from().equals(CHECK) && e.model().to().equals(KEEP)).findFirst().orElseThrow();
        Point2D middle = keep.path().along(0.5);
        StateTemplate pass = new PaletteViewModel().item("pass").template();

        Optional<String> added = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.dropTarget().drop(pass, middle));

        assertThat(added).contains("/States/Items/ItemProcessor#Pass");
        StateMachine processor = ((MapState) document().getMachine().state("Items")).itemProcessor();
        assertThat(processor.state("Pass").transition().next()).isEqualTo("Keep");
        assertThat(hasEdge(CHECK, "/States/Items/ItemProcessor#Pass")).isTrue();
        undoAll(robot);
    }

    @Test
    void connectingTwoStatesOfABranchSetsTheirNext(FxRobot robot) {
        robot.drag(node(KEEP).lookup(".port"), MouseButton.PRIMARY).dropTo(node(DROP));

        StateMachine processor = ((MapState) document().getMachine().state("Items")).itemProcessor();
        assertThat(processor.state("Keep").transition().next()).isEqualTo("Drop");
        assertThat(hasEdge(KEEP, DROP)).isTrue();
        undoAll(robot);
    }

    @Test
    void aStateCannotBeConnectedOutOfItsBranch(FxRobot robot) {
        robot.drag(node(KEEP).lookup(".port"), MouseButton.PRIMARY).dropTo(node("Done"));

        assertThat(document().getText()).isEqualTo(NESTED);
        assertThat(view.viewModel().statusProperty().get())
                .isEqualTo("Not connected: a transition stays in its branch, and Keep and Done are in different ones");
    }

    @Test
    void movingAContainerCarriesItsBranchesAndMovingAStateInsideKeepsItRelative(FxRobot robot) {
        Point2D before = new Point2D(node(QUEUE).getLayoutX(), node(QUEUE).getLayoutY());
        Point2D notifyBefore = new Point2D(node("Notify").getLayoutX(), node("Notify").getLayoutY());
        robot.drag(node("Notify").lookup(".name"), MouseButton.PRIMARY).moveBy(140, 30).release(MouseButton.PRIMARY);

        double dx = node("Notify").getLayoutX() - notifyBefore.getX();
        double dy = node("Notify").getLayoutY() - notifyBefore.getY();
        assertThat(dx).isGreaterThan(100);
        assertThat(node(QUEUE).getLayoutX()).isEqualTo(before.getX() + dx);
        assertThat(node(QUEUE).getLayoutY()).isEqualTo(before.getY() + dy);
        assertThat(canvas().frames().get(2).getBoundsInParent().contains(boxOf(node(QUEUE)))).isTrue();
        assertThat(document().getLayout().position("Notify")).isPresent();
        assertThat(document().getLayout().position(QUEUE)).as("it moved with its container").isEmpty();

        robot.clickOn(node(QUEUE));
        robot.type(KeyCode.DOWN);
        Layout.Point relative = document().getLayout().position(QUEUE).orElseThrow();
        assertThat(relative.y() + node("Notify").getLayoutY()).isEqualTo(node(QUEUE).getLayoutY());
        assertThat(node(QUEUE).getLayoutY()).isGreaterThan(before.getY() + dy);
        assertThat(document().getText()).isEqualTo(NESTED);
    }

    @Test
    void deletingAStateInABranchRedirectsReferencesWithinThatBranchOnly(FxRobot robot) {
        java.util.List<String> offered = new java.util.ArrayList<>();
        view.setReplacementChooser((deleted, references, remaining) -> {
            offered.addAll(remaining);
            assertThat(deleted).containsExactly("Keep");
            assertThat(references).extracting(reference -> reference.pointer())
                    .containsExactly("/States/Items/ItemProcessor/States/Check/Choices/0/Next");
            return Optional.of("Drop");
        });
        robot.clickOn(node(KEEP));
        robot.type(KeyCode.DELETE);

        assertThat(offered).containsExactly("Check", "Drop");
        StateMachine processor = ((MapState) document().getMachine().state("Items")).itemProcessor();
        assertThat(processor.states()).containsOnlyKeys("Check", "Drop");
        assertThat(canvas().node(KEEP)).isEmpty();
        assertThat(hasEdge(CHECK, DROP)).isTrue();
        assertThat(document().getMachine().states()).containsOnlyKeys("Items", "Notify", "Done");
        undoAll(robot);
    }

    @Test
    void draggingAStateIntoAnotherBranchMovesItThereAndTakesItOutOfTheFlowHere(FxRobot robot) {
        Bounds second = canvas().frames().get(2).getBoundsInParent();
        Point2D target = canvas().canvasToScreen(new Point2D(second.getCenterX(), second.getMaxY() - 12));
        robot.drag(node(EMAIL).lookup(".name"), MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);

        ParallelState notify = (ParallelState) document().getMachine().state("Notify");
        assertThat(notify.branches().get(0).states()).containsOnlyKeys("Done");
        assertThat(notify.branches().get(0).startAt()).as("what led to it leads on past it").isEqualTo("Done");
        assertThat(notify.branches().get(1).states()).containsOnlyKeys("Queue", "Email");
        assertThat(notify.branches().get(1).state("Email").transition().end())
                .as("its Next named a state the new branch does not have").isTrue();
        String moved = "/States/Notify/Branches/1#Email";
        assertThat(view.viewModel().selection().items()).containsExactly(moved);
        assertThat(canvas().frames().get(2).getBoundsInParent().contains(boxOf(node(moved)))).isTrue();
        assertThat(view.viewModel().commands().undoSize()).isEqualTo(1);
        assertThat(view.viewModel().undoTextBinding().get()).isEqualTo("Undo Move State Email to Another Branch");
        undoAll(robot);
        assertThat(canvas().node(EMAIL)).isPresent();
    }

    @Test
    void aStateThatWouldLeaveATransitionDanglingStaysInItsBranch(FxRobot robot) {
        Bounds graph = canvas().graphBounds();
        Point2D outside = canvas().canvasToScreen(new Point2D(graph.getMaxX() + 150, graph.getMinY() + 80));
        robot.drag(node(KEEP).lookup(".name"), MouseButton.PRIMARY).moveTo(outside).release(MouseButton.PRIMARY);

        assertThat(document().getText()).as("the Choice rule needs Keep, and Keep leads nowhere else")
                .isEqualTo(NESTED);
        assertThat(view.viewModel().statusProperty().get()).startsWith("Not moved to another branch");
        assertThat(boxOf(node("Items")).contains(boxOf(node(KEEP)))).as("held inside its frame").isTrue();
    }

    @Test
    void theCaretInABranchStateSelectsThatState(FxRobot robot) {
        int inEmail = NESTED.indexOf("\"Type\": \"Pass\", \"Next\": \"Done\"");
        robot.interact(() -> {
            view.textPane().codeArea().requestFocus();
            view.textPane().codeArea().moveTo(inEmail);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.viewModel().selection().items()).containsExactly(EMAIL);
        assertThat(view.textPane().codeArea().getCaretPosition()).isEqualTo(inEmail);
    }

    @Test
    void findingAStateInACollapsedContainerOpensIt(FxRobot robot) {
        robot.clickOn(node("Notify").lookup(".collapse-toggle"));
        assertThat(canvas().node(QUEUE)).isEmpty();

        Optional<String> found = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.findNext("queue", false));

        assertThat(found).contains(QUEUE);
        assertThat(canvas().isCollapsed("Notify")).isFalse();
        assertThat(node(QUEUE).isSelected()).isTrue();
        assertThat(canvas().viewport().contains(node(QUEUE).getLayoutX(), node(QUEUE).getLayoutY())).isTrue();
    }

    @Test
    void theFoldKeysCollapseAndExpandTheSelectedContainers(FxRobot robot) {
        robot.clickOn(node("Items").lookup(".name"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.OPEN_BRACKET).release(KeyCode.OPEN_BRACKET, KeyCode.SHIFT,
                KeyCode.CONTROL);
        assertThat(canvas().isCollapsed("Items")).isTrue();
        assertThat(canvas().node(CHECK)).isEmpty();
        assertThat(canvas().isCollapsed("Notify")).as("only the selected one").isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.CLOSE_BRACKET).release(KeyCode.CLOSE_BRACKET,
                KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(canvas().isCollapsed("Items")).isFalse();
        assertThat(canvas().node(CHECK)).isPresent();
        assertThat(document().getText()).isEqualTo(NESTED);
    }

    @Test
    void aContainerDraggedByItsBodyJustMoves(FxRobot robot) {
        Bounds own = canvas().frames().get(2).getBoundsInParent();
        Point2D body = canvas().canvasToScreen(new Point2D(own.getCenterX(), own.getMaxY() - 8));
        double before = node("Notify").getLayoutX();
        robot.drag(body, MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY);

        assertThat(document().getText()).isEqualTo(NESTED);
        assertThat(node("Notify").getLayoutX()).isGreaterThan(before + 40);
        assertThat(view.viewModel().statusProperty().get()).as("no complaint").isEmpty();
    }

    @Test
    void aStatePlacedOutsideItsBranchIsDrawnInsideIt(FxRobot robot) {
        // A layout file from before the branch shrank, or edited by hand, may hold such a place.
        robot.interact(() -> view.viewModel().push(new dev.stepwise.designer.command.MoveNodesCommand(document(),
                java.util.Map.of(KEEP, new Layout.Point(5000, 5000)))));

        Bounds frame = canvas().frames().get(0).getBoundsInParent();
        assertThat(frame.contains(boxOf(node(KEEP)))).isTrue();
        assertThat(node(KEEP).getLayoutX() + node(KEEP).boxWidth()).isEqualTo(frame.getMaxX(),
                org.assertj.core.data.Offset.offset(0.5));
        assertThat(document().getLayout().position(KEEP)).contains(new Layout.Point(5000, 5000));
    }
}
