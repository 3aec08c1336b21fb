package dev.stepwise.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.LightTheme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every state type has an icon of its own, drawn by the theme in the type's colour. */
@ExtendWith(ApplicationExtension.class)
class StateIconTest {

    static final String EVERY_TYPE = """
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "P"},
              "P": {"Type": "Pass", "Next": "C"},
              "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "W"}], "Default": "F"},
              "W": {"Type": "Wait", "Seconds": 1, "Next": "L"},
              "L": {"Type": "Parallel", "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}],
                    "Next": "M"},
              "M": {"Type": "Map", "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}},
                    "Next": "S"},
              "S": {"Type": "Succeed"},
              "F": {"Type": "Fail"}}}""";

    private DesignerView view;

    @Start
    void start(Stage stage) {
        view = DesignerStage.show(stage, WorkflowDocument.of(EVERY_TYPE, JsonFormat.JSON), LightTheme.get(), 1200, 800);
    }

    @Test
    void eachTypeHasItsOwnIconInItsColour(FxRobot robot) {
        Map<String, String> shapes = new HashMap<>();
        for (String name : List.of("T", "P", "C", "W", "L", "M", "S", "F")) {
            StateNode node = view.canvas().node(name).orElseThrow();
            Region icon = (Region) node.lookup(".type-icon");
            assertThat(icon.getShape()).as(name).isInstanceOf(SVGPath.class);
            assertThat(icon.getWidth()).as(name).isPositive();
            assertThat(icon.getBackground().getFills().get(0).getFill()).as("the type's colour")
                    .isEqualTo(((Region) node.lookup(".stripe")).getBackground().getFills().get(0).getFill());
            shapes.put(name, ((SVGPath) icon.getShape()).getContent());
        }
        assertThat(shapes.values()).doesNotHaveDuplicates();
    }
}
