package dev.stepwise.designer.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.StyleClasses;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class JsonPaneViewTest {

    private static final String DUPLICATE = """
            {
              "StartAt": "A",
              "StartAt": "A",
              "States": {"A": {"Type": "Succeed"}}
            }
            """;

    private JsonPaneView view;

    @Start
    void start(Stage stage) {
        view = new JsonPaneView();
        stage.setScene(new Scene(view, 400, 300));
        stage.show();
    }

    @Test
    void underlinesTheLineOfAnError(FxRobot robot) {
        List<Diagnostic> diagnostics = new AslValidator().validate(DUPLICATE, JsonFormat.JSON);
        robot.interact(() -> {
            view.setText(DUPLICATE);
            view.setDiagnostics(diagnostics);
        });

        assertThat(diagnostics).extracting(Diagnostic::line).contains(3).doesNotContain(2);
        assertThat(view.styleAt(3, 5)).contains(StyleClasses.PROBLEM_ERROR);
        assertThat(view.styleAt(2, 5)).doesNotContain(StyleClasses.PROBLEM_ERROR);
    }

    @Test
    void coloursKeysStringsAndPunctuation(FxRobot robot) {
        robot.interact(() -> view.setText(DUPLICATE));

        assertThat(view.styleAt(2, 4)).containsExactly(StyleClasses.JSON_KEY);
        assertThat(view.styleAt(2, 15)).containsExactly(StyleClasses.JSON_STRING);
        assertThat(view.styleAt(1, 0)).containsExactly(StyleClasses.JSON_PUNCTUATION);
    }

    @Test
    void typingRecoloursOnlyWhatChangedAndKeepsEveryStyleRight(FxRobot robot) {
        // As the designer does it: re-colour from a listener on the text.
        robot.interact(() -> {
            view.setText(DUPLICATE);
            view.setDiagnostics(new AslValidator().validate(DUPLICATE, JsonFormat.JSON));
            view.codeArea().textProperty().addListener((obs, old, now) -> view.refreshHighlighting());
            // The area first gives typed text the style of the character before it ("{": punctuation).
            int at = view.getText().indexOf("\"Type\"");
            view.codeArea().replaceText(at, at, "\"Count\": 12, ");
            // Same length, same colour wanted as before: the area still gives it the style of the space before it.
            int number = view.getText().indexOf("12");
            view.codeArea().replaceText(number, number + 2, "34");
        });

        // Line 4 is now:   "States": {"A": {"Count": 12, "Type": "Succeed"}}
        assertThat(view.styleAt(4, 21)).containsExactly(StyleClasses.JSON_KEY);
        assertThat(view.styleAt(4, 29)).containsExactly(StyleClasses.JSON_NUMBER);
        assertThat(view.styleAt(4, 33)).containsExactly(StyleClasses.JSON_KEY);
        assertThat(view.styleAt(4, 30)).containsExactly(StyleClasses.JSON_NUMBER);
        assertThat(view.styleAt(3, 5)).contains(StyleClasses.PROBLEM_ERROR);
    }

    @Test
    void movesTheCaretToALineAndColumn(FxRobot robot) {
        robot.interact(() -> {
            view.setText(DUPLICATE);
            view.moveCaretTo(3, 4);
        });

        assertThat(view.caretLineProperty().get()).isEqualTo(3);
        assertThat(view.caretColumnProperty().get()).isEqualTo(4);
    }

    @Test
    void isReadOnly() {
        assertThat(view.codeArea().isEditable()).isFalse();
    }

    /** The line numbers the gutter shows now, top to bottom. */
    private List<String> lineNumbers(FxRobot robot) {
        return robot.lookup("." + StyleClasses.LINE_NUMBER).queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(javafx.scene.Node::isVisible)
                .sorted(java.util.Comparator.comparingDouble(label -> label.localToScene(0, 0).getY()))
                .map(javafx.scene.control.Label::getText)
                .toList();
    }

    @Test
    void typedLinesAreNumberedAndTheNumbersWidenPastNine(FxRobot robot) {
        robot.interact(() -> view.setText("{\n  \"a\": 1,\n  \"b\": 2\n}\n"));
        assertThat(lineNumbers(robot)).containsExactly("1", "2", "3", "4", "5");

        robot.interact(() -> {
            view.codeArea().insertText(2, "  \"x\": 0,\n");
            view.refreshHighlighting();
        });
        assertThat(lineNumbers(robot)).containsExactly("1", "2", "3", "4", "5", "6");

        robot.interact(() -> {
            view.codeArea().insertText(2, "  \"y\": 0,\n".repeat(4));
            view.refreshHighlighting();
        });
        assertThat(lineNumbers(robot)).hasSize(10).startsWith(" 1", " 2").endsWith("10");
    }
}
