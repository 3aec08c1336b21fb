package dev.stepwise.designer.inspector;

import dev.stepwise.engine.asl.model.ComparisonOperator;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The Variable, operator and operand rows of one comparison, top-level or nested in And/Or/Not. Text is checked as
 * it is typed (a path for Variable and ...Path operators, a number, a timestamp, true or false) and commits on Enter
 * or on leaving the field, one command each; text that does not fit stays marked and is not written.
 */
final class ComparisonFields {

    static final List<String> OPERATORS = Arrays.stream(ComparisonOperator.values())
            .map(ComparisonOperator::aslName).toList();

    private final ChoiceRulesViewModel rules;
    private final RulePath path;

    ComparisonFields(ChoiceRulesViewModel rules, RulePath path) {
        this.rules = rules;
        this.path = path;
    }

    /** Adds the three rows to {@code grid} from {@code row}; returns the next free row. */
    int addTo(GridPane grid, int row, ComparisonOperator operator) {
        String variable = rules.rule(path).path("Variable").asText("");
        row = InspectorView.add(grid, row, "Variable", checked("Variable", variable,
                text -> ChoiceRuleOperator.pathProblem(text).map(problem -> "Variable " + problem),
                text -> rules.setVariable(path, text)));
        row = InspectorView.add(grid, row, "Operator", operatorPicker(operator));
        String operand = ChoiceRuleOperator.operandText(rules.rule(path));
        return InspectorView.add(grid, row, "Value", checked("value", operand,
                text -> ChoiceRuleOperator.problem(operator, text), text -> rules.setOperand(path, text)));
    }

    private Node operatorPicker(ComparisonOperator current) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(path.id("operator"));
        combo.getItems().setAll(OPERATORS);
        combo.setValue(current.aslName());
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.valueProperty().addListener((obs, old, now) ->
                ComparisonOperator.fromAslName(now).ifPresent(chosen -> rules.setOperator(path, chosen)));
        return combo;
    }

    /** A text field marked invalid, with the reason below it, while its text does not fit. */
    private Node checked(String part, String value, Function<String, Optional<String>> check,
                         Function<String, Optional<String>> commit) {
        TextField text = new TextField(value);
        text.setId(path.id(part));
        text.setMaxWidth(Double.MAX_VALUE);
        Label problem = new Label();
        problem.setId(path.id(part + "-problem"));
        problem.getStyleClass().add("inspector-field-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        text.textProperty().addListener((obs, old, now) -> {
            Optional<String> why = check.apply(now);
            text.pseudoClassStateChanged(InspectorView.INVALID, why.isPresent());
            problem.setText(why.orElse(""));
            problem.setVisible(why.isPresent());
        });
        InspectorView.commitOnEnterOrLeave(text, () -> {
            if (!text.getText().equals(value) && check.apply(text.getText()).isEmpty()) {
                commit.apply(text.getText());
            }
        });
        return new VBox(text, problem);
    }
}
