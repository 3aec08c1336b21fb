package dev.stepwise.designer.debug;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks what to debug the designer's state machine with: its input (JSON) and, when there are mocks, a test case. */
public final class DebugDialog extends Dialog<DebugDialog.Request> {

    public static final String INPUT_ID = "debug-input";
    public static final String TEST_CASE_ID = "debug-test-case";
    public static final ButtonType DEBUG = new ButtonType("Debug", ButtonBar.ButtonData.OK_DONE);
    static final String NO_MOCKS = "No mocks (tasks fail)";

    /** What the user chose: the input, and the test case (null: no mocks). */
    public record Request(JsonNode input, String testCase) {
    }

    public DebugDialog(Window owner, DebugTarget target) {
        initOwner(owner);
        setTitle("Debug " + target.name());
        setHeaderText("Run " + target.name() + " in the step debugger, holding before its first state.");
        TextArea input = new TextArea(target.input());
        input.setId(INPUT_ID);
        input.setPrefRowCount(8);
        input.setStyle("-fx-font-family: monospace;");
        ComboBox<String> testCase = new ComboBox<>();
        testCase.setId(TEST_CASE_ID);
        testCase.getItems().add(NO_MOCKS);
        testCase.getItems().addAll(target.testCases());
        testCase.getSelectionModel().select(target.testCases().isEmpty() ? 0 : 1);
        Label problem = new Label();
        problem.getStyleClass().add("debug-problem");
        problem.setWrapText(true);
        VBox content = new VBox(6, new Label("Input"), input, new Label("Test case (" + target.name()
                + ".mocks.json)"), testCase, problem);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(DEBUG, ButtonType.CANCEL);

        Node debug = getDialogPane().lookupButton(DEBUG);
        Runnable check = () -> {
            Optional<String> error = parse(input.getText()).isPresent() ? Optional.empty()
                    : Optional.of("The input is not valid JSON.");
            problem.setText(error.orElse(target.problem() == null ? "" : "The mock file was not read: "
                    + target.problem()));
            debug.setDisable(error.isPresent());
        };
        input.textProperty().addListener((obs, old, now) -> check.run());
        check.run();
        setResultConverter(button -> {
            if (button != DEBUG) {
                return null;
            }
            String chosen = testCase.getValue();
            return new Request(parse(input.getText()).orElseThrow(), NO_MOCKS.equals(chosen) ? null : chosen);
        });
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.of(JsonReader.readJson(text).root());
        } catch (JsonSyntaxException e) {
            return Optional.empty();
        }
    }
}
