package dev.stepwise.designer.canvas;

import dev.stepwise.engine.asl.model.StateType;
import dev.stepwise.engine.graph.GraphModel;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * One state on the canvas. Its look comes from CSS: the style class {@value #DEFAULT_STYLE_CLASS}, one class per state
 * type ({@code state-task}, {@code state-choice}, ...) and the pseudo-classes {@code :selected}, {@code :start} and
 * {@code :end}.
 */
public final class StateNode extends Control {

    public static final String DEFAULT_STYLE_CLASS = "state-node";
    public static final double WIDTH = 190;
    public static final double HEIGHT = 52;
    public static final String PORT_STYLE_CLASS = "port";
    public static final double PORT_RADIUS = 5;

    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass START = PseudoClass.getPseudoClass("start");
    public static final PseudoClass END = PseudoClass.getPseudoClass("end");
    /** The state a connection or a reconnection being dragged would go to. */
    public static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    /** An expanded Parallel or Map, drawn with its branches inside. */
    public static final PseudoClass CONTAINER = PseudoClass.getPseudoClass("container");

    private final String key;
    private final GraphModel.Node model;
    private final boolean start;
    private double boxWidth = WIDTH;
    private double boxHeight = HEIGHT;
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(CONTAINER, get());
        }
    };
    private Runnable onToggle = () -> { };
    private final BooleanProperty showsDetail = new SimpleBooleanProperty(this, "showsDetail", true);
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(SELECTED, get());
        }
    };

    /**
     * @param key   the state's canvas key: its name at the top level, else its scope and name ({@code Layout.key})
     * @param model the state as its scope's graph has it
     */
    public StateNode(String key, GraphModel.Node model, boolean start) {
        this.key = key;
        this.model = model;
        this.start = start;
        getStyleClass().addAll(DEFAULT_STYLE_CLASS, typeStyleClass(model.type()));
        pseudoClassStateChanged(START, start);
        pseudoClassStateChanged(END, model.end());
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setFocusTraversable(false);
        // No id per state (find a view with GraphCanvas.node): CSS matches selectors anew for every distinct id.
    }

    /** The style class of a state type: {@code state-task}, {@code state-choice}, ... */
    public static String typeStyleClass(StateType type) {
        return "state-" + type.aslName().toLowerCase(Locale.ROOT);
    }

    /** Whether the state has a way out to draw from: every type but Succeed and Fail. */
    public boolean hasPort() {
        return model.type() != StateType.SUCCEED && model.type() != StateType.FAIL;
    }

    public GraphModel.Node model() {
        return model;
    }

    /** Whether this is the state the machine starts at. */
    public boolean isStart() {
        return start;
    }

    /** The state's own name (the same in two branches for two states). */
    public String name() {
        return model.name();
    }

    /** The canvas key: unique on the canvas, what the selection holds. */
    public String key() {
        return key;
    }

    /** Whether the state is a Parallel or a Map, which can show its branches inside it. */
    public boolean isCollapsible() {
        return model.type() == StateType.PARALLEL || model.type() == StateType.MAP;
    }

    /** Whether it shows its branches inside it (then it is as big as they are). */
    public BooleanProperty expandedProperty() {
        return expanded;
    }

    public boolean isExpanded() {
        return expanded.get();
    }

    /** What the collapse toggle does (the canvas collapses or expands it). */
    public void setOnToggle(Runnable action) {
        onToggle = action == null ? () -> { } : action;
    }

    void toggle() {
        onToggle.run();
    }

    /** Whether the name, caption, icon and port are shown (not when the canvas is zoomed far out). */
    public BooleanProperty showsDetailProperty() {
        return showsDetail;
    }

    public void setShowsDetail(boolean value) {
        showsDetail.set(value);
    }

    /** Sets the box's size: the usual one, or a container's. */
    public void setBoxSize(double width, double height) {
        if (width == boxWidth && height == boxHeight) {
            return;
        }
        boxWidth = width;
        boxHeight = height;
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
    }

    /** The box in canvas units: where it is drawn, at its size. */
    public Bounds box() {
        return new BoundingBox(getLayoutX(), getLayoutY(), boxWidth, boxHeight);
    }

    public double boxWidth() {
        return boxWidth;
    }

    public double boxHeight() {
        return boxHeight;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StateNodeSkin(this);
    }
}
