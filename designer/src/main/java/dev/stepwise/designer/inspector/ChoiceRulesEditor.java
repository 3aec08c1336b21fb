package dev.stepwise.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.model.ComparisonOperator;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The rule builder of a Choice state: per rule its variable, an operator picker and the operand (JSONPath), or its
 * condition (JSONata), and where it goes. And/Or/Not rules keep their comparisons and are edited in the Choices JSON
 * below; their Next can be changed here. Every change replaces {@code Choices} as one undoable command.
 */
final class ChoiceRulesEditor extends VBox {

    static final List<String> OPERATORS = Arrays.stream(ComparisonOperator.values())
            .map(ComparisonOperator::aslName).toList();

    private final InspectorViewModel viewModel;
    private final List<String> targets;
    private final boolean jsonata;
    private final ArrayNode rules;

    ChoiceRulesEditor(InspectorViewModel viewModel, List<String> targets, boolean jsonata) {
        this.viewModel = viewModel;
        this.targets = targets;
        this.jsonata = jsonata;
        JsonNode current = viewModel.state().get("Choices");
        this.rules = current instanceof ArrayNode array ? array : JsonNodeFactory.instance.arrayNode();
        setId("inspector-rules");
        getStyleClass().add("inspector-entries");
        Label caption = new Label("Rules");
        caption.getStyleClass().add("inspector-label");
        getChildren().add(caption);
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).isObject()) {
                getChildren().add(rule(i));
            }
        }
        Button add = new Button("Add rule");
        add.setId("inspector-rules-add");
        add.setOnAction(event -> commit(rules.deepCopy().add(newRule())));
        getChildren().add(add);
    }

    private ObjectNode newRule() {
        ObjectNode rule = JsonNodeFactory.instance.objectNode();
        if (jsonata) {
            rule.put("Condition", "{% $states.input.value = 1 %}");
        } else {
            rule.put("Variable", "$.value").put("StringEquals", "");
        }
        if (!targets.isEmpty()) {
            rule.put("Next", targets.get(0));
        }
        return rule;
    }

    private Node rule(int index) {
        JsonNode rule = rules.get(index);
        GridPane grid = InspectorView.formGrid("inspector-entry");
        int row = 0;
        Optional<ComparisonOperator> operator = ChoiceRuleOperator.of(rule);
        if (jsonata || rule.has("Condition")) {
            row = InspectorView.add(grid, row, "Condition", text(index, EntryField.of("Condition", EntryField.Kind.TEXT)));
        } else if (operator.isPresent()) {
            row = InspectorView.add(grid, row, "Variable", text(index, EntryField.of("Variable", EntryField.Kind.TEXT)));
            row = InspectorView.add(grid, row, "Operator", operatorPicker(index, operator.get()));
            row = InspectorView.add(grid, row, "Value", operand(index, operator.get()));
        } else {
            Label compound = new Label("And / Or / Not rule: edit its comparisons in Choices below.");
            compound.setWrapText(true);
            row = InspectorView.add(grid, row, "Rule", compound);
        }
        row = InspectorView.add(grid, row, "Next", nextPicker(index));
        Button remove = new Button("Remove rule");
        remove.setId("inspector-rules-" + index + "-remove");
        remove.setOnAction(event -> {
            ArrayNode rest = rules.deepCopy();
            rest.remove(index);
            commit(rest);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        grid.add(new HBox(spacer, remove), 1, row);
        return grid;
    }

    private Node operatorPicker(int index, ComparisonOperator current) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId("inspector-rules-" + index + "-operator");
        combo.getItems().setAll(OPERATORS);
        combo.setValue(current.aslName());
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.valueProperty().addListener((obs, old, now) -> {
            ComparisonOperator chosen = ComparisonOperator.fromAslName(now).orElse(current);
            if (chosen != current) {
                String operand = ChoiceRuleOperator.operandText(rules.get(index));
                // A type test (IsPresent, ...) takes true or false; keep the operand only where it still fits.
                if (ChoiceRuleOperator.problem(chosen, operand).isPresent()) {
                    operand = chosen.operand() == ComparisonOperator.Operand.BOOLEAN ? "true"
                            : chosen.operand() == ComparisonOperator.Operand.NUMBER ? "0" : operand;
                }
                commit(ChoiceRuleOperator.apply(rules, index, chosen, operand));
            }
        });
        return combo;
    }

    private Node operand(int index, ComparisonOperator operator) {
        String value = ChoiceRuleOperator.operandText(rules.get(index));
        TextField text = new TextField(value);
        text.setId("inspector-rules-" + index + "-value");
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().addListener((obs, old, now) -> text.pseudoClassStateChanged(InspectorView.INVALID,
                ChoiceRuleOperator.problem(operator, now).isPresent()));
        Runnable apply = () -> {
            if (!text.getText().equals(value) && ChoiceRuleOperator.problem(operator, text.getText()).isEmpty()) {
                commit(ChoiceRuleOperator.apply(rules, index, operator, text.getText()));
            }
        };
        InspectorView.commitOnEnterOrLeave(text, apply);
        return text;
    }

    private Node text(int index, EntryField field) {
        String value = field.show(rules.get(index));
        TextField text = new TextField(value);
        text.setId("inspector-rules-" + index + "-" + field.key());
        text.setMaxWidth(Double.MAX_VALUE);
        Runnable apply = () -> {
            if (!text.getText().strip().equals(value)) {
                commit(field.apply(rules, index, text.getText()));
            }
        };
        InspectorView.commitOnEnterOrLeave(text, apply);
        return text;
    }

    private Node nextPicker(int index) {
        EntryField next = EntryField.choice("Next", targets);
        String value = next.show(rules.get(index));
        ComboBox<String> combo = new ComboBox<>();
        combo.setId("inspector-rules-" + index + "-Next");
        combo.getItems().setAll(targets);
        if (!combo.getItems().contains(value)) {
            combo.getItems().add(0, value);
        }
        combo.setValue(value);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(value) && !now.isEmpty()) {
                commit(next.apply(rules, index, now));
            }
        });
        return combo;
    }

    private void commit(ArrayNode next) {
        viewModel.setJson("Choices", next.toString());
    }
}
