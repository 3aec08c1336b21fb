package dev.stepwise.app.shell;

import dev.stepwise.app.workspace.Problem;
import dev.stepwise.engine.asl.validate.Severity;
import dev.stepwise.themes.StyleClasses;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;

/** The Problems panel: every diagnostic of the open files; click or Enter goes to it. */
final class ProblemsView extends BorderPane {

    static final String TABLE_ID = "problems-table";

    private final TableView<Problem> table = new TableView<>();

    ProblemsView(MainWindowViewModel viewModel) {
        getStyleClass().add(StyleClasses.PROBLEMS);
        Label header = new Label();
        header.textProperty().bind(viewModel.problemSummaryProperty().map(summary -> "Problems — " + summary));
        header.getStyleClass().add(StyleClasses.PANEL_HEADER);
        header.setMaxWidth(Double.MAX_VALUE);
        setTop(header);

        table.setId(TABLE_ID);
        table.setItems(viewModel.problems());
        table.setPlaceholder(new Label("No problems in the open files."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Problem, Severity> severity = new TableColumn<>("Severity");
        severity.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyObjectWrapper<>(row.getValue().severity()));
        severity.setCellFactory(column -> new SeverityCell());
        severity.setPrefWidth(90);
        severity.setMinWidth(95);
        table.getColumns().add(severity);
        table.getColumns().add(column("Code", Problem::code, 190));
        table.getColumns().add(column("File", Problem::fileLabel, 200));
        TableColumn<Problem, String> position = column("Line:Col", Problem::position, 90);
        position.setMinWidth(90);
        table.getColumns().add(position);
        table.getColumns().add(column("Message", Problem::message, 400));

        table.setRowFactory(view -> {
            TableRow<Problem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                    viewModel.goTo(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            Problem selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                viewModel.goTo(selected);
                event.consume();
            }
        });
        setCenter(table);
    }

    TableView<Problem> table() {
        return table;
    }

    private static TableColumn<Problem, String> column(String title, Function<Problem, String> value, double width) {
        TableColumn<Problem, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static final class SeverityCell extends TableCell<Problem, Severity> {
        @Override
        protected void updateItem(Severity severity, boolean empty) {
            super.updateItem(severity, empty);
            getStyleClass().removeAll(StyleClasses.SEVERITY_ERROR, StyleClasses.SEVERITY_WARNING);
            if (empty || severity == null) {
                setText(null);
                return;
            }
            String name = severity.name().toLowerCase(Locale.ROOT);
            setText(Character.toUpperCase(name.charAt(0)) + name.substring(1));
            getStyleClass().add(severity == Severity.ERROR ? StyleClasses.SEVERITY_ERROR : StyleClasses.SEVERITY_WARNING);
        }
    }
}
