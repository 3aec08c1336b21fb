package dev.stepwise.designer.inspector;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.validate.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A form for the selected state: name, Comment, Next/End and the fields of its type, paths, and JSON editors for
 * Parameters, Arguments, Result, Output and Assign that check the JSON as you type. A field commits on Enter or when
 * it loses focus (a JSON editor on Ctrl+Enter or focus loss), one command each. The state's problems show below.
 * Node ids: {@code inspector-<Field>} (e.g. {@code inspector-Name}, {@code inspector-Comment}).
 */
public final class InspectorView extends ScrollPane {

    public static final String STYLE_CLASS = "inspector";
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final KeyCombination COMMIT_JSON = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    /** Which string/number fields and JSON editors each type shows. */
    private static final Map<String, List<String>> TEXT_FIELDS = Map.of(
            "Task", List.of("Resource", "TimeoutSeconds", "HeartbeatSeconds", "InputPath", "OutputPath", "ResultPath"),
            "Pass", List.of("InputPath", "OutputPath", "ResultPath"),
            "Choice", List.of("InputPath", "OutputPath"),
            "Wait", List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath", "InputPath", "OutputPath"),
            "Succeed", List.of("InputPath", "OutputPath"),
            "Fail", List.of("Error", "Cause", "ErrorPath", "CausePath"),
            "Parallel", List.of("InputPath", "OutputPath", "ResultPath"),
            "Map", List.of("ItemsPath", "MaxConcurrency", "InputPath", "OutputPath", "ResultPath"));
    private static final Map<String, List<String>> JSON_FIELDS = Map.of(
            "Task", List.of("Parameters", "Arguments", "ResultSelector", "Output", "Assign"),
            "Pass", List.of("Parameters", "Result", "Output", "Assign"),
            "Choice", List.of("Choices", "Output", "Assign"),
            "Wait", List.of("Output", "Assign"),
            "Succeed", List.of("Output"),
            "Fail", List.of(),
            "Parallel", List.of("Parameters", "Arguments", "ResultSelector", "Output", "Assign"),
            "Map", List.of("Parameters", "ItemSelector", "Arguments", "ResultSelector", "Output", "Assign"));
    private static final List<String> NUMBER_FIELDS = List.of("TimeoutSeconds", "HeartbeatSeconds", "Seconds",
            "MaxConcurrency");

    private static final List<String> RETRY_AND_CATCH = List.of("Task", "Parallel", "Map");

    private final InspectorViewModel viewModel;
    private final VBox box = new VBox();
    /** A field to scroll into view at the next layout, once the form around it has its size. */
    private javafx.scene.Node pendingReveal;

