package dev.stepwise.designer.palette;

import dev.stepwise.designer.canvas.dnd.StateTemplate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The palette: state types and common tasks to drag onto the canvas (or double-click to add). A drag carries the
 * item's {@link StateTemplate} in {@link StateTemplate#FORMAT}. Style classes: {@code palette}, {@code palette-group},
 * {@code palette-item}, {@code palette-swatch} plus the state type's class ({@code state-task}, ...).
 */
public final class PaletteView extends ScrollPane {

    public static final String STYLE_CLASS = "palette";

    private final PaletteViewModel viewModel;
    private Consumer<StateTemplate> onActivate = template -> { };

    public PaletteView(PaletteViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(STYLE_CLASS);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        VBox box = new VBox();
        box.getStyleClass().add("palette-box");
        for (PaletteViewModel.Group group : PaletteViewModel.Group.values()) {
            Label title = new Label(group.title());
            title.getStyleClass().add("palette-group");
            box.getChildren().add(title);
            for (PaletteViewModel.Item item : viewModel.items(group)) {
                box.getChildren().add(entry(item));
            }
        }
        setContent(box);
    }

    /** What a double-click on an item does (the designer adds the state in the middle of the view). */
    public void setOnActivate(Consumer<StateTemplate> onActivate) {
        this.onActivate = onActivate;
    }

    public PaletteViewModel viewModel() {
        return viewModel;
    }

    private HBox entry(PaletteViewModel.Item item) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("palette-swatch", "state-" + item.type().toLowerCase(Locale.ROOT));
        Label label = new Label(item.label());
        HBox row = new HBox(swatch, label);
        row.getStyleClass().add("palette-item");
        row.setId("palette-" + item.id());
        Tooltip.install(row, new Tooltip(item.description()));
        row.setOnDragDetected(event -> {
            Dragboard board = row.startDragAndDrop(TransferMode.COPY);
            board.setContent(Map.of(StateTemplate.FORMAT, item.template().toPayload(),
                    DataFormat.PLAIN_TEXT, item.label()));
            board.setDragView(row.snapshot(null, null));
            event.consume();
        });
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                onActivate.accept(item.template());
            }
        });
        return row;
    }

}
