package dev.stepwise.designer.canvas.dnd;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.StateNode;
import dev.stepwise.designer.canvas.TransitionEdge;
import dev.stepwise.designer.command.AddStateCommand;
import dev.stepwise.designer.command.Command;
import dev.stepwise.designer.command.StateNames;
import dev.stepwise.designer.command.StateTransfers;
import dev.stepwise.designer.document.Layout;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Makes the canvas accept states dragged from the palette ({@link StateTemplate#FORMAT}). Dropped on empty canvas the
 * state is added there; dropped on a transition it is inserted into it (one undoable command). {@link #drop} is the
 * whole of it, so it can be driven without a real drag-and-drop.
 */
public final class CanvasDropTarget {

    /** How close to a transition (screen pixels) a drop inserts into it. */
    public static final double EDGE_TOLERANCE = 10;

    private final GraphCanvas canvas;
    private TransitionEdge hovered;

    public CanvasDropTarget(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    public void install() {
        canvas.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        canvas.addEventHandler(DragEvent.DRAG_EXITED, event -> hover(null));
        canvas.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasContent(StateTemplate.FORMAT) && canvas.document().isStructurallyEditable()) {
            event.acceptTransferModes(TransferMode.COPY);
            hover(canvas.edgeAt(canvas.sceneToCanvas(event.getSceneX(), event.getSceneY()), EDGE_TOLERANCE).orElse(null));
            event.consume();
        }
    }

    private void dropped(DragEvent event) {
        Dragboard board = event.getDragboard();
        Object payload = board.getContent(StateTemplate.FORMAT);
        Optional<StateTemplate> template = StateTemplate.fromPayload(payload instanceof String text ? text : null);
        boolean done = template.isPresent()
                && drop(template.get(), canvas.sceneToCanvas(event.getSceneX(), event.getSceneY())).isPresent();
        hover(null);
        event.setDropCompleted(done);
        event.consume();
    }

    /**
     * Adds a state made from the template at a canvas point (its centre), or inserts it into the transition there.
     * Selects it and returns its name; empty when the document cannot be edited.
     */
    public Optional<String> drop(StateTemplate template, Point2D canvasPoint) {
        if (!canvas.document().isStructurallyEditable()) {
            return Optional.empty();
        }
        Set<String> taken = new HashSet<>();
        canvas.document().getJson().root().path("States").fieldNames().forEachRemaining(taken::add);
        String name = StateNames.unique(template.baseName(), taken);
        Layout.Point position = new Layout.Point(canvasPoint.getX() - StateNode.WIDTH / 2,
                canvasPoint.getY() - StateNode.HEIGHT / 2);
        Optional<Command> insert = canvas.edgeAt(canvasPoint, EDGE_TOLERANCE)
                .flatMap(edge -> canvas.referencePointerOf(edge.model()))
                .flatMap(pointer -> StateTransfers.insert(canvas.document(), "", pointer, name, template.state(), position));
        Command command = insert.orElseGet(() ->
                new AddStateCommand(canvas.document(), "", name, template.state(), position));
        if (!canvas.commands().push(command)) {
            return Optional.empty();
        }
        canvas.selection().select(name);
        return Optional.of(name);
    }

    private void hover(TransitionEdge edge) {
        if (hovered != null) {
            hovered.setDropTarget(false);
        }
        hovered = edge;
        if (edge != null) {
            edge.setDropTarget(true);
        }
    }
}
