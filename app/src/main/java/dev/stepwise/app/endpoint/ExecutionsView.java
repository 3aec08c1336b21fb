package dev.stepwise.app.endpoint;

import dev.stepwise.designer.debug.DebuggerWindow;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

/**
 * The Executions area: what clients ran through the local endpoint, refreshed every two seconds while it is shown,
 * with the selected execution's input, output and error below, and Debug (or a double click) to step through it.
 */
public final class ExecutionsView extends BorderPane {

    public static final String TABLE_ID = "executions-table";
    public static final String DETAILS_ID = "executions-details";
    public static final String DEBUG_ID = "executions-debug";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final ExecutionsViewModel viewModel;
    private final TableView<ExecutionRow> table = new TableView<>();
    private final TextArea details = new TextArea();

    public ExecutionsView(ExecutionsViewModel viewModel) {
        this.viewModel = viewModel;
        table.setId(TABLE_ID);
        table.setItems(viewModel.rows());
        table.getColumns().add(column("Name", ExecutionRow::name, 220));
        table.getColumns().add(column("State machine", ExecutionRow::stateMachine, 180));
        table.getColumns().add(column("Status", ExecutionRow::status, 120));
        table.getColumns().add(column("Started", row -> row.started() == null ? "" : TIME.format(row.started()), 175));
        table.getColumns().add(column("Ended", row -> row.stopped() == null ? "" : TIME.format(row.stopped()), 175));
        table.setPlaceholder(new Label("No executions"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                details.setText(viewModel.details(row)));
        details.setId(DETAILS_ID);
        details.setEditable(false);
        details.setWrapText(true);
        details.setStyle("-fx-font-family: monospace;");

        Button refresh = new Button("Refresh");
        refresh.setOnAction(event -> viewModel.refresh());
        Button debug = new Button("Debug");
        debug.setId(DEBUG_ID);
        debug.setTooltip(new Tooltip("Step through the selected execution: its definition and input, with every"
                + " task answering what it answered then"));
        debug.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        debug.setOnAction(event -> debug(table.getSelectionModel().getSelectedItem()));
        table.setRowFactory(rows -> {
            TableRow<ExecutionRow> row = new TableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getClickCount() == 2 && !row.isEmpty()) {
                    debug(row.getItem());
                }
            });
            return row;
        });
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        setTop(new ToolBar(refresh, debug, message));
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setCenter(split);

        // Clients start executions at any time: poll while the area is on screen.
        Timeline poll = new Timeline(new KeyFrame(Duration.seconds(2), event -> viewModel.refresh()));
        poll.setCycleCount(Timeline.INDEFINITE);
        visibleProperty().addListener((obs, old, visible) -> {
            if (visible) {
                viewModel.refresh();
                poll.play();
            } else {
                poll.stop();
            }
        });
    }

    /** Opens the step debugger on a replay of the execution. */
    private void debug(ExecutionRow row) {
        try {
            viewModel.replay(row).ifPresent(replay -> DebuggerWindow.open(getScene().getWindow(),
                    "Debug " + row.name() + " (" + row.stateMachine() + ")", replay.session()));
        } catch (RuntimeException e) {
            viewModel.report("Cannot debug " + row.name() + ": " + e.getMessage());
        }
    }

    private static TableColumn<ExecutionRow, String> column(String title, Function<ExecutionRow, String> value,
            double width) {
        TableColumn<ExecutionRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
