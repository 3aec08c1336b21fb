package dev.stepwise.designer.canvas.dnd;

import dev.stepwise.designer.canvas.BranchFrame;
import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.StateNode;
import dev.stepwise.designer.canvas.TransitionEdge;
import dev.stepwise.designer.command.AddStateCommand;
import dev.stepwise.designer.command.Command;
import dev.stepwise.designer.command.StateNames;
import dev.stepwise.designer.command.StateTransfers;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.layout.NestedGraph;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Makes the canvas accept states dragged from the palette ({@link StateTemplate#FORMAT}). Dropped on empty canvas the
 * state is added there, dropped in a branch of an expanded Parallel or Map it is added to that branch, dropped on a
 * transition it is inserted into it (one undoable command). {@link #drop} is the
 * whole of it, so it can be driven without a real drag-and-drop.
 */
public final class CanvasDropTarget {

    /** How close to a transition (screen pixels) a drop inserts into it. */
    public static final double EDGE_TOLERANCE = 10;

    private final GraphCanvas canvas;
    private TransitionEdge hovered;
    private BranchFrame hoveredFrame;

    public CanvasDropTarget(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    public void install() {
        canvas.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        canvas.addEventHandler(DragEvent.DRAG_EXITED, event -> hover(null, null));
        canvas.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasContent(StateTemplate.FORMAT) && canvas.document().isStructurallyEditable()) {
            event.acceptTransferModes(TransferMode.COPY);
            Point2D at = canvas.sceneToCanvas(event.getSceneX(), event.getSceneY());
            TransitionEdge edge = canvas.edgeAt(at, EDGE_TOLERANCE).orElse(null);
            hover(edge, edge == null ? canvas.frameAt(at).orElse(null) : null);
            event.consume();
        }
    }

    private void dropped(DragEvent event) {
        Dragboard board = event.getDragboard();
        Object payload = board.getContent(StateTemplate.FORMAT);
        Optional<StateTemplate> template = StateTemplate.fromPayload(payload instanceof String text ? text : null);
        boolean done = template.isPresent()
                && drop(template.get(), canvas.sceneToCanvas(event.getSceneX(), event.getSceneY())).isPresent();
        hover(null, null);
        event.setDropCompleted(done);
        event.consume();
    }

    /**
     * Adds a state made from the template at a canvas point (its centre): into the transition there, else into the
     * branch there (a Parallel branch or a Map's processor), else onto the top level. Selects it and returns its canvas
     * key; empty when the document cannot be edited.
     */
    public Optional<String> drop(StateTemplate template, Point2D canvasPoint) {
        if (!canvas.document().isStructurallyEditable()) {
            return Optional.empty();
        }
        NestedGraph shown = canvas.nested();
        Optional<TransitionEdge> edge = canvas.edgeAt(canvasPoint, EDGE_TOLERANCE);
        int scopeIndex = edge.flatMap(e -> shown.entry(e.model().from())).map(NestedGraph.Entry::scope)
                .orElseGet(() -> canvas.frameAt(canvasPoint).map(BranchFrame::scope).orElse(0));
        String scope = shown.scopes().isEmpty() ? "" : shown.scopes().get(scopeIndex).pointer();
        Set<String> taken = new HashSet<>();
        canvas.document().getJson().root().at(scope).path("States").fieldNames().forEachRemaining(taken::add);
        String name = StateNames.unique(template.baseName(), taken);
        // Centred on the point; inside a container the layout keeps places relative to its corner.
        Layout.Point corner = canvas.cornerOf(scope);
        Layout.Point at = new Layout.Point(canvasPoint.getX() - StateNode.WIDTH / 2 - corner.x(),
                canvasPoint.getY() - StateNode.HEIGHT / 2 - corner.y());
        Optional<Command> insert = edge.flatMap(e -> canvas.referencePointerOf(e.model()))
                .flatMap(pointer -> StateTransfers.insert(canvas.document(), scope, pointer, name, template.state(), at));
        Command command = insert.orElseGet(() ->
                new AddStateCommand(canvas.document(), scope, name, template.state(), at));
        if (!canvas.commands().push(command)) {
            return Optional.empty();
        }
        String key = Layout.key(scope, name);
        canvas.selection().select(key);
        return Optional.of(key);
    }

    private void hover(TransitionEdge edge, BranchFrame frame) {
        if (hoveredFrame != null) {
            hoveredFrame.setDropTarget(false);
        }
        hoveredFrame = frame;
        if (frame != null) {
            frame.setDropTarget(true);
        }
        hover(edge);
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
