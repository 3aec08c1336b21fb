package dev.stepwise.designer.canvas;

import dev.stepwise.engine.graph.GraphModel;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The look of a {@link StateNode}: a type stripe, the state's name, a caption (the type, or the service a Task calls)
 * and a Retry badge. Children carry stable style classes: {@code stripe}, {@code name}, {@code caption},
 * {@code retry-badge}.
 */
public final class StateNodeSkin extends SkinBase<StateNode> {

    public StateNodeSkin(StateNode control) {
        super(control);
        // The canvas's gestures handle presses and drags on nodes; a skin would swallow them by default.
        consumeMouseEvents(false);
        GraphModel.Node model = control.model();

        Region stripe = new Region();
        stripe.getStyleClass().add("stripe");
        stripe.setMinWidth(Region.USE_PREF_SIZE);

        Label name = new Label(model.name());
        name.getStyleClass().add("name");
        name.setMaxWidth(Double.MAX_VALUE);
        Label caption = new Label(model.caption());
        caption.getStyleClass().add("caption");
        caption.setMaxWidth(Double.MAX_VALUE);
        VBox text = new VBox(name, caption);
        text.getStyleClass().add("text-box");
        text.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);

        HBox row = new HBox(stripe, text);
        row.getStyleClass().add("content");
        row.setFillHeight(true);

        StackPane root = new StackPane(row);
        Label badge = null;
        if (model.retries() > 0) {
            badge = new Label("↻ " + model.retries());
            badge.getStyleClass().add("retry-badge");
            StackPane.setAlignment(badge, Pos.TOP_RIGHT);
            root.getChildren().add(badge);
        }
        Circle port = null;
        if (control.hasPort()) {
            // The connect handle: drag it onto another state to connect them.
            port = new Circle(StateNode.PORT_RADIUS);
            port.getStyleClass().add(StateNode.PORT_STYLE_CLASS);
            StackPane.setAlignment(port, Pos.BOTTOM_CENTER);
            port.setTranslateY(StateNode.PORT_RADIUS);
            port.setManaged(true);
            root.getChildren().add(port);
        }
        installTooltipsOnFirstHover(control, badge, port);
        getChildren().add(root);
    }

    /**
     * A Tooltip is a popup window with its own scene: making three for each of hundreds of states took most of the
     * time to open a large graph. They are made when the pointer first enters the state, before it can ask for one.
     */
    private static void installTooltipsOnFirstHover(StateNode control, Label badge, Circle port) {
        GraphModel.Node model = control.model();
        EventHandler<MouseEvent> install = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (badge != null) {
                    Tooltip.install(badge, new Tooltip(model.retries() == 1 ? "1 Retry rule"
                            : model.retries() + " Retry rules"));
                }
                if (port != null) {
                    Tooltip.install(port, new Tooltip("Drag onto another state to connect"));
                }
                Tooltip.install(control, new Tooltip(model.name() + "\n" + model.type().aslName()
                        + (model.caption().equals(model.type().aslName()) ? "" : " · " + model.caption())));
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, install);
    }
}
