package dev.stepwise.designer.inspector;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;

/** "Combine": puts a rule into a new And or Or beside a new comparison, or wraps it in a Not. */
final class CombineMenu extends MenuButton {

    CombineMenu(ChoiceRulesViewModel rules, RulePath path) {
        super("Combine");
        setId(path.id("combine"));
        getStyleClass().add("rule-combine");
        getItems().addAll(
                item(path.id("combine-And"), "Combine with And", () -> rules.combine(path, "And")),
                item(path.id("combine-Or"), "Combine with Or", () -> rules.combine(path, "Or")),
                item(path.id("wrap-Not"), "Wrap in Not", () -> rules.wrapInNot(path)));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }
}
