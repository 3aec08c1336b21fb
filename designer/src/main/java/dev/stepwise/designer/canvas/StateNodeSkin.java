package dev.stepwise.designer.canvas;

import dev.stepwise.engine.graph.GraphModel;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/**
 * The look of a {@link StateNode}: a type stripe, the state's name, the type's icon before a caption (the type, or
 * the service a Task calls) and a Retry badge. Children carry stable style classes: {@code stripe}, {@code name},
 * {@code type-icon} (its shape comes from the theme, per type), {@code caption}, {@code retry-badge}, {@code port}.
 *
 * <p>The skin places its children itself rather than nesting layout panes: a canvas shows hundreds of states, and
 * every node more per state is one more for CSS and bounds to visit on every open and every frame. For the same
 * reason everything but the stripe is made only when the canvas first shows detail (see {@link
 * GraphCanvas#showsDetail()}).
 */
public final class StateNodeSkin extends SkinBase<StateNode> {

    /** Room around the name and the caption, beside the stripe. */
    static final Insets TEXT_PADDING = new Insets(5, 10, 5, 10);
    /** Between the name and the caption. */
    static final double TEXT_SPACING = 1;
    /** The icon's side, and the room between it and the caption. */
    static final double ICON_SIZE = 10;
    static final double ICON_GAP = 4;

    private final Region stripe = new Region();
    /** The rest is made when first shown: zoomed far out (a large graph opens so), they would only be styled. */
    private Region icon;
    /** Text, not Labels: a Label is a control with a skin and a text inside, three nodes for CSS and bounds each. */
    private FittedText name;
    private FittedText caption;
    private Label badge;
    private Circle port;
    /** On a Parallel or Map: ▾ shows its branches, ▸ hides them. */
    private Label toggle;
    /** Whether the pointer has entered the state: its tooltips are made then. */
    private boolean hovered;

