package dev.stepwise.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.model.ComparisonOperator;
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
 * The rule builder of a Choice state: per top-level rule its test (a comparison, an And/Or/Not tree of them, or a
 * JSONata condition) and where it goes. A comparison can be combined into an And/Or or wrapped in a Not. Every change
 * is one undoable command that splices only what it changes.
 */
final class ChoiceRulesEditor extends VBox {

    private final ChoiceRulesViewModel rules;
    private final List<String> targets;
    private final boolean jsonata;

    ChoiceRulesEditor(ChoiceRulesViewModel rules, List<String> targets, boolean jsonata) {
        this.rules = rules;
        this.targets = targets;
        this.jsonata = jsonata;
        setId("inspector-rules");
        getStyleClass().add("inspector-entries");
        Label caption = new Label("Rules");
        caption.getStyleClass().add("inspector-label");
        getChildren().add(caption);
        JsonNode all = rules.rules();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).isObject()) {
                getChildren().add(rule(RulePath.top(i)));
            }
        }
        Button add = new Button("Add rule");
        add.setId("inspector-rules-add");
        add.setOnAction(event -> rules.addRule(jsonata, targets));
        getChildren().add(add);
    }

    private Node rule(RulePath path) {
        JsonNode rule = rules.rule(path);
        GridPane grid = InspectorView.formGrid("inspector-entry");
        int row = 0;
        Optional<ComparisonOperator> operator = ChoiceRuleOperator.of(rule);
        boolean compound = ChoiceRuleShapes.combinator(rule).isPresent();
        if (jsonata || rule.has("Condition")) {
            row = InspectorView.add(grid, row, "Condition", conditionField(path, rule.path("Condition").asText("")));
        } else if (compound) {
            grid.add(new RuleGroupView(rules, path), 0, row++, 2, 1);
        } else if (operator.isPresent()) {
            row = new ComparisonFields(rules, path).addTo(grid, row, operator.get());
        } else {
            Label unknown = new Label("This rule has no comparison: edit it in Choices below.");
            unknown.setWrapText(true);
            row = InspectorView.add(grid, row, "Rule", unknown);
        }
        row = InspectorView.add(grid, row, "Next", nextPicker(path, rule.path("Next").asText("")));
        Button remove = new Button("Remove rule");
        remove.setId(path.id("remove"));
        remove.setOnAction(event -> rules.remove(path));
        remove.setDisable(!rules.canRemove(path));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(spacer, remove);
        actions.getStyleClass().add("rule-actions");
        if (!jsonata && !rule.has("Condition") && (compound || operator.isPresent())) {
            actions.getChildren().add(1, new CombineMenu(rules, path));
        }
        grid.add(actions, 1, row);
        return grid;
    }

    private Node conditionField(RulePath path, String value) {
        TextField text = new TextField(value);
        text.setId(path.id("Condition"));
        text.setMaxWidth(Double.MAX_VALUE);
        InspectorView.commitOnEnterOrLeave(text, () -> {
            if (!text.getText().strip().equals(value)) {
                rules.setText(path, "Condition", text.getText());
            }
        });
        return text;
    }

    private Node nextPicker(RulePath path, String value) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(path.id("Next"));
        combo.getItems().setAll(targets);
        if (!combo.getItems().contains(value)) {
            combo.getItems().add(0, value);
        }
        combo.setValue(value);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(value)) {
                rules.setText(path, "Next", now);
            }
        });
        return combo;
    }
}
