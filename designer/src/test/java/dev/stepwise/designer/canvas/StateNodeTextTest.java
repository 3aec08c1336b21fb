package dev.stepwise.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.LightTheme;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A state's name and caption fit its box: a long one ends in "…", as a Label's would, and keeps its whole text. */
@ExtendWith(ApplicationExtension.class)
class StateNodeTextTest {

    static final String LONG = "Charge the customer's card and record the payment in the ledger";
    static final String DEFINITION = """
            {"StartAt": "Short", "States": {
              "Short": {"Type": "Pass", "Next": "%s"},
              "%s": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem", "End": true}}}"""
            .formatted(LONG, LONG);

    private DesignerView view;

    @Start
    void start(Stage stage) {
        view = DesignerStage.show(stage, WorkflowDocument.of(DEFINITION, JsonFormat.JSON), LightTheme.get(), 1200, 800);
    }

    private static Text text(StateNode node, String styleClass) {
        return (Text) node.lookup("." + styleClass);
    }

    @Test
    void aShortNameIsShownWholeInTheThemesBoldFont() {
        StateNode node = view.canvas().node("Short").orElseThrow();
        Text name = text(node, "name");
        assertThat(name.getText()).isEqualTo("Short");
        assertThat(FontWeight.findByName(name.getFont().getStyle().split(" ")[0])).isEqualTo(FontWeight.BOLD);
        assertThat(text(node, "caption").getText()).isEqualTo("Pass");
    }

    @Test
    void aLongNameEndsInAnEllipsisInsideTheBox() {
        StateNode node = view.canvas().node(LONG).orElseThrow();
        FittedText name = (FittedText) text(node, "name");
        assertThat(name.getText()).endsWith("…").hasSizeLessThan(LONG.length());
        assertThat(LONG).startsWith(name.getText().substring(0, name.getText().length() - 1));
        assertThat(name.fullText()).isEqualTo(LONG);
        assertThat(name.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(node.getWidth());
        Text caption = text(node, "caption");
        assertThat(caption.getText()).isEqualTo("DynamoDB · PutItem");
        assertThat(caption.getBoundsInParent().getMinY()).isGreaterThan(name.getBoundsInParent().getMinY());
    }

    @Test
    void zoomedFarOutStatesShowNoTextAndComeBackWhenZoomedIn(org.testfx.api.FxRobot robot) {
        StateNode node = view.canvas().node("Short").orElseThrow();
        robot.interact(() -> view.canvas().zoomTo(GraphCanvas.FAR_ZOOM / 2, 0, 0));

        assertThat(view.canvas().showsDetail()).isFalse();
        assertThat(text(node, "name").isVisible()).isFalse();
        assertThat(text(node, "caption").isVisible()).isFalse();
        assertThat(node.lookup(".port").isVisible()).isFalse();
        assertThat(node.lookup(".stripe").isVisible()).as("the type's colour still shows").isTrue();
        TransitionEdge edge = view.canvas().edges().get(0);
        assertThat(edge.line().isVisible()).isTrue();

        robot.interact(() -> view.canvas().zoomTo(1, 0, 0));
        assertThat(view.canvas().showsDetail()).isTrue();
        assertThat(text(node, "name").isVisible()).isTrue();
        assertThat(node.lookup(".port").isVisible()).isTrue();
    }
}
