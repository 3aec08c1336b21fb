package dev.stepwise.designer.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.StyleClasses;
import java.lang.ref.WeakReference;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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

    /** The gutter's problem marker on a 1-based line (the visible gutter of that line). */
    private javafx.scene.shape.Circle marker(FxRobot robot, int line) {
        return robot.lookup("." + StyleClasses.GUTTER).queryAllAs(javafx.scene.layout.HBox.class).stream()
                .filter(box -> box.isVisible() && box.getParent() != null
                        && ((javafx.scene.control.Label) box.getChildren().get(1)).getText().strip()
                        .equals(String.valueOf(line)))
                .map(box -> (javafx.scene.shape.Circle) box.getChildren().get(0))
                .reduce((first, second) -> second).orElseThrow();
    }

    private static Diagnostic problem(dev.stepwise.engine.asl.validate.Severity severity, int line, String message) {
        return new Diagnostic("TEST", severity, message, "", new dev.stepwise.engine.json.SourceLocation(line, 3));
    }

    private static String tooltip(javafx.scene.shape.Circle marker) {
        var tooltip = (javafx.scene.control.Tooltip) marker.getProperties().get(javafx.scene.control.Tooltip.class);
        return tooltip == null ? null : tooltip.getText();
    }

    @Test
    void gutterMarkersFollowTheProblemsWithoutRebuildingTheGutter(FxRobot robot) {
        var error = dev.stepwise.engine.asl.validate.Severity.ERROR;
        robot.interact(() -> {
            view.setText(DUPLICATE);
            view.setDiagnostics(List.of(problem(error, 3, "first")));
        });
        javafx.scene.shape.Circle second = marker(robot, 2);
        javafx.scene.shape.Circle third = marker(robot, 3);
        assertThat(third.getPseudoClassStates()).contains(StyleClasses.ERROR);
        assertThat(tooltip(third)).isEqualTo("TEST: first");
        assertThat(second.getPseudoClassStates()).doesNotContain(StyleClasses.ERROR, StyleClasses.WARNING);
        assertThat(tooltip(second)).isNull();

        // Another problem on the same line, underlined alike: the marker shown changes in place.
        robot.interact(() -> view.setDiagnostics(List.of(problem(error, 3, "second"))));

        assertThat(marker(robot, 3)).isSameAs(third);
        assertThat(tooltip(third)).isEqualTo("TEST: second");
        assertThat(marker(robot, 2)).isSameAs(second);

        // A warning on line 2 as well; the error on line 3 gone.
        robot.interact(() -> view.setDiagnostics(List.of(
                problem(dev.stepwise.engine.asl.validate.Severity.WARNING, 2, "careful"))));

        assertThat(marker(robot, 2).getPseudoClassStates()).contains(StyleClasses.WARNING)
                .doesNotContain(StyleClasses.ERROR);
        assertThat(tooltip(marker(robot, 2))).isEqualTo("TEST: careful");
        assertThat(marker(robot, 3).getPseudoClassStates()).doesNotContain(StyleClasses.ERROR, StyleClasses.WARNING);
        assertThat(tooltip(marker(robot, 3))).isNull();
    }

    @Test
    void deletingAQuoteRecoloursTheRestOfItsLine(FxRobot robot) {
        robot.interact(() -> {
            view.setText("{\n  \"a\": \"x\", \"b\": 1\n}\n");
            view.codeArea().textProperty().addListener((obs, old, now) -> view.refreshHighlighting());
            int quote = view.getText().indexOf("x\"") + 1;
            view.codeArea().deleteText(quote, quote + 1);
        });

        // Line 2 is now:   "a": "x, "b": 1  -- the string runs on to the next quote, "b" is no longer a key.
        assertThat(view.styleAt(2, 9)).containsExactly(StyleClasses.JSON_STRING);
        assertThat(view.styleAt(2, 12)).containsExactly(StyleClasses.JSON_STRING);
        assertThat(view.styleAt(2, 13)).doesNotContain(StyleClasses.JSON_KEY);
    }

    @Test
    void randomTypingLeavesTheColoursOfAWholeHighlighting(FxRobot robot) {
        String start = """
                {
                  "StartAt": "A",
                  "States": {"A": {"Type": "Pass", "Result": [1, 2.5, true, null], "Next": "B"},
                    "B": {"Type": "Succeed", "Comment": "say \\"hi\\""}}
                }
                """;
        String[] pieces = {"\"", "\n", ":", " ", "\\", "12", "true", "{", "}", ",", "\"key\": ", "x"};
        robot.interact(() -> typeRandomlyAndCompare(start, pieces, JsonHighlighter::highlight));
    }

    @Test
    void deletingAtTheStartOfTheTextRecoloursTheLinesItChanged(FxRobot robot) {
        robot.interact(() -> {
            view.setText("\"ab\": 1");
            view.codeArea().textProperty().addListener((obs, old, now) -> view.refreshHighlighting());
            view.codeArea().deleteText(0, 1);
        });
        // Now  ab": 1  -- the quote left opens a string, "ab" is no longer a key.
        assertThat(view.codeArea().getStyleOfChar(0)).doesNotContain(StyleClasses.JSON_KEY);
        assertThat(view.codeArea().getStyleOfChar(3)).containsExactly(StyleClasses.JSON_STRING);

        robot.interact(() -> {
            view.setFormat(JsonFormat.YAML);
            view.setText("a: |\n  b: c");
            view.codeArea().deleteText(0, 4);
        });
        assertThat(styleOf("b: c")).as("out of the block scalar").containsExactly(StyleClasses.JSON_KEY);
    }

    /** The style of the character where {@code marker} first occurs in the view's text. */
    private Collection<String> styleOf(String marker) {
        return view.codeArea().getStyleOfChar(view.getText().indexOf(marker));
    }

    @Test
    void typingABlockScalarHeaderRecoloursTheLinesAfterItAndDeletingItRecoloursThemBack(FxRobot robot) {
        String yaml = """
                Charge:
                  Cause:\s
                    Two lines: of text
                    # a comment
                  End: true
                """;
        robot.interact(() -> {
            view.setFormat(JsonFormat.YAML);
            view.setText(yaml);
            view.codeArea().textProperty().addListener((obs, old, now) -> view.refreshHighlighting());
        });
        assertThat(styleOf("Two lines")).containsExactly(StyleClasses.JSON_KEY);
        assertThat(styleOf("# a comment")).containsExactly(StyleClasses.CODE_COMMENT);

        int header = yaml.indexOf("Cause: ") + "Cause: ".length();
        robot.interact(() -> view.codeArea().insertText(header, "|"));

        assertThat(styleOf("|")).containsExactly(StyleClasses.JSON_PUNCTUATION);
        assertThat(styleOf("Two lines")).containsExactly(StyleClasses.JSON_STRING);
        assertThat(styleOf(": of text")).containsExactly(StyleClasses.JSON_STRING);
        assertThat(styleOf("# a comment")).containsExactly(StyleClasses.JSON_STRING);
        assertThat(styleOf("End")).as("the scalar ends where the indentation does")
                .containsExactly(StyleClasses.JSON_KEY);

        robot.interact(() -> view.codeArea().deleteText(header, header + 1));

        assertThat(styleOf("Two lines")).containsExactly(StyleClasses.JSON_KEY);
        assertThat(styleOf(": of text")).containsExactly(StyleClasses.JSON_PUNCTUATION);
        assertThat(styleOf("# a comment")).containsExactly(StyleClasses.CODE_COMMENT);
        assertThat(styleOf("End")).containsExactly(StyleClasses.JSON_KEY);
    }

    @Test
    void randomYamlTypingLeavesTheColoursOfAWholeHighlighting(FxRobot robot) {
        // The highlighter's own sample (block scalar, anchors, flow collections, quotes) and a folded scalar.
        String start = YamlHighlighterTest.YAML + """
                  Folded:
                    Note: >-
                      folded 'text'
                        "more": [1]
                    Comment: 'it''s'
                """;
        String[] pieces = {"|", ">", "\n", "  ", "#", ":", "- ", "'", "\"", "{", "}", "x", "key: |\n", ">\n", "    "};
        robot.interact(() -> {
            view.setFormat(JsonFormat.YAML);
            typeRandomlyAndCompare(start, pieces, YamlHighlighter::highlight);
        });
    }

    @Test
    void restingThePointerOnAnUnderlineShowsItsProblems(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.setText(DUPLICATE);
            view.setDiagnostics(new AslValidator().validate(DUPLICATE, JsonFormat.JSON));
        });
        int underlined = view.getText().indexOf("\"StartAt\"", view.getText().indexOf("\"StartAt\"") + 1) + 3;
        assertThat(view.problemsAt(underlined)).isNotEmpty();
        assertThat(view.problemsAt(view.getText().indexOf("\"StartAt\"") + 3)).isEmpty();

        javafx.scene.control.Tooltip tooltip = view.problemTooltip();
        robot.moveTo(characterOnScreen(robot, underlined));
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, tooltip::isShowing);

        assertThat(tooltip.getText()).isEqualTo(JsonPaneView.describe(view.problemsAt(underlined)))
                .contains("StartAt");
        // The text is at the window's right: the tooltip ends inside the window, or starts at its left when wider
        // (once its size is known: it may be laid out a pulse after it shows).
        javafx.stage.Window window = view.getScene().getWindow();
        double right = window.getX() + window.getWidth();
        java.util.function.BooleanSupplier inside = () -> tooltip.getX() >= window.getX()
                && (tooltip.getX() + tooltip.getWidth() <= right + 0.5 || tooltip.getX() == window.getX());
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, inside::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("tooltip from " + tooltip.getX() + " to " + (tooltip.getX() + tooltip.getWidth())
                    + ", window from " + window.getX() + " to " + right, e);
        }

        // On to a line without problems: the tooltip goes and no other comes.
        robot.moveTo(characterOnScreen(robot, view.getText().indexOf("\"States\"") + 3));
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !tooltip.isShowing());
        Thread.sleep(ProblemHover.DELAY.toMillis() * 2);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(tooltip.isShowing()).isFalse();
    }

    private javafx.geometry.Point2D characterOnScreen(FxRobot robot, int offset) throws Exception {
        javafx.geometry.Bounds bounds = org.testfx.util.WaitForAsyncUtils.asyncFx(() ->
                view.codeArea().getCharacterBoundsOnScreen(offset, offset + 1)).get().orElseThrow();
        return new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    /**
     * Makes 300 random edits (a fixed seed) of pieces typed in and characters deleted, re-colouring after each as the
     * designer does; after each, every character has the style a whole highlighting of the text gives it.
     */
    private void typeRandomlyAndCompare(String start, String[] pieces,
            Function<String, StyleSpans<Collection<String>>> highlight) {
        Random random = new Random(7);
        view.setText(start);
        view.codeArea().textProperty().addListener((obs, old, now) -> view.refreshHighlighting());
        for (int edit = 0; edit < 300; edit++) {
            int length = view.getText().length();
            int at = random.nextInt(length + 1);
            int removed = random.nextInt(3) == 0 ? Math.min(length - at, random.nextInt(4)) : 0;
            String inserted = removed > 0 && random.nextBoolean() ? "" : pieces[random.nextInt(pieces.length)];
            view.codeArea().replaceText(at, at + removed, inserted);

            int offset = 0;
            for (var span : highlight.apply(view.getText())) {
                for (int i = 0; i < span.getLength(); i++, offset++) {
                    if (view.getText().charAt(offset) == '\n') {
                        continue; // not in any paragraph: the area has no style of its own for it
                    }
                    assertThat(view.codeArea().getStyleOfChar(offset))
                            .as("edit %d, character %d of %s", edit, offset, view.getText())
                            .containsExactlyElementsOf(span.getStyle());
                }
            }
        }
    }

    @Test
    void showsTheCaretInItsWindowAndIsReleasedOnceTakenOut(FxRobot robot) throws Exception {
        assertThat(view.codeArea().getShowCaret()).isEqualTo(Caret.CaretVisibility.ON);
        JsonPaneView other = WaitForAsyncUtils.asyncFx(JsonPaneView::new).get();
        robot.interact(() -> {
            other.setText(DUPLICATE);
            view.getScene().setRoot(other);
        });
        assertThat(view.codeArea().getShowCaret()).isEqualTo(Caret.CaretVisibility.AUTO);
        assertThat(other.codeArea().getShowCaret()).isEqualTo(Caret.CaretVisibility.ON);

        WeakReference<JsonPaneView> taken = new WeakReference<>(view);
        view = null;
        for (int attempt = 0; attempt < 20 && taken.get() != null; attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(taken.get()).as("a pane out of its window kept in memory").isNull();
    }
}
