package dev.stepwise.designer.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.designer.testsupport.InspectorRobot;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.themes.LightTheme;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Choice rule builder in the real designer: operator picker, typed operands, Next, add, remove and combine. */
@ExtendWith(ApplicationExtension.class)
class ChoiceRulesEditorTest {

    private DesignerView view;

    @Start
    void start(Stage stage) {
        view = DesignerStage.show(stage, WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON), LightTheme.get(),
                1250, 760);
    }

    private WorkflowDocument document() {
        return view.viewModel().document();
    }

    private <T extends javafx.scene.Node> T lookup(FxRobot robot, String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    @Test
    void aRuleIsEditedThroughItsOperatorOperandAndNext(FxRobot robot) {
        robot.interact(() -> view.viewModel().selection().select("Check"));
        @SuppressWarnings("unchecked")
        ComboBox<String> operator = lookup(robot, "inspector-rules-0-operator", ComboBox.class);
        TextField value = lookup(robot, "inspector-rules-0-value", TextField.class);
        assertThat(operator.getValue()).isEqualTo("NumericGreaterThan");
        assertThat(value.getText()).isEqualTo("100.5");
        assertThat(lookup(robot, "inspector-rules-0-Variable", TextField.class).getText()).isEqualTo("$.amount");

        robot.interact(() -> value.setText("ten")).interact(value::requestFocus).press(KeyCode.ENTER)
                .release(KeyCode.ENTER);
        assertThat(value.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        assertThat(document().getText()).isEqualTo(Samples.ORDER);

        TextField again = lookup(robot, "inspector-rules-0-value", TextField.class);
        robot.interact(() -> again.setText("250")).interact(again::requestFocus).press(KeyCode.ENTER)
                .release(KeyCode.ENTER);
        assertThat(document().getJson().root().at("/States/Check/Choices/0/NumericGreaterThan").asInt()).isEqualTo(250);

        @SuppressWarnings("unchecked")
        ComboBox<String> picker = lookup(robot, "inspector-rules-0-operator", ComboBox.class);
        robot.interact(() -> picker.setValue("NumericLessThanEquals"));
        assertThat(document().getJson().root().at("/States/Check/Choices/0").toString())
                .isEqualTo("{\"Variable\":\"$.amount\",\"NumericLessThanEquals\":250,\"Next\":\"Charge\"}");

        @SuppressWarnings("unchecked")
        ComboBox<String> next = lookup(robot, "inspector-rules-0-Next", ComboBox.class);
        robot.interact(() -> next.setValue("Failed"));
        assertThat(document().getJson().root().at("/States/Check/Choices/0/Next").asText()).isEqualTo("Failed");
        assertThat(view.canvas().edges()).anyMatch(edge -> edge.model().from().equals("Check")
                && edge.model().to().equals("Failed"));

        robot.interact(() -> lookup(robot, "inspector-rules-add", Button.class).fire());
        assertThat(document().getJson().root().at("/States/Check/Choices").size()).isEqualTo(2);
        robot.interact(() -> lookup(robot, "inspector-rules-1-remove", Button.class).fire());
        assertThat(document().getJson().root().at("/States/Check/Choices").size()).isEqualTo(1);

        robot.interact(() -> {
            while (view.viewModel().commands().undoSize() > 0) {
                view.viewModel().commands().undo();
            }
        });
        assertThat(document().getText()).isEqualTo(Samples.ORDER);
    }

    @Test
    void aFlatRuleIsCombinedWithAnAndAndCompletedToTwoConditions(FxRobot robot) {
        robot.interact(() -> view.viewModel().selection().select("Check"));
        InspectorRobot.click(robot, "inspector-rules-0-combine");
        robot.clickOn("Combine with And");
        InspectorRobot.enter(robot, "inspector-rules-0-And-1-Variable", "$.tier");
        InspectorRobot.enter(robot, "inspector-rules-0-And-1-value", "premium");

        assertThat(document().getText()).isEqualTo(Samples.ORDER.replace(
                "{\"Variable\": \"$.amount\", \"NumericGreaterThan\": 100.50, \"Next\": \"Charge\"}",
                "{\"And\": [{\"Variable\": \"$.amount\", \"NumericGreaterThan\": 100.50}, "
                        + "{\"Variable\": \"$.tier\", \"StringEquals\": \"premium\"}], \"Next\": \"Charge\"}"));
        assertThat(view.canvas().edges()).anySatisfy(edge -> assertThat(edge.label().map(Label::getText))
                .contains("$.amount > 100.50 && $.tier == \"premium\""));
        assertThat(lookup(robot, "inspector-rules-0-remove", Button.class).isDisabled())
                .as("a Choice keeps at least one rule").isTrue();

        robot.interact(() -> {
            while (view.viewModel().commands().undoSize() > 0) {
                view.viewModel().commands().undo();
            }
        });
        assertThat(document().getText()).isEqualTo(Samples.ORDER);
    }
}
