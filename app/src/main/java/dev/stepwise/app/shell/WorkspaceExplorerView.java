package dev.stepwise.app.shell;

import dev.stepwise.app.workspace.WorkspaceEntry;
import dev.stepwise.themes.StyleClasses;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The workspace tree: folders and state-machine files; double-click or Enter opens a file. */
final class WorkspaceExplorerView extends BorderPane {

    static final String TREE_ID = "workspace-explorer";

    private final TreeView<WorkspaceEntry> tree = new TreeView<>();
    private final MainWindowViewModel viewModel;

    WorkspaceExplorerView(MainWindowViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(StyleClasses.EXPLORER);
        Label header = new Label("Explorer");
        header.getStyleClass().add(StyleClasses.PANEL_HEADER);
        header.setMaxWidth(Double.MAX_VALUE);
        setTop(header);

        tree.setId(TREE_ID);
        tree.getStyleClass().add(StyleClasses.EXPLORER);
        tree.setCellFactory(view -> new EntryCell());
        tree.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        Label empty = new Label("No workspace.\nFile > Open Workspace…");
        empty.getStyleClass().add(StyleClasses.PLACEHOLDER);
        empty.visibleProperty().bind(tree.rootProperty().isNull());
        setCenter(new StackPane(tree, empty));

        show(viewModel.workspaceTreeProperty().get());
        viewModel.workspaceTreeProperty().addListener((obs, old, entry) -> show(entry));
    }

    TreeView<WorkspaceEntry> tree() {
        return tree;
    }

    private void show(WorkspaceEntry root) {
        tree.setRoot(root == null ? null : item(root));
        tree.setShowRoot(root != null);
    }

    private static TreeItem<WorkspaceEntry> item(WorkspaceEntry entry) {
        TreeItem<WorkspaceEntry> item = new TreeItem<>(entry);
        item.setExpanded(true);
        for (WorkspaceEntry child : entry.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    private void openSelected() {
        TreeItem<WorkspaceEntry> selected = tree.getSelectionModel().getSelectedItem();
        if (selected != null && !selected.getValue().directory()) {
            viewModel.openFile(selected.getValue().path());
        }
    }

    private final class EntryCell extends TreeCell<WorkspaceEntry> {
        EntryCell() {
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !isEmpty()
                        && !getItem().directory()) {
                    viewModel.openFile(getItem().path());
                }
            });
        }

        @Override
        protected void updateItem(WorkspaceEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(empty || entry == null ? null : entry.name() + (entry.directory() ? "/" : ""));
        }
    }
}
