package dev.stepwise.designer.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.canvas.TransitionEdge;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.designer.testsupport.InspectorRobot;
import dev.stepwise.designer.testsupport.NestedChoice;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.LightTheme;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** And/Or/Not rules in the real designer: nested fields, the And/Or picker, adding, removing and combining. */
@ExtendWith(ApplicationExtension.class)
class RuleGroupViewTest {

    private DesignerView view;

    @Start
    void start(Stage stage) {
        view = DesignerStage.show(stage, WorkflowDocument.of(NestedChoice.TEXT, JsonFormat.JSON), LightTheme.get(),
                1250, 760);
    }

    private WorkflowDocument document() {
        return view.viewModel().document();
    }

    private static <T extends Node> T lookup(FxRobot robot, String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    private String routeToReviewLabel() {
        return view.canvas().edges().stream().filter(edge -> edge.model().to().equals("Review")).findFirst()
                .flatMap(TransitionEdge::label).map(Label::getText).orElse("");
    }

    @Test
    void aNestedComparisonIsEditedInPlaceAndABadOperandIsMarked(FxRobot robot) {
        robot.interact(() -> view.viewModel().selection().select("Route"));
        assertThat(lookup(robot, "inspector-rules-0-And-1-Or-0-value", TextField.class).getText()).isEqualTo("premium");
        assertThat(lookup(robot, "inspector-rules-0-And-1-Or-1-Not-Variable", TextField.class).getText())
                .isEqualTo("$.flagged");

        InspectorRobot.enter(robot, "inspector-rules-0-And-1-Or-0-value", "gold");
        assertThat(document().getText()).isEqualTo(NestedChoice.TEXT.replace("\"premium\"", "\"gold\""));
        assertThat(routeToReviewLabel()).contains("\"gold\"");

        InspectorRobot.enter(robot, "inspector-rules-0-And-1-Or-1-Not-value", "maybe");
        TextField bad = lookup(robot, "inspector-rules-0-And-1-Or-1-Not-value", TextField.class);
        assertThat(bad.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        Label problem = lookup(robot, "inspector-rules-0-And-1-Or-1-Not-value-problem", Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("BooleanEquals takes true or false, not \"maybe\"");
        assertThat(document().getText()).isEqualTo(NestedChoice.TEXT.replace("\"premium\"", "\"gold\""));

        robot.interact(() -> view.viewModel().commands().undo());
        assertThat(document().getText()).isEqualTo(NestedChoice.TEXT);
    }

    @Test
    void aNotIsUnwrappedAndWrappedAgainToTheSameBytes(FxRobot robot) {
        robot.interact(() -> view.viewModel().selection().select("Route"));
        InspectorRobot.click(robot, "inspector-rules-0-And-1-Or-1-unwrap");
        assertThat(document().getText()).isEqualTo(NestedChoice.TEXT.replace(
                "{\"Not\": {\"Variable\": \"$.flagged\", \"BooleanEquals\": true}}",
                "{\"Variable\": \"$.flagged\", \"BooleanEquals\": true}"));
        assertThat(robot.lookup("#inspector-rules-0-And-1-Or-1-Variable").tryQuery()).isPresent();

        InspectorRobot.click(robot, "inspector-rules-0-And-1-Or-1-combine");
        robot.clickOn("Wrap in Not");
        assertThat(document().getText()).isEqualTo(NestedChoice.TEXT);
        assertThat(view.viewModel().commands().undoDescriptionProperty().get()).isEqualTo("Wrap Rule in Not");
    }

    @Test
    void groupsSwitchGrowShrinkAndAFlatRuleIsCombinedIntoAnAnd(FxRobot robot) {
        robot.interact(() -> view.viewModel().selection().select("Route"));
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = lookup(robot, "inspector-rules-0-combinator", ComboBox.class);
        assertThat(picker.getValue()).isEqualTo("And");
        robot.interact(() -> picker.setValue("Or"));
        assertThat(document().getText()).isEqualTo(NestedChoice.TEXT.replace("\"And\": [", "\"Or\": ["));
        assertThat(routeToReviewLabel()).startsWith("$.amount > 100.50 || (");

        InspectorRobot.click(robot, "inspector-rules-0-Or-1-add-comparison");
        assertThat(document().getJson().root().at("/States/Route/Choices/0/Or/1/Or").size()).isEqualTo(3);
        assertThat(lookup(robot, "inspector-rules-0-Or-1-Or-2-value", TextField.class).getText()).isEmpty();
        InspectorRobot.click(robot, "inspector-rules-0-Or-1-Or-0-remove");
        assertThat(document().getJson().root().at("/States/Route/Choices/0/Or/1/Or/0/Not")).isNotNull();
        assertThat(document().getJson().root().at("/States/Route/Choices/0/Or/1/Or").size()).isEqualTo(2);
        assertThat(lookup(robot, "inspector-rules-0-Or-1-Or-0-Not-remove", Button.class).isDisabled())
                .as("a Not keeps its one rule").isTrue();

        InspectorRobot.click(robot, "inspector-rules-1-combine");
        robot.clickOn("Combine with And");
        assertThat(document().getJson().root().at("/States/Route/Choices/1").toString()).isEqualTo("{\"And\":["
                + "{\"Variable\":\"$.amount\",\"NumericLessThan\":0},{\"Variable\":\"$.value\",\"StringEquals\":\"\"}],"
                + "\"Next\":\"Reject\"}");
        assertThat(lookup(robot, "inspector-rules-1-And-1-Variable", TextField.class).getText()).isEqualTo("$.value");
        InspectorRobot.click(robot, "inspector-rules-1-And-0-remove");
        assertThat(lookup(robot, "inspector-rules-1-And-0-remove", Button.class).isDisabled())
                .as("an And keeps at least one rule").isTrue();

        robot.interact(() -> {
            while (view.viewModel().commands().undoSize() > 0) {
                view.viewModel().commands().undo();
            }
        });
        assertThat(document().getText()).isEqualTo(NestedChoice.TEXT);
    }
}
