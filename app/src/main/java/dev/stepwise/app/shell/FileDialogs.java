package dev.stepwise.app.shell;

import dev.stepwise.app.workspace.RecoveryJournal;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.templates.WorkflowTemplate;
import dev.stepwise.designer.templates.WorkflowTemplates;
import dev.stepwise.engine.export.ExportFormat;
import dev.stepwise.engine.export.Exporter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The choosers and questions of the File menu. Only asks and passes the answers on: the work is in
 * {@link FileCommands}, which the tests drive directly.
 */
final class FileDialogs {

    private final Stage stage;
    private final MainWindowViewModel viewModel;
    private final FileCommands files;

    FileDialogs(Stage stage, MainWindowViewModel viewModel, FileCommands files) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.files = files;
    }

    Optional<Path> chooseSaveTarget(String title, Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        Path folder = suggested != null ? suggested.toAbsolutePath().getParent() : viewModel.workspaceProperty().get();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        if (suggested != null) {
            chooser.setInitialFileName(suggested.getFileName().toString());
        }
        File file = chooser.showSaveDialog(stage);
        return Optional.ofNullable(file).map(File::toPath);
    }

    void newFromTemplate() {
        if (files == null) {
            return;
        }
        ChoiceDialog<WorkflowTemplate> dialog = new ChoiceDialog<>(WorkflowTemplates.all().get(0),
                WorkflowTemplates.all());
        dialog.initOwner(stage);
        dialog.setTitle("New from Template");
        dialog.setHeaderText("Start from an example. Its mocks are written beside it, so it runs at once.");
        dialog.selectedItemProperty().addListener((obs, old, now) ->
                dialog.setContentText(now == null ? "" : now.description()));
        dialog.setContentText(WorkflowTemplates.all().get(0).description());
        dialog.showAndWait().ifPresent(template -> {
            Path suggested = Optional.ofNullable(viewModel.workspaceProperty().get())
                    .map(folder -> folder.resolve(template.fileName())).orElse(Path.of(template.fileName()));
            chooseSaveTarget("New from Template", suggested).ifPresent(target -> files.newFromTemplate(template, target));
        });
    }

    void importTemplate() {
        if (files == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import from a CloudFormation, SAM or CDK template");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Templates", "*.yaml", "*.yml", "*.json", "*.template"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File template = chooser.showOpenDialog(stage);
        if (template == null) {
            return;
        }
        Path source = template.toPath();
        String resource = null;
        List<String> machines = files.stateMachinesIn(source);
        if (machines.isEmpty()) {
            return;
        }
        if (machines.size() > 1) {
            ChoiceDialog<String> which = new ChoiceDialog<>(machines.get(0), machines);
            which.initOwner(stage);
            which.setTitle("Import");
            which.setHeaderText(source.getFileName() + " has " + machines.size() + " state machines.");
            which.setContentText("Import:");
            Optional<String> chosen = which.showAndWait();
            if (chosen.isEmpty()) {
                return;
            }
            resource = chosen.get();
        }
        String name = (resource != null ? resource : machines.get(0)) + ".asl.json";
        Path suggested = source.toAbsolutePath().resolveSibling(name);
        String chosenResource = resource;
        chooseSaveTarget("Save the imported definition", suggested)
                .ifPresent(target -> files.importFrom(source, chosenResource, target));
    }

    void export(DesignerView designer) {
        if (files == null) {
            return;
        }
        designer.flushTyping();
        Path source = designer.viewModel().document().path().orElse(Path.of("state-machine.asl.json"));
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export");
        for (ExportFormat format : ExportFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    format.name() + (format == ExportFormat.JSON ? " (canonical)" : ""), "*." + format.extension()));
        }
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(2));
        Path suggested = Exporter.defaultTarget(source, ExportFormat.SVG);
        if (suggested.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(suggested.toAbsolutePath().getParent().toFile());
        }
        chooser.setInitialFileName(suggested.getFileName().toString());
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        ExportFormat format = ExportFormat.ofFileName(file.getName()).orElseGet(() -> ExportFormat.valueOf(
                chooser.getSelectedExtensionFilter().getDescription().split(" ")[0]));
        files.export(designer.viewModel().document(), format, format == ExportFormat.JSON, file.toPath());
    }

    void fillRecent(Menu menu) {
        menu.getItems().clear();
        if (files == null || files.recentFiles().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (Path file : files.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> files.openRecent(file));
            menu.getItems().add(item);
        }
        MenuItem clear = new MenuItem("Clear Recent Files");
        clear.setOnAction(event -> files.clearRecent());
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    Boolean askReload(String fileName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                fileName + " was changed by another program. Reload it and lose your unsaved changes here?",
                new ButtonType("Reload"), ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("File changed on disk");
        alert.setHeaderText(null);
        return alert.showAndWait().map(answer -> answer.getText().equals("Reload")).orElse(false);
    }

    void offerRecovery() {
        if (files == null) {
            return;
        }
        for (RecoveryJournal.Entry entry : files.recoverable()) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                    "Stepwise ended without saving your changes to " + entry.original() + " (journalled "
                            + entry.journalled() + "). Open the file with those changes?",
                    new ButtonType("Recover"), new ButtonType("Discard"));
            alert.initOwner(stage);
            alert.setTitle("Recover unsaved changes");
            alert.setHeaderText(null);
            boolean recover = alert.showAndWait().map(answer -> answer.getText().equals("Recover")).orElse(false);
            if (recover) {
                files.recover(entry);
            } else {
                files.discard(entry);
            }
        }
    }
}