    public StateNodeSkin(StateNode control) {
        super(control);
        // The canvas's gestures handle presses and drags on nodes; a skin would swallow them by default.
        consumeMouseEvents(false);
        stripe.getStyleClass().add("stripe");
        stripe.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(stripe);
        installTooltipsOnFirstHover(control);
        if (control.showsDetailProperty().get()) {
            makeDetails();
        } else {
            control.showsDetailProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean old, Boolean shown) {
                    if (shown) {
                        obs.removeListener(this);
                        makeDetails();
                        // Styled now, not at the next pulse: made during a layout pass (a fit), they would be
                        // drawn unstyled for a frame.
                        control.applyCss();
                    }
                }
            });
        }
    }

    /** Whether the name, caption, icon and the rest exist yet (they are made when first shown). */
    boolean hasDetails() {
        return name != null;
    }

    private void makeDetails() {
        StateNode control = getSkinnable();
        GraphModel.Node model = control.model();
        name = new FittedText(model.name(), "name");
        caption = new FittedText(model.caption(), "caption");
        icon = new Region();
        icon.getStyleClass().add("type-icon");
        getChildren().addAll(name, icon, caption);

        if (model.retries() > 0) {
            badge = new Label("↻ " + model.retries());
            badge.getStyleClass().add("retry-badge");
            getChildren().add(badge);
        }
        if (control.hasPort()) {
            // The connect handle: drag it onto another state to connect them.
            port = new Circle(StateNode.PORT_RADIUS);
            port.getStyleClass().add(StateNode.PORT_STYLE_CLASS);
            port.setTranslateY(StateNode.PORT_RADIUS);
            getChildren().add(port);
        }
        if (control.isCollapsible()) {
            toggle = new Label();
            toggle.getStyleClass().add("collapse-toggle");
            toggle.textProperty().bind(javafx.beans.binding.Bindings.when(control.expandedProperty())
                    .then("▾").otherwise("▸"));
            // Handled here, so that a press on it does not start moving the state.
            toggle.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
                if (event.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    control.toggle();
                    event.consume();
                }
            });
            getChildren().add(toggle);
        }
        for (javafx.scene.Node detail : getChildren()) {
            if (detail != stripe) {
                detail.visibleProperty().bind(control.showsDetailProperty());
            }
        }
        installDetailTooltips();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double fullHeight) {
        // A container's header is a usual box's height; its branches fill the rest.
        double h = getSkinnable().isExpanded() ? Math.min(fullHeight, StateNode.HEIGHT - snappedTopInset()
                - snappedBottomInset()) : fullHeight;
        double stripeWidth = snapSizeX(stripe.prefWidth(h));
        stripe.resizeRelocate(x, y, stripeWidth, h);
        if (!hasDetails()) {
            return;
        }

        // The name over the caption, centred vertically, as wide as the room beside the stripe.
        double textX = x + stripeWidth + TEXT_PADDING.getLeft();
        double textWidth = Math.max(0, w - stripeWidth - TEXT_PADDING.getLeft() - TEXT_PADDING.getRight());
        double nameHeight = snapSizeY(name.height());
        double captionHeight = snapSizeY(caption.height());
        double room = h - TEXT_PADDING.getTop() - TEXT_PADDING.getBottom();
        double top = y + TEXT_PADDING.getTop()
                + snapPositionY(Math.max(0, (room - nameHeight - TEXT_SPACING - captionHeight) / 2));
        name.fit(textWidth);
        name.relocate(textX, top);
        double captionY = top + nameHeight + TEXT_SPACING;
        icon.resizeRelocate(textX, captionY + snapPositionY((captionHeight - ICON_SIZE) / 2), ICON_SIZE, ICON_SIZE);
        double captionX = textX + ICON_SIZE + ICON_GAP;
        double toggleRoom = toggle == null ? 0 : snapSizeX(toggle.prefWidth(-1));
        caption.fit(Math.max(0, textWidth - ICON_SIZE - ICON_GAP - toggleRoom));
        caption.relocate(captionX, captionY);

        if (badge != null) {
            double badgeWidth = snapSizeX(badge.prefWidth(-1));
            double badgeHeight = snapSizeY(badge.prefHeight(badgeWidth));
            badge.resize(badgeWidth, badgeHeight);
            positionInArea(badge, x, y, w, h, 0, HPos.RIGHT, VPos.TOP);
        }
        if (port != null) {
            positionInArea(port, x, y, w, fullHeight, 0, HPos.CENTER, VPos.BOTTOM);
        }
        if (toggle != null) {
            double toggleWidth = snapSizeX(toggle.prefWidth(-1));
            double toggleHeight = snapSizeY(toggle.prefHeight(toggleWidth));
            toggle.resize(toggleWidth, toggleHeight);
            positionInArea(toggle, x, y, w, h, 0, HPos.RIGHT, VPos.BOTTOM);
        }
    }

    /**
     * A Tooltip is a popup window with its own scene: making three for each of hundreds of states took most of the
     * time to open a large graph. They are made when the pointer first enters the state, before it can ask for one;
     * the state's own one even while zoomed far out, where it is the way to read a state's name.
     */
    private void installTooltipsOnFirstHover(StateNode control) {
        GraphModel.Node model = control.model();
        EventHandler<MouseEvent> install = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                hovered = true;
                Tooltip.install(control, new Tooltip(model.name() + "\n" + model.type().aslName()
                        + (model.caption().equals(model.type().aslName()) ? "" : " · " + model.caption())));
                installDetailTooltips();
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, install);
    }

    /** The Retry badge's and the port's tooltips, once the state was hovered and they exist. */
    private void installDetailTooltips() {
        if (!hovered) {
            return;
        }
        GraphModel.Node model = getSkinnable().model();
        if (badge != null) {
            String rules = model.retries() == 1 ? "1 Retry rule" : model.retries() + " Retry rules";
            Tooltip.install(badge, new Tooltip(rules));
        }
        if (port != null) {
            Tooltip.install(port, new Tooltip("Drag onto another state to connect"));
        }
    }
}
