package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.Minimap;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.designer.canvas.StateNode;
import dev.stepwise.designer.canvas.TransitionEdge;
import dev.stepwise.designer.canvas.dnd.StateTemplate;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.designer.palette.PaletteViewModel;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.LightTheme;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing on the canvas, checked in both views: the graph and the text. */
@ExtendWith(ApplicationExtension.class)
class DesignerEditingTest {

    private DesignerView view;

    @Start
    void start(Stage stage) {
        WorkflowDocument document = WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON);
        view = DesignerStage.show(stage, document, LightTheme.get(), 1250, 760);
    }

    private WorkflowDocument document() {
        return view.viewModel().document();
    }

    private GraphCanvas canvas() {
        return view.canvas();
    }

    private StateNode node(String name) {
        return canvas().node(name).orElseThrow();
    }

    private TransitionEdge edge(String from, String to) {
        return canvas().edges().stream()
                .filter(e -> e.model().from().equals(from) && e.model().to().equals(to)).findFirst().orElseThrow();
    }

    private boolean hasEdge(String from, String to) {
        return canvas().edges().stream().anyMatch(e -> e.model().from().equals(from) && e.model().to().equals(to));
    }

    private Point2D screen(Point2D canvasPoint) {
        return canvas().canvasToScreen(canvasPoint);
    }

    private void undoAll(FxRobot robot) {
        robot.interact(() -> {
            while (view.viewModel().commands().undoSize() > 0) {
                view.undo();
            }
        });
        assertThat(document().getText()).isEqualTo(Samples.ORDER);
        assertThat(view.textPane().getText()).isEqualTo(Samples.ORDER);
    }

    private static StateTemplate template(String id) {
        return new PaletteViewModel().item(id).template();
    }

    @Test
    void droppingATaskOnATransitionInsertsItAsOneUndoableCommand(FxRobot robot) {
        TransitionEdge chargeToDone = edge("Charge", "Done");
        Point2D middle = chargeToDone.path().along(0.5);

        Optional<String> added = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.dropTarget().drop(template("task"), middle));

        assertThat(added).contains("Task");
        assertThat(document().getMachine().states().get("Charge").transition().next()).isEqualTo("Task");
        assertThat(document().getMachine().states().get("Task").transition().next()).isEqualTo("Done");
        assertThat(view.textPane().getText()).isEqualTo(document().getText()).contains("\"Next\": \"Task\"");
        assertThat(canvas().node("Task")).isPresent();
        assertThat(hasEdge("Charge", "Task")).isTrue();
        assertThat(hasEdge("Task", "Done")).isTrue();
        assertThat(hasEdge("Charge", "Done")).isFalse();
        assertThat(view.viewModel().selection().items()).containsExactly("Task");
        assertThat(view.viewModel().commands().undoSize()).isEqualTo(1);
        undoAll(robot);
        assertThat(hasEdge("Charge", "Done")).isTrue();
    }

    @Test
    void droppingOnEmptyCanvasAddsAtThatPlaceWithAFreshName(FxRobot robot) {
        Bounds graph = canvas().graphBounds();
        Point2D empty = new Point2D(graph.getMaxX() + 200, graph.getMinY() + 100);

        robot.interact(() -> view.dropTarget().drop(template("lambda-invoke"), empty));
        robot.interact(() -> view.dropTarget().drop(template("lambda-invoke"), empty.add(0, 120)));

        assertThat(document().getMachine().states()).containsKeys("Invoke Lambda", "Invoke Lambda 2");
        assertThat(document().getLayout().position("Invoke Lambda"))
                .contains(new Layout.Point(empty.getX() - StateNode.WIDTH / 2, empty.getY() - StateNode.HEIGHT / 2));
        assertThat(node("Invoke Lambda 2").getLayoutY()).isEqualTo(node("Invoke Lambda").getLayoutY() + 120);
        assertThat(view.textPane().getText()).contains("\"Invoke Lambda 2\": {")
                .contains("\"Resource\": \"arn:aws:states:::lambda:invoke\"");
        undoAll(robot);
    }

    @Test
    void draggingFromAPortToAStateConnectsThem(FxRobot robot) {
        Node port = node("Charge").lookup(".port");
        robot.drag(port, MouseButton.PRIMARY).dropTo(node("Failed"));

        assertThat(document().getMachine().states().get("Charge").transition().next()).isEqualTo("Failed");
        assertThat(view.textPane().getText()).contains("\"Next\": \"Failed\"\n");
        assertThat(hasEdge("Charge", "Done")).isFalse();
        assertThat(canvas().edges()).anyMatch(e -> e.model().from().equals("Charge") && e.model().to().equals("Failed")
                && e.model().kind() == GraphModel.EdgeKind.NEXT);
        assertThat(view.viewModel().commands().undoDescriptionProperty().get()).isEqualTo("Connect Charge to Failed");
        undoAll(robot);
    }

    @Test
    void connectingAChoiceOffersANewRuleOrTheDefault(FxRobot robot) {
        robot.drag(node("Check").lookup(".port"), MouseButton.PRIMARY).dropTo(node("Failed"));
        assertThat(canvas().connectMenu()).isPresent();
        robot.clickOn("Add rule → Failed");

        assertThat(document().getText()).contains("{\"Variable\": \"$\", \"IsPresent\": true, \"Next\": \"Failed\"}");
        assertThat(canvas().edges()).anyMatch(e -> e.model().from().equals("Check") && e.model().to().equals("Failed")
                && e.model().kind() == GraphModel.EdgeKind.CHOICE);
        undoAll(robot);
    }

    @Test
    void draggingAnArrowHeadReconnectsTheTransition(FxRobot robot) {
        robot.drag(edge("Check", "Done").arrow(), MouseButton.PRIMARY).dropTo(node("Failed"));

        assertThat(document().getText()).contains("\"Default\": \"Failed\"");
        assertThat(hasEdge("Check", "Failed")).isTrue();
        assertThat(view.textPane().getText()).isEqualTo(document().getText());
        undoAll(robot);
    }

    @Test
    void deleteAskForAReplacementForReferencesAndNeverLeavesThemDangling(FxRobot robot) {
        robot.clickOn(node("Done"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);

        @SuppressWarnings("unchecked")
        ComboBox<String> target = robot.lookup("#" + DeleteStatesDialog.TARGET_ID).queryAs(ComboBox.class);
        assertThat(target.getItems()).containsExactly("Check", "Charge", "Failed");
        robot.interact(() -> target.setValue("Failed"));
        robot.clickOn("Redirect and Delete");

        assertThat(document().getMachine().states()).doesNotContainKey("Done");
        assertThat(document().getText()).contains("\"Default\": \"Failed\"").doesNotContain("\"Done\"");
        assertThat(document().getDiagnostics()).noneMatch(d -> d.code().contains("NEXT") || d.isError());
        assertThat(canvas().node("Done")).isEmpty();
        assertThat(hasEdge("Charge", "Failed")).isTrue();
        undoAll(robot);
        assertThat(canvas().node("Done")).isPresent();
    }

    @Test
    void cancellingTheReplacementDeletesNothing(FxRobot robot) {
        view.setReplacementChooser((deleted, references, remaining) -> Optional.empty());
        robot.clickOn(node("Failed"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);

        assertThat(document().getText()).isEqualTo(Samples.ORDER);
        assertThat(canvas().node("Failed")).isPresent();
    }

    @Test
    void marqueeSelectsOnceAndArrowKeysNudgeAsOneMove(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        StateNode charge = node("Charge");
        StateNode failed = node("Failed");
        double minX = Math.min(charge.getLayoutX(), failed.getLayoutX()) - 14;
        double minY = Math.min(charge.getLayoutY(), failed.getLayoutY()) - 14;
        double maxX = Math.max(charge.getLayoutX(), failed.getLayoutX()) + 30;
        double maxY = Math.max(charge.getLayoutY(), failed.getLayoutY()) + 30;
        Point2D from = screen(new Point2D(minX, minY));
        Point2D to = screen(new Point2D(maxX, maxY));
        long revision = view.viewModel().selection().revisionProperty().get();

        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);

        assertThat(view.viewModel().selection().items()).containsExactlyInAnyOrder("Charge", "Failed");
        assertThat(view.viewModel().selection().revisionProperty().get() - revision).isBetween(1L, 3L);
        assertThat(canvas().overlay().getChildren()).as("marquee removed").isEmpty();

        double x = charge.getLayoutX();
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);

        assertThat(charge.getLayoutX()).isEqualTo(x + DesignerView.NUDGE);
        assertThat(document().getLayout().position("Failed").orElseThrow().y())
                .isEqualTo(failed.getLayoutY());
        assertThat(view.viewModel().commands().undoSize()).isEqualTo(2);
        assertThat(view.viewModel().commands().undoDescriptionProperty().get()).isEqualTo("Move 2 States");
        assertThat(document().getText()).isEqualTo(Samples.ORDER);
    }

    @Test
    void ctrlAThenDragMovesEverything(FxRobot robot) {
        robot.clickOn(node("Check"));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        assertThat(view.viewModel().selection().items()).hasSize(4);

        robot.drag(node("Check")).dropBy(40, 30);

        assertThat(document().getLayout().positions()).hasSize(4);
        assertThat(view.viewModel().commands().undoDescriptionProperty().get()).isEqualTo("Move 4 States");
    }

    @Test
    void copyPasteAndDuplicateAddRenamedStatesBesideTheOriginals(FxRobot robot) {
        robot.clickOn(node("Charge"));
        robot.interact(() -> view.viewModel().selection().selectAll(List.of("Charge", "Failed")));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        assertThat(view.viewModel().selection().items()).containsExactly("Charge 2", "Failed 2");
        assertThat(document().getJson().root().at("/States/Charge 2/Catch/0/Next").asText()).isEqualTo("Failed 2");
        assertThat(view.textPane().getText()).contains("\"Charge 2\": {").contains("\"Failed 2\": {");
        assertThat(node("Charge 2").getLayoutX())
                .isCloseTo(node("Charge").getLayoutX() + DesignerView.PASTE_OFFSET, org.assertj.core.data.Offset.offset(0.01));
        assertThat(hasEdge("Charge 2", "Failed 2")).isTrue();
        assertThat(hasEdge("Charge 2", "Done")).isTrue();

        robot.interact(() -> view.viewModel().selection().select("Done"));
        robot.clickOn(node("Done"));
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        assertThat(canvas().node("Done 2")).isPresent();
        assertThat(view.viewModel().commands().undoDescriptionProperty().get()).isEqualTo("Paste State Done 2");
        undoAll(robot);
        assertThat(canvas().nodes()).hasSize(4);
    }

    @Test
    void findSelectsAndCentresTheMatch(FxRobot robot) {
        robot.clickOn(canvas());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(view.findField().isFocused()).isTrue();
        robot.write("fail");

        assertThat(view.viewModel().selection().items()).containsExactly("Failed");
        Bounds viewport = canvas().viewport();
        StateNode failed = node("Failed");
        assertThat(failed.getLayoutX() + StateNode.WIDTH / 2).isCloseTo(viewport.getCenterX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(failed.getLayoutY() + StateNode.HEIGHT / 2).isCloseTo(viewport.getCenterY(), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void clickingTheMinimapPansTheCanvas(FxRobot robot) {
        assertThat(view.minimap().isVisible()).isTrue();
        Bounds before = canvas().viewport();
        Point2D target = view.minimap().toCanvas(10, 10);
        robot.clickOn(view.minimap().localToScreen(10, 10));

        Bounds after = canvas().viewport();
        assertThat(after).isNotEqualTo(before);
        assertThat(after.getCenterX()).isCloseTo(target.getX(), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void theMinimapPaintsEveryStateInItsTypesThemeColour(FxRobot robot) throws Exception {
        List<Minimap.Box> boxes = view.minimap().boxes();
        List<StateNode> states = List.copyOf(canvas().nodes());
        assertThat(boxes).hasSameSizeAs(states);
        Paint taskColour = node("Charge").lookupAll(".stripe").stream().findFirst()
                .map(stripe -> ((javafx.scene.layout.Region) stripe).getBackground().getFills().get(0).getFill())
                .orElseThrow();
        Minimap.Box charge = boxes.get(states.indexOf(node("Charge")));
        assertThat(charge.fill()).isEqualTo(taskColour);
        assertThat(boxes.get(states.indexOf(node("Failed"))).fill()).isNotEqualTo(taskColour);
        // A box lies where its state lies: the minimap point at its centre stands for a point inside the state.
        Point2D centre = view.minimap().toCanvas(charge.bounds().getCenterX(), charge.bounds().getCenterY());
        assertThat(node("Charge").box().contains(centre)).isTrue();

        // What is painted is that colour, at that place.
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> view.minimap().snapshot(null, null))
                .get();
        javafx.scene.paint.Color pixel = image.getPixelReader().getColor((int) charge.bounds().getCenterX(),
                (int) charge.bounds().getCenterY());
        javafx.scene.paint.Color expected = (javafx.scene.paint.Color) taskColour;
        assertThat(pixel.getRed()).isCloseTo(expected.getRed(), org.assertj.core.data.Offset.offset(0.12));
        assertThat(pixel.getGreen()).isCloseTo(expected.getGreen(), org.assertj.core.data.Offset.offset(0.12));
        assertThat(pixel.getBlue()).isCloseTo(expected.getBlue(), org.assertj.core.data.Offset.offset(0.12));

        // Another theme, other colours: the boxes are painted again in them.
        robot.interact(() -> new dev.stepwise.themes.ThemeService().apply(view.getScene(),
                dev.stepwise.themes.DarkTheme.get()));
        Paint darkTask = ((javafx.scene.layout.Region) node("Charge").lookup(".stripe")).getBackground().getFills()
                .get(0).getFill();
        assertThat(darkTask).isNotEqualTo(taskColour);
        assertThat(view.minimap().boxes().get(states.indexOf(node("Charge"))).fill()).isEqualTo(darkTask);
    }

    @Test
    void renamingInTheInspectorRenamesEverywhere(FxRobot robot) {
        robot.clickOn(node("Charge"));
        javafx.scene.control.TextField name = robot.lookup("#inspector-Name").queryAs(javafx.scene.control.TextField.class);
        assertThat(name.getText()).isEqualTo("Charge");

        robot.doubleClickOn(name).interact(name::selectAll);
        robot.write("Charge Card").press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertThat(document().getText()).contains("\"Charge Card\": {").contains("\"Next\": \"Charge Card\"");
        assertThat(view.textPane().getText()).isEqualTo(document().getText());
        assertThat(canvas().node("Charge Card")).isPresent();
        assertThat(hasEdge("Check", "Charge Card")).isTrue();
        assertThat(view.viewModel().selection().items()).containsExactly("Charge Card");
        assertThat(robot.lookup("#inspector-Name").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Charge Card");
        undoAll(robot);
    }

    @Test
    void anInvalidJsonEditorIsMarkedAndCommitsNothing(FxRobot robot) {
        robot.clickOn(node("Charge"));
        javafx.scene.control.TextArea parameters = robot.lookup("#inspector-Parameters").queryAs(javafx.scene.control.TextArea.class);
        // The editor may be scrolled out of the inspector's view: focus it directly.
        robot.interact(parameters::requestFocus).write("{\"FunctionName\": ");
        assertThat(parameters.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        robot.clickOn(node("Done"));
        assertThat(document().getText()).isEqualTo(Samples.ORDER);

        robot.clickOn(node("Charge"));
        javafx.scene.control.TextArea again = robot.lookup("#inspector-Parameters").queryAs(javafx.scene.control.TextArea.class);
        robot.interact(again::requestFocus).write("{\"FunctionName\": \"f\"}");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertThat(document().getJson().root().at("/States/Charge/Parameters/FunctionName").asText()).isEqualTo("f");
        assertThat(view.textPane().getText()).contains("\"FunctionName\": \"f\"");
    }
}