    public InspectorView(InspectorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(STYLE_CLASS);
        setFitToWidth(true);
        box.getStyleClass().add("inspector-box");
        setContent(box);
        viewModel.revisionProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    public InspectorViewModel viewModel() {
        return viewModel;
    }

    /**
     * Shows and focuses the field at a path inside the selected state ({@code Next}, {@code Default},
     * {@code Choices/0/Next}, {@code Catch/1/Next}), marked {@code referenced} until the next rebuild. Returns whether
     * the inspector has that field.
     */
    public boolean reveal(String fieldPath) {
        String id = "inspector-" + fieldPath.replaceFirst("^Choices/", "rules/").replace('/', '-');
        javafx.scene.Node field = box.lookup("#" + id);
        if (field == null) {
            return false;
        }
        box.lookupAll(".referenced").forEach(node -> node.getStyleClass().remove("referenced"));
        field.getStyleClass().add("referenced");
        field.requestFocus();
        // The form may have just been rebuilt for the edge's state: scroll once it has been laid out.
        pendingReveal = field;
        requestLayout();
        return true;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        javafx.scene.Node field = pendingReveal;
        if (field == null || field.getScene() == null) {
            return;
        }
        double y = box.sceneToLocal(field.localToScene(0, 0)).getY();
        double bottom = y + field.getLayoutBounds().getHeight();
        if (field.getLayoutBounds().getHeight() <= 0 || bottom > box.getHeight()) {
            return; // the new form is not laid out yet: the next layout pass tries again
        }
        pendingReveal = null;
        double hidden = box.getHeight() - getViewportBounds().getHeight();
        if (hidden > 0) {
            setVvalue(Math.max(0, Math.min(1, (y - 24) / hidden)));
        }
    }

    private void rebuild() {
        box.getChildren().clear();
        String name = viewModel.getStateName();
        if (name == null) {
            Label empty = new Label("Select one state to see its fields.");
            empty.getStyleClass().add("inspector-placeholder");
            box.getChildren().add(empty);
            return;
        }
        String type = viewModel.type();
        Label title = new Label(type);
        title.getStyleClass().addAll("inspector-type", "state-" + type.toLowerCase(java.util.Locale.ROOT));
        box.getChildren().add(title);

        GridPane grid = formGrid("inspector-grid");
        int row = 0;

        row = add(grid, row, "Name", textField("Name", name, viewModel::rename));
        row = add(grid, row, "Comment", textField("Comment", viewModel.text("Comment"),
                value -> viewModel.setText("Comment", value)));
        if (!type.equals("Choice") && !type.equals("Succeed") && !type.equals("Fail")) {
            List<String> choices = new ArrayList<>();
            choices.add(InspectorViewModel.END);
            viewModel.targets().stream().filter(t -> !t.equals(name)).forEach(choices::add);
            row = add(grid, row, "Next", chooser("Next", choices, viewModel.next(), viewModel::setNext));
        }
        if (type.equals("Choice")) {
            List<String> choices = new ArrayList<>();
            choices.add("");
            viewModel.targets().stream().filter(t -> !t.equals(name)).forEach(choices::add);
            row = add(grid, row, "Default", chooser("Default", choices, viewModel.text("Default"), viewModel::setDefault));
        }
        for (String field : TEXT_FIELDS.getOrDefault(type, List.of())) {
            Function<String, Boolean> commit = NUMBER_FIELDS.contains(field)
                    ? value -> viewModel.setNumber(field, value).isEmpty()
                    : value -> viewModel.setText(field, value);
            row = add(grid, row, field, textField(field, viewModel.text(field), commit));
        }
        box.getChildren().add(grid);

        if (type.equals("Choice")) {
            List<String> targets = viewModel.targets().stream().filter(target -> !target.equals(name)).toList();
            box.getChildren().add(new ChoiceRulesEditor(viewModel.choiceRules(), targets, viewModel.isJsonata()));
        }
        for (String field : JSON_FIELDS.getOrDefault(type, List.of())) {
            box.getChildren().add(jsonEditor(field));
        }
        if (RETRY_AND_CATCH.contains(type)) {
            box.getChildren().addAll(retryEditor(), catchEditor(name));
        }
        List<Diagnostic> problems = viewModel.diagnostics();
        if (!problems.isEmpty()) {
            Label header = new Label("Problems");
            header.getStyleClass().add("inspector-section");
            box.getChildren().add(header);
            for (Diagnostic diagnostic : problems) {
                Label problem = new Label(diagnostic.code() + ": " + diagnostic.message());
                problem.setWrapText(true);
                problem.getStyleClass().addAll("inspector-problem", diagnostic.isError() ? "error" : "warning");
                box.getChildren().add(problem);
            }
        }
        box.setDisable(!viewModel.isEditable());
    }

    private EntryListEditor retryEditor() {
        return new EntryListEditor(viewModel, "Retry", "retrier", List.of(
                EntryField.of("ErrorEquals", EntryField.Kind.ERROR_NAMES),
                EntryField.of("IntervalSeconds", EntryField.Kind.INTEGER),
                EntryField.of("MaxAttempts", EntryField.Kind.INTEGER),
                EntryField.of("BackoffRate", EntryField.Kind.NUMBER),
                EntryField.of("MaxDelaySeconds", EntryField.Kind.INTEGER),
                EntryField.choice("JitterStrategy", List.of("FULL", "NONE"))),
                () -> {
                    // AWS's defaults, written out so that they can be seen and changed.
                    ObjectNode retrier = JsonNodeFactory.instance.objectNode();
                    retrier.putArray("ErrorEquals").add("States.TaskFailed");
                    return retrier.put("IntervalSeconds", 1).put("MaxAttempts", 3).put("BackoffRate", 2);
                });
    }

    private EntryListEditor catchEditor(String name) {
        List<String> targets = viewModel.targets().stream().filter(target -> !target.equals(name)).toList();
        boolean first = !viewModel.state().path("Catch").isArray() || viewModel.state().path("Catch").isEmpty();
        return new EntryListEditor(viewModel, "Catch", "catcher", List.of(
                EntryField.of("ErrorEquals", EntryField.Kind.ERROR_NAMES),
                EntryField.choice("Next", targets),
                EntryField.of("ResultPath", EntryField.Kind.TEXT)),
                () -> {
                    // States.ALL must come last, so only a first catcher gets it.
                    ObjectNode catcher = JsonNodeFactory.instance.objectNode();
                    catcher.putArray("ErrorEquals").add(first ? "States.ALL" : "States.TaskFailed");
                    if (!targets.isEmpty()) {
                        catcher.put("Next", targets.get(0));
                    }
                    return catcher;
                });
    }

    /** Commits a text field's value when Enter is pressed or the field loses focus while still on screen. */
    static void commitOnEnterOrLeave(TextField text, Runnable commit) {
        text.setOnAction(event -> commit.run());
        text.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused && text.getScene() != null) {
                commit.run();
            }
        });
    }

    /** Two columns, captions and fields; the fields take the width. */
    static GridPane formGrid(String styleClass) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(styleClass);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        return grid;
    }

    static int add(GridPane grid, int row, String label, Node field) {
        Label caption = new Label(label);
        caption.getStyleClass().add("inspector-label");
        caption.setMinWidth(Region.USE_PREF_SIZE); // the fields give way in a narrow inspector, not the captions
        grid.add(caption, 0, row);
        grid.add(field, 1, row);
        return row + 1;
    }

    private TextField textField(String field, String value, Function<String, Boolean> commit) {
        TextField text = new TextField(value);
        text.setId("inspector-" + field);
        text.setMaxWidth(Double.MAX_VALUE);
        Runnable apply = () -> {
            if (!text.getText().equals(value)) {
                commit.apply(text.getText());
            }
        };
        commitOnEnterOrLeave(text, apply);
        return text;
    }

    private ComboBox<String> chooser(String field, List<String> choices, String value,
                                     java.util.function.Consumer<String> commit) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId("inspector-" + field);
        combo.getItems().setAll(choices);
        combo.setValue(value);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(value)) {
                commit.accept(now);
            }
        });
        return combo;
    }

    private VBox jsonEditor(String field) {
        Label caption = new Label(field);
        caption.getStyleClass().add("inspector-label");
        String value = viewModel.json(field);
        TextArea area = new TextArea(value);
        area.setId("inspector-" + field);
        area.getStyleClass().add("inspector-json");
        area.setPrefRowCount(Math.max(2, Math.min(8, value.split("\n", -1).length)));
        area.setPromptText("JSON; empty removes " + field);
        Label problem = new Label();
        problem.getStyleClass().add("inspector-json-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        area.textProperty().addListener((obs, old, now) -> {
            Optional<String> error = viewModel.validateJson(now);
            area.pseudoClassStateChanged(INVALID, error.isPresent());
            problem.setText(error.orElse(""));
            problem.setVisible(error.isPresent());
        });
        Runnable apply = () -> {
            if (!area.getText().strip().equals(value.strip()) && viewModel.validateJson(area.getText()).isEmpty()) {
                viewModel.setJson(field, area.getText());
            }
        };
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (COMMIT_JSON.match(event)) {
                apply.run();
                event.consume();
            }
        });
        area.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused && area.getScene() != null) {
                apply.run();
            }
        });
        VBox editor = new VBox(caption, area, problem);
        editor.getStyleClass().add("inspector-json-editor");
        return editor;
    }
}
