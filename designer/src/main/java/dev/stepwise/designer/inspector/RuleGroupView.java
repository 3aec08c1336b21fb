package dev.stepwise.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.model.ComparisonOperator;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * An And, Or or Not rule as an indented tree: a header that switches And and Or (or unwraps a Not), the rules it
 * holds (comparisons with the same fields as top-level ones, groups drawn by this class again), and buttons that add
 * a comparison or a nested group. Nested rules have no Next.
 */
final class RuleGroupView extends VBox {

    static final String STYLE_CLASS = "rule-group";

    private final ChoiceRulesViewModel rules;
    private final RulePath path;

    RuleGroupView(ChoiceRulesViewModel rules, RulePath path) {
        this.rules = rules;
        this.path = path;
        getStyleClass().add(STYLE_CLASS);
        setId(path.id("group"));
        String combinator = ChoiceRuleShapes.combinator(rules.rule(path)).orElseThrow();
        getChildren().add(header(combinator));
        JsonNode held = rules.rule(path).get(combinator);
        if (combinator.equals("Not")) {
            getChildren().add(child(path.negated()));
        } else if (held.isArray()) {
            for (int i = 0; i < held.size(); i++) {
                getChildren().add(child(path.child(combinator, i)));
            }
            Button comparison = new Button("+ Comparison");
            comparison.setId(path.id("add-comparison"));
            comparison.setOnAction(event -> rules.addComparison(path));
            String other = combinator.equals("And") ? "Or" : "And";
            Button group = new Button("+ " + other + " group");
            group.setId(path.id("add-group"));
            group.setOnAction(event -> rules.addGroup(path, other));
            HBox adds = new HBox(comparison, group);
            adds.getStyleClass().add("rule-group-adds");
            getChildren().add(adds);
        }
    }

    private Node header(String combinator) {
        HBox header = new HBox();
        header.getStyleClass().add("rule-group-header");
        if (combinator.equals("Not")) {
            Label not = new Label("Not");
            not.getStyleClass().add("rule-combinator");
            header.getChildren().add(not);
        } else {
            ComboBox<String> picker = new ComboBox<>();
            picker.setId(path.id("combinator"));
            picker.getItems().setAll("And", "Or");
            picker.setValue(combinator);
            picker.valueProperty().addListener((obs, old, now) -> rules.setCombinator(path, now));
            Label hint = new Label(combinator.equals("And") ? "all of:" : "any of:");
            hint.getStyleClass().add("inspector-label");
            header.getChildren().addAll(picker, hint);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header.getChildren().add(spacer);
        if (rules.canUnwrap(path)) {
            Button unwrap = new Button(combinator.equals("Not") ? "Unwrap" : "Ungroup");
            unwrap.setId(path.id("unwrap"));
            unwrap.setOnAction(event -> rules.unwrap(path));
            header.getChildren().add(unwrap);
        }
        if (!path.isTopLevel()) {
            header.getChildren().addAll(new CombineMenu(rules, path), removeButton(rules, path));
        }
        return header;
    }

    private Node child(RulePath child) {
        JsonNode rule = rules.rule(child);
        if (ChoiceRuleShapes.combinator(rule).isPresent()) {
            return new RuleGroupView(rules, child);
        }
        Optional<ComparisonOperator> operator = rule.isObject() ? ChoiceRuleOperator.of(rule) : Optional.empty();
        if (operator.isEmpty()) {
            Label unknown = new Label("A rule without a comparison: edit it in Choices below.");
            unknown.setWrapText(true);
            return new VBox(unknown, removeButton(rules, child));
        }
        GridPane grid = InspectorView.formGrid("rule-comparison");
        grid.setId(child.id("comparison"));
        int row = new ComparisonFields(rules, child).addTo(grid, 0, operator.get());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(spacer, new CombineMenu(rules, child), removeButton(rules, child));
        actions.getStyleClass().add("rule-actions");
        grid.add(actions, 1, row);
        return grid;
    }

    /** Removes a nested rule; disabled for the one rule of a Not and the last rule of an And/Or. */
    private static Button removeButton(ChoiceRulesViewModel rules, RulePath path) {
        Button remove = new Button("Remove");
        remove.setId(path.id("remove"));
        remove.setOnAction(event -> rules.remove(path));
        remove.setDisable(!rules.canRemove(path));
        return remove;
    }
}
