package dev.stepwise.designer.debug;

import dev.stepwise.engine.debug.DebugSession.Status;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;

/**
 * The step debugger: a toolbar with the IDE keys (F5 continue, F10 step over, F11 step into, Shift+F11 step out,
 * Alt+[ step back, F9 breakpoint), the machine's states with their breakpoints, the states completed so far, and the
 * input and output processing of the one selected.
 */
public final class DebuggerView extends BorderPane {

    public static final String STATUS_ID = "debug-status";
    public static final String STEPS_ID = "debug-steps";
    public static final String STATES_ID = "debug-states";

    private final DebuggerViewModel viewModel;
    private final StateTreeView states;
    private final ListView<DebuggerViewModel.Row> steps = new ListView<>();
    private final StagesView stages = new StagesView();
    private final Map<String, Button> buttons = new LinkedHashMap<>();

    public DebuggerView(DebuggerViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("debugger");
        states = new StateTreeView(viewModel.machine(), viewModel.breakpoints()::contains, this::currentState);
        states.setId(STATES_ID);
        states.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                toggleBreakpoint();
            }
        });

        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add("debug-status");
        status.textProperty().bind(viewModel.statusProperty());
        ToolBar toolbar = new ToolBar(
                button("Continue", "F5", viewModel::resume),
                button("Step Over", "F10", viewModel::stepOver),
                button("Step Into", "F11", viewModel::stepInto),
                button("Step Out", "Shift+F11", viewModel::stepOut),
                button("Step Back", "Alt+[", viewModel::stepBack),
                button("Pause", "F6", viewModel::pause),
                button("Restart", "Ctrl+Shift+F5", viewModel::restart),
                button("Stop", "Shift+F5", viewModel::stop),
                button("Breakpoint", "F9", this::toggleBreakpoint),
                status);
        setTop(toolbar);

        steps.setId(STEPS_ID);
        steps.setItems(viewModel.rows());
        steps.setCellFactory(list -> new StepCell());
        steps.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showStages(row));
        steps.setPlaceholder(new Label("No state has run yet."));
        viewModel.rows().addListener((ListChangeListener<DebuggerViewModel.Row>) change -> followExecution());
        viewModel.breakpoints().addListener((SetChangeListener<String>) change -> states.refresh());
        viewModel.snapshotProperty().addListener((obs, old, now) -> updateButtons());

        SplitPane split = new SplitPane(states, steps, stages);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.2, 0.42);
        setCenter(split);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        updateButtons();
        followExecution();
    }

    private Button button(String text, String keys, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(text + " (" + keys + ")"));
        button.setOnAction(event -> action.run());
        button.setFocusTraversable(false);
        buttons.put(text, button);
        return button;
    }

    /** Only what makes sense now is enabled: stepping while paused, pause while running, restart always. */
    private void updateButtons() {
        Status now = viewModel.snapshotProperty().get().status();
        boolean paused = now == Status.PAUSED;
        for (String stepping : new String[] {"Continue", "Step Over", "Step Into", "Step Out"}) {
            buttons.get(stepping).setDisable(!paused);
        }
        buttons.get("Step Back").setDisable(now == Status.RUNNING);
        buttons.get("Pause").setDisable(now != Status.RUNNING);
        buttons.get("Stop").setDisable(now == Status.ENDED);
    }

    private void onKey(KeyEvent event) {
        Runnable action = keyAction(event);
        if (action != null) {
            action.run();
            event.consume();
        }
    }

    private static final KeyCombination STEP_OUT = new KeyCodeCombination(KeyCode.F11, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination STOP = new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination RESTART = new KeyCodeCombination(KeyCode.F5, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination STEP_BACK = new KeyCodeCombination(KeyCode.OPEN_BRACKET,
            KeyCombination.ALT_DOWN);

    private Runnable keyAction(KeyEvent event) {
        if (RESTART.match(event)) {
            return viewModel::restart;
        } else if (STOP.match(event)) {
            return viewModel::stop;
        } else if (STEP_OUT.match(event)) {
            return viewModel::stepOut;
        } else if (STEP_BACK.match(event)) {
            return viewModel::stepBack;
        } else if (event.isShiftDown() || event.isShortcutDown() || event.isAltDown()) {
            return null;
        }
        return switch (event.getCode()) {
            case F5 -> viewModel::resume;
            case F6 -> viewModel::pause;
            case F9 -> this::toggleBreakpoint;
            case F10 -> viewModel::stepOver;
            case F11 -> viewModel::stepInto;
            default -> null;
        };
    }

    /** F9: on the state selected in the states tree, else on the one the selected step ran. */
    private void toggleBreakpoint() {
        states.selectedState().or(() -> java.util.Optional.ofNullable(steps.getSelectionModel().getSelectedItem())
                .map(DebuggerViewModel.Row::stateName)).ifPresent(viewModel::toggleBreakpoint);
    }

    /** Selects the newest row (where the execution holds, or the last state) and shows that state in the tree. */
    private void followExecution() {
        if (!steps.getItems().isEmpty()) {
            int last = steps.getItems().size() - 1;
            steps.getSelectionModel().select(last);
            steps.scrollTo(last);
        }
        String current = currentState();
        if (current != null) {
            states.reveal(current);
        }
        states.refresh();
    }

    private String currentState() {
        var stop = viewModel.snapshotProperty().get().stop();
        return stop == null ? null : stop.stateName();
    }

    private void showStages(DebuggerViewModel.Row row) {
        if (row == null) {
            stages.show(null, java.util.List.of());
            return;
        }
        String where = row.scope().isEmpty() ? "" : " (" + row.scope() + ")";
        String heading = row.step() != null ? row.stateName() + where
                : "Next: " + row.stateName() + where + ", not run yet";
        stages.show(heading, row.stages());
    }

    /** One row: the state's name and scope, and how it ended. */
    private static final class StepCell extends ListCell<DebuggerViewModel.Row> {
        @Override
        protected void updateItem(DebuggerViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("debug-step-error", "debug-step-next");
            if (empty || row == null) {
                setText(null);
                return;
            }
            String where = row.scope().isEmpty() ? "" : "   " + row.scope();
            if (row.step() == null) {
                setText("▶ " + row.stateName() + where);
                getStyleClass().add("debug-step-next");
            } else if (row.step().error() != null) {
                setText("✗ " + row.stateName() + where + "   " + row.step().error());
                getStyleClass().add("debug-step-error");
            } else {
                setText("✓ " + row.stateName() + where);
            }
        }
    }

    StagesView stages() {
        return stages;
    }
}
