package dev.stepwise.designer.debug;

import dev.stepwise.engine.asl.model.MapState;
import dev.stepwise.engine.asl.model.ParallelState;
import dev.stepwise.engine.asl.model.State;
import dev.stepwise.engine.asl.model.StateMachine;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.shape.Circle;

/**
 * Every state of a machine, Parallel branches and Map processors nested under their state, marked with its
 * breakpoint ({@code :breakpoint}) and with the state the execution holds before ({@code :current}).
 */
final class StateTreeView extends TreeView<StateTreeView.Item> {

    static final PseudoClass BREAKPOINT = PseudoClass.getPseudoClass("breakpoint");
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    /** A state, or a heading (a branch, a processor) that groups states. */
    record Item(String label, boolean isState) {
        @Override
        public String toString() {
            return label;
        }
    }

    StateTreeView(StateMachine machine, Predicate<String> hasBreakpoint, Supplier<String> current) {
        TreeItem<Item> root = new TreeItem<>(new Item("", false));
        addStates(root, machine);
        setRoot(root);
        setShowRoot(false);
        getStyleClass().add("debug-state-tree");
        setCellFactory(tree -> new TreeCell<>() {
            private final Circle dot = new Circle(5);

            {
                dot.getStyleClass().add("debug-breakpoint-dot");
            }

            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                boolean state = !empty && item != null && item.isState();
                boolean breakpoint = state && hasBreakpoint.test(item.label());
                setText(empty || item == null ? null : item.label());
                dot.setVisible(breakpoint);
                setGraphic(state ? dot : null);
                pseudoClassStateChanged(BREAKPOINT, breakpoint);
                pseudoClassStateChanged(CURRENT, state && item.label().equals(current.get()));
            }
        });
    }

    private static void addStates(TreeItem<Item> parent, StateMachine machine) {
        for (State state : machine.states().values()) {
            TreeItem<Item> item = new TreeItem<>(new Item(state.name(), true));
            item.setExpanded(true);
            parent.getChildren().add(item);
            if (state instanceof ParallelState parallel) {
                for (int i = 0; i < parallel.branches().size(); i++) {
                    TreeItem<Item> branch = new TreeItem<>(new Item("Branch " + (i + 1), false));
                    branch.setExpanded(true);
                    addStates(branch, parallel.branches().get(i));
                    item.getChildren().add(branch);
                }
            } else if (state instanceof MapState map && map.itemProcessor() != null) {
                addStates(item, map.itemProcessor());
            }
        }
    }

    /** The selected state's name, if a state (not a heading) is selected. */
    Optional<String> selectedState() {
        TreeItem<Item> selected = getSelectionModel().getSelectedItem();
        return selected == null || !selected.getValue().isState() ? Optional.empty()
                : Optional.of(selected.getValue().label());
    }

    /** Selects and shows the named state. */
    void reveal(String stateName) {
        find(getRoot(), stateName).ifPresent(item -> {
            getSelectionModel().select(item);
            int row = getRow(item);
            if (row >= 0) {
                scrollTo(Math.max(0, row - 3));
            }
        });
    }

    private static Optional<TreeItem<Item>> find(TreeItem<Item> item, String stateName) {
        if (item.getValue().isState() && item.getValue().label().equals(stateName)) {
            return Optional.of(item);
        }
        for (TreeItem<Item> child : item.getChildren()) {
            Optional<TreeItem<Item>> found = find(child, stateName);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
