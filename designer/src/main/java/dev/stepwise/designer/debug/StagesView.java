package dev.stepwise.designer.debug;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** The stages of one row of the steps list, each a title over its value, read-only and selectable for copying. */
final class StagesView extends ScrollPane {

    static final String STAGE_TITLE = "debug-stage-title";
    static final String STAGE_VALUE = "debug-stage-value";
    private static final int MAX_ROWS = 8;

    private final VBox stages = new VBox(4);

    StagesView() {
        getStyleClass().add("debug-stages");
        setFitToWidth(true);
        setContent(stages);
        show(null, List.of());
    }

    /** Shows the stages under a heading; with no stages, a hint. */
    void show(String heading, List<StageRows.Stage> rows) {
        stages.getChildren().clear();
        if (heading == null) {
            Label hint = new Label("Select a step to see its input and output processing.");
            hint.getStyleClass().add("debug-hint");
            stages.getChildren().add(hint);
            return;
        }
        Label title = new Label(heading);
        title.getStyleClass().add("debug-stages-heading");
        stages.getChildren().add(title);
        for (StageRows.Stage stage : rows) {
            Label name = new Label(stage.sameAs() == null ? stage.title()
                    : stage.title() + ": unchanged, as " + stage.sameAs());
            name.getStyleClass().add(STAGE_TITLE);
            if (stage.sameAs() != null) {
                name.setUserData(stage.title());
                stages.getChildren().add(name);
                continue;
            }
            TextArea value = new TextArea(stage.text());
            value.getStyleClass().add(STAGE_VALUE);
            value.setEditable(false);
            value.setWrapText(true);
            value.setPrefRowCount((int) Math.min(MAX_ROWS, stage.text().lines().count()));
            value.setUserData(stage.title());
            stages.getChildren().addAll(name, value);
        }
    }

    /** The text shown for a stage, by its title (for tests and copy actions). */
    java.util.Optional<String> valueOf(String title) {
        return stages.getChildren().stream().filter(node -> title.equals(node.getUserData()))
                .map(node -> node instanceof TextArea area ? area.getText() : ((Label) node).getText()).findFirst();
    }
}
