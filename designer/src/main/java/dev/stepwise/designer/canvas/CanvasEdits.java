package dev.stepwise.designer.canvas;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepwise.designer.command.AddChoiceRuleCommand;
import dev.stepwise.designer.command.ConnectCommand;
import dev.stepwise.designer.command.MoveNodesCommand;
import dev.stepwise.designer.command.SetFieldCommand;
import dev.stepwise.designer.command.StateReference;
import dev.stepwise.designer.command.StateTransfers;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.layout.NestedGraph;
import dev.stepwise.engine.asl.model.StateType;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.graph.GraphScope;
import dev.stepwise.engine.json.JsonPointers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/**
 * What the canvas's gestures and keys change in the document, by canvas key: connect, reconnect, nudge, and the end of
 * a move (on the canvas, or into another branch). Each is one command on the canvas's stack; what cannot be done
 * within ASL's rules (a transition out of its branch) is refused with a notice.
 */
final class CanvasEdits {

    private final GraphCanvas canvas;
    private ContextMenu connectMenu;

    CanvasEdits(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    /**
     * The JSON pointer of the string that an edge stands for: {@code /States/A/Next}, {@code /States/C/Default},
     * {@code /States/C/Choices/0/Next} or {@code /States/T/Catch/1/Next}. Empty while the text is stale.
     */
    Optional<String> referencePointerOf(GraphModel.Edge edge) {
        Optional<NestedGraph.Entry> from = canvas.nested().entry(edge.from());
        Optional<NestedGraph.Entry> to = canvas.nested().entry(edge.to());
        if (!canvas.document().isStructurallyEditable() || from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        String scope = canvas.nested().scopes().get(from.get().scope()).pointer();
        String fromName = from.get().node().name();
        String toName = to.get().node().name();
        String state = GraphScope.statePointer(scope, fromName);
        List<String> pointers = StateReference.allIn(canvas.document().getJson().root(), scope).stream()
                .filter(reference -> fromName.equals(reference.fromState()) && toName.equals(reference.target()))
                .map(StateReference::pointer)
                .filter(pointer -> switch (edge.kind()) {
                    case NEXT -> pointer.equals(state + "/Next");
                    case DEFAULT -> pointer.equals(state + "/Default");
                    case CHOICE -> pointer.startsWith(state + "/Choices/");
                    case CATCH -> pointer.startsWith(state + "/Catch/");
                })
                .toList();
        int index = 0;
        for (GraphModel.Edge other : canvas.graph().edges()) {
            if (other == edge) {
                break;
            }
            if (other.equals(edge)) {
                index++;
            }
        }
        return index < pointers.size() ? Optional.of(pointers.get(index)) : Optional.empty();
    }

    /**
     * Connects two states of one scope (by canvas key): a Next; from a Choice, a menu at the screen point offers a new
     * rule or the Default. States of two scopes cannot be connected: ASL transitions stay inside their branch.
     */
    void connect(String fromKey, String toKey, double screenX, double screenY) {
        NestedGraph.Entry source = canvas.nested().entry(fromKey).orElse(null);
        NestedGraph.Entry target = canvas.nested().entry(toKey).orElse(null);
        if (source == null || target == null) {
            return;
        }
        if (source.scope() != target.scope()) {
            canvas.notice("Not connected: a transition stays in its branch, and " + source.node().name() + " and "
                    + target.node().name() + " are in different ones");
            return;
        }
        String scope = canvas.nested().scopes().get(source.scope()).pointer();
        String from = source.node().name();
        String to = target.node().name();
        if (source.node().type() != StateType.CHOICE) {
            canvas.commands().push(new ConnectCommand(canvas.document(), scope, from, to, ConnectCommand.Kind.NEXT));
            return;
        }
        if (connectMenu != null) {
            connectMenu.hide();
        }
        MenuItem rule = new MenuItem("Add rule → " + to);
        rule.setId("connect-add-rule");
        rule.setOnAction(event -> canvas.commands().push(new AddChoiceRuleCommand(canvas.document(), scope, from, to)));
        MenuItem fallback = new MenuItem("Set Default → " + to);
        fallback.setId("connect-set-default");
        fallback.setOnAction(event -> canvas.commands().push(new ConnectCommand(canvas.document(), scope, from, to,
                ConnectCommand.Kind.DEFAULT)));
        connectMenu = new ContextMenu(rule, fallback);
        connectMenu.show(canvas, screenX, screenY);
    }

    /** The menu a connection from a Choice showed last (for tests). */
    Optional<ContextMenu> connectMenu() {
        return Optional.ofNullable(connectMenu);
    }

    /** Points the transition an edge stands for at another state of its scope (by canvas key). */
    boolean reconnect(GraphModel.Edge edge, String targetKey) {
        NestedGraph.Entry from = canvas.nested().entry(edge.from()).orElse(null);
        NestedGraph.Entry to = canvas.nested().entry(targetKey).orElse(null);
        if (from == null || to == null || from.scope() != to.scope()) {
            return false;
        }
        String target = to.node().name();
        return referencePointerOf(edge).map(pointer -> {
            String owner = pointer.substring(0, pointer.lastIndexOf('/'));
            return canvas.commands().push(new SetFieldCommand(canvas.document(), owner, JsonPointers.lastSegment(pointer),
                    TextNode.valueOf(target)));
        }).orElse(false);
    }

    /** Moves the selected states by (dx, dy) canvas units: one command. */
    boolean nudgeSelection(double dx, double dy) {
        Map<String, Layout.Point> moved = new LinkedHashMap<>();
        for (String key : canvas.selection().items()) {
            if (canvas.node(key).isPresent()) {
                Layout.Point at = canvas.positionOf(key);
                moved.put(key, canvas.layoutPosition(key, new Layout.Point(at.x() + dx, at.y() + dy)));
            }
        }
        return !moved.isEmpty() && canvas.commands().push(new MoveNodesCommand(canvas.document(), moved));
    }

    /**
     * Ends a drag of states (by canvas key) that are now drawn where their views are. Released with the pointer in
     * another branch, or outside every container when they came from one, states of one scope move to that scope
     * ({@link StateTransfers#move}); otherwise they keep their scope and only their positions change. One command.
     */
    boolean finishMove(Collection<String> keys, Point2D pointer) {
        Set<Integer> from = new HashSet<>();
        keys.forEach(key -> canvas.nested().entry(key).ifPresent(entry -> from.add(entry.scope())));
        // The innermost branch under the pointer that is not one of the moved states' own, else the top level.
        int to = canvas.frameAt(pointer, frame -> !insideAny(frame.scope(), keys)).map(BranchFrame::scope).orElse(0);
        if (from.size() == 1 && !from.contains(to)) {
            if (moveToScope(keys, from.iterator().next(), to)) {
                return true;
            }
            canvas.notice("Not moved to another branch: what leads to it here would have no state to lead to");
        }
        Map<String, Layout.Point> moved = new LinkedHashMap<>();
        for (String key : keys) {
            canvas.node(key).ifPresent(view -> moved.put(key,
                    canvas.layoutPosition(key, new Layout.Point(view.getLayoutX(), view.getLayoutY()))));
        }
        return !moved.isEmpty() && canvas.commands().push(new MoveNodesCommand(canvas.document(), moved));
    }

    /** Whether a scope is a branch of one of these states, or inside one (a state cannot be moved into itself). */
    private boolean insideAny(int scope, Collection<String> keys) {
        for (String container = canvas.nested().containerOf(scope); container != null;
                container = canvas.nested().entry(container).map(NestedGraph.Entry::container).orElse(null)) {
            if (keys.contains(container)) {
                return true;
            }
        }
        return false;
    }

    /** Moves states to another scope, where the automatic layout places them: that branch grows to hold them. */
    private boolean moveToScope(Collection<String> keys, int from, int to) {
        List<String> names = new ArrayList<>();
        keys.forEach(key -> names.add(canvas.node(key).orElseThrow().name()));
        String target = canvas.nested().scopes().get(to).pointer();
        Optional<StateTransfers.Paste> move = StateTransfers.move(canvas.document(), canvas.nested().scopes().get(from).pointer(), names,
                target, name -> null);
        if (move.isEmpty() || !canvas.commands().push(move.get().command())) {
            return false;
        }
        Set<String> moved = new LinkedHashSet<>();
        move.get().names().values().forEach(name -> moved.add(Layout.key(target, name)));
        canvas.selection().selectAll(moved);
        return true;
    }
}
