package dev.stepwise.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
 * A form for an array of objects such as a state's {@code Retry} or {@code Catch}: one block of fields per entry, a
 * button to remove it and one to add an entry. Every change replaces the array through the inspector, so it is one
 * undoable command; removing the last entry removes the field.
 */
final class EntryListEditor extends VBox {

    private final InspectorViewModel viewModel;
    private final String field;
    private final String entryName;
    private final List<EntryField> fields;
    private final Supplier<ObjectNode> newEntry;
    private final ArrayNode entries;

    /**
     * @param field the state's field, e.g. {@code Retry}
     * @param entryName what one entry is called in buttons, e.g. {@code retrier}
     */
    EntryListEditor(InspectorViewModel viewModel, String field, String entryName, List<EntryField> fields,
            Supplier<ObjectNode> newEntry) {
        this.viewModel = viewModel;
        this.field = field;
        this.entryName = entryName;
        this.fields = fields;
        this.newEntry = newEntry;
        JsonNode current = viewModel.state().get(field);
        this.entries = current instanceof ArrayNode array ? array : JsonNodeFactory.instance.arrayNode();
        setId("inspector-" + field);
        getStyleClass().add("inspector-entries");
        Label caption = new Label(field);
        caption.getStyleClass().add("inspector-label");
        getChildren().add(caption);
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).isObject()) {
                getChildren().add(entry(i));
            }
        }
        Button add = new Button("Add " + entryName);
        add.setId("inspector-" + field + "-add");
        add.setOnAction(event -> commit(entries.deepCopy().add(newEntry.get())));
        getChildren().add(add);
    }

    private Node entry(int index) {
        GridPane grid = InspectorView.formGrid("inspector-entry");
        int row = 0;
        for (EntryField entryField : fields) {
            row = InspectorView.add(grid, row, entryField.key(), editor(index, entryField));
        }
        Button remove = new Button("Remove " + entryName);
        remove.setId("inspector-" + field + "-" + index + "-remove");
        remove.setOnAction(event -> {
            ArrayNode rest = entries.deepCopy();
            rest.remove(index);
            commit(rest);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        grid.add(new HBox(spacer, remove), 1, row);
        return grid;
    }

    private Node editor(int index, EntryField entryField) {
        String id = "inspector-" + field + "-" + index + "-" + entryField.key();
        String value = entryField.show(entries.get(index));
        if (entryField.kind() == EntryField.Kind.CHOICE) {
            ComboBox<String> combo = new ComboBox<>();
            combo.setId(id);
            combo.getItems().add("");
            combo.getItems().addAll(entryField.choices());
            if (!combo.getItems().contains(value)) {
                combo.getItems().add(value);
            }
            combo.setValue(value);
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.valueProperty().addListener((obs, old, now) -> {
                if (now != null && !now.equals(value)) {
                    commit(entryField.apply(entries, index, now));
                }
            });
            return combo;
        }
        TextField text = new TextField(value);
        text.setId(id);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().addListener((obs, old, now) ->
                text.pseudoClassStateChanged(InspectorView.INVALID, entryField.problem(now).isPresent()));
        Runnable apply = () -> {
            Optional<String> problem = entryField.problem(text.getText());
            if (!text.getText().strip().equals(value) && problem.isEmpty()) {
                commit(entryField.apply(entries, index, text.getText()));
            }
        };
        InspectorView.commitOnEnterOrLeave(text, apply);
        return text;
    }

    private void commit(ArrayNode next) {
        viewModel.setJson(field, next.isEmpty() ? "" : next.toString());
    }
}
