package dev.stepwise.designer.canvas.gesture;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.StateNode;
import dev.stepwise.designer.canvas.TransitionEdge;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Decides which gesture owns the mouse, like graph-editor's {@code GraphEventManager}: one set of handlers on the
 * canvas, gestures asked in priority order on press, the owner kept until release. Escape cancels the owner.
 */
public final class GestureArbiter {

    private final GraphCanvas canvas;
    private final List<Gesture> gestures;
    private final ReadOnlyObjectWrapper<Gesture> owner = new ReadOnlyObjectWrapper<>(this, "owner");

    /** @param gestures in priority order: the first that accepts a press wins */
    public GestureArbiter(GraphCanvas canvas, List<Gesture> gestures) {
        this.canvas = canvas;
        this.gestures = List.copyOf(gestures);
    }

    /** The usual set: connect from a port, reconnect an arrow head, move states, pan, select an edge, marquee. */
    public static GestureArbiter standard(GraphCanvas canvas) {
        return new GestureArbiter(canvas, List.of(
                new ConnectOnDragGesture(canvas),
                new ReconnectOnDragGesture(canvas),
                new MoveSelectedOnDragGesture(canvas),
                new PanOnDragGesture(canvas),
                new SelectEdgeOnClickGesture(canvas),
                new MarqueeSelectOnDragGesture(canvas)));
    }

    public void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    public List<Gesture> gestures() {
        return gestures;
    }

    /** The gesture that owns the mouse now, or null. */
    public ReadOnlyObjectProperty<Gesture> ownerProperty() {
        return owner.getReadOnlyProperty();
    }

    private void pressed(MouseEvent event) {
        if (owner.get() != null) {
            owner.get().cancel();
            owner.set(null);
        }
        canvas.requestFocus();
        for (Gesture gesture : gestures) {
            if (gesture.accepts(event)) {
                owner.set(gesture);
                gesture.pressed(event);
                event.consume();
                return;
            }
        }
    }

    private void dragged(MouseEvent event) {
        if (owner.get() != null) {
            owner.get().dragged(event);
            event.consume();
        }
    }

    private void released(MouseEvent event) {
        Gesture gesture = owner.get();
        if (gesture != null) {
            owner.set(null);
            gesture.released(event);
            event.consume();
        }
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && owner.get() != null) {
            owner.get().cancel();
            owner.set(null);
            event.consume();
        }
    }

    // --- what gestures ask about a press ----------------------------------------------------------------------------

    /** The state node under the event, when there is one. */
    static Optional<StateNode> nodeUnder(MouseEvent event) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (node instanceof StateNode state) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** Whether the event hit a node (or a child of one) with this style class, below any state node. */
    static boolean hitStyleClass(MouseEvent event, String styleClass) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (node.getStyleClass().contains(styleClass)) {
                return true;
            }
            if (node instanceof StateNode || node instanceof GraphCanvas) {
                return false;
            }
        }
        return false;
    }

    /** The edge whose arrow head the event hit. */
    static Optional<TransitionEdge> arrowUnder(MouseEvent event) {
        Node hit = event.getPickResult().getIntersectedNode();
        if (hit != null && hit.getParent() instanceof TransitionEdge edge && edge.arrow() == hit) {
            return Optional.of(edge);
        }
        return Optional.empty();
    }
}
