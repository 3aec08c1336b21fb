package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.themes.StyleClasses;
import dev.stepwise.themes.DarkTheme;
import java.util.Collection;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BracketHighlighterTest {

    private DesignerView view;

    @Start
    void start(Stage stage) {
        WorkflowDocument document = WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON);
        view = DesignerStage.show(stage, document, DarkTheme.get(), 1100, 700);
    }

    private CodeArea area() {
        return view.textPane().codeArea();
    }

    private Collection<String> styleOf(int offset) {
        return area().getStyleOfChar(offset);
    }

    private void caretAt(FxRobot robot, int offset) {
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(offset);
        });
    }

    @Test
    void marksTheBracketBesideTheCaretAndItsPartnerOnly(FxRobot robot) {
        int open = Samples.ORDER.indexOf("\"Check\": {") + "\"Check\": ".length();
        int close = Samples.ORDER.indexOf("},\n        \"Charge\"");

        caretAt(robot, open + 1);

        assertThat(styleOf(open)).contains(StyleClasses.BRACKET_MATCH, StyleClasses.JSON_PUNCTUATION);
        assertThat(styleOf(close)).contains(StyleClasses.BRACKET_MATCH);
        assertThat(styleOf(0)).doesNotContain(StyleClasses.BRACKET_MATCH);

        caretAt(robot, Samples.ORDER.indexOf("Orders"));

        assertThat(styleOf(open)).doesNotContain(StyleClasses.BRACKET_MATCH);
        assertThat(styleOf(close)).doesNotContain(StyleClasses.BRACKET_MATCH);
        assertThat(area().getText()).isEqualTo(Samples.ORDER);
    }

    @Test
    void aStrayClosingBracketIsMarkedAsAnErrorAndStringsDoNotCount(FxRobot robot) {
        String done = "\"Done\": { \"Type\": \"Succeed\" }";
        int afterDone = Samples.ORDER.indexOf(done) + done.length();
        caretAt(robot, afterDone);
        robot.write("]");

        assertThat(styleOf(afterDone)).contains(StyleClasses.BRACKET_UNMATCHED);
        assertThat(styleOf(0)).doesNotContain(StyleClasses.BRACKET_UNMATCHED);

        int inComment = Samples.ORDER.indexOf("Orders");
        caretAt(robot, inComment);
        robot.write("{");

        assertThat(styleOf(inComment)).doesNotContain(StyleClasses.BRACKET_UNMATCHED);
        assertThat(view.textPane().marked(StyleClasses.BRACKET_UNMATCHED)).hasSize(1);

        robot.type(KeyCode.BACK_SPACE);
        caretAt(robot, afterDone + 1);
        robot.type(KeyCode.BACK_SPACE);

        assertThat(view.textPane().marked(StyleClasses.BRACKET_UNMATCHED)).isEmpty();
        assertThat(area().getText()).isEqualTo(Samples.ORDER);
    }

    @Test
    void ctrlShiftMAndCtrlBracketJumpToThePartnerAndBack(FxRobot robot) {
        int open = Samples.ORDER.indexOf("\"States\": {") + "\"States\": ".length();
        int close = Samples.ORDER.lastIndexOf("    }\n}") + 4;
        caretAt(robot, open);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(area().getCaretPosition()).isEqualTo(close);

        robot.press(KeyCode.CONTROL, KeyCode.CLOSE_BRACKET).release(KeyCode.CLOSE_BRACKET, KeyCode.CONTROL);

        assertThat(area().getCaretPosition()).isEqualTo(open);
        assertThat(area().getText()).isEqualTo(Samples.ORDER);
    }
}
