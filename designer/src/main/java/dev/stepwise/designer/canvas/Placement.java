package dev.stepwise.designer.canvas;

import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.layout.AutoLayout;
import dev.stepwise.designer.layout.NestedGraph;
import java.util.function.Function;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;

/**
 * Where the canvas draws states and branch frames, from the automatic layout and the manual places of the layout file.
 * A top-level state's place is canvas units; a state inside a container keeps its place relative to the container's
 * corner, so it moves with its container, and held inside its branch's frame. Made for one question or one pass: it
 * keeps the graph and the layouts of the moment it was made.
 */
final class Placement {

    private static final Layout.Point ORIGIN = new Layout.Point(0, 0);

    private final NestedGraph nested;
    private final AutoLayout automatic;
    private final Layout manual;
    /** The size of a state's box by canvas key; null for a state without a view. */
    private final Function<String, Dimension2D> boxes;
    private final double branchLabelHeight;

    Placement(NestedGraph nested, AutoLayout automatic, Layout manual, Function<String, Dimension2D> boxes,
            double branchLabelHeight) {
        this.nested = nested;
        this.automatic = automatic;
        this.manual = manual;
        this.boxes = boxes;
        this.branchLabelHeight = branchLabelHeight;
    }

    /** Where a state is drawn (by canvas key): its manual place, else its automatic one. */
    Layout.Point positionOf(String key) {
        String container = nested.entry(key).map(NestedGraph.Entry::container).orElse(null);
        if (container == null) {
            return manual.position(key).orElseGet(() -> automaticPosition(key));
        }
        return inside(positionOf(container), container, key);
    }

    /** A contained state's place when its container's corner is at {@code corner}. */
    Layout.Point inside(Layout.Point corner, String container, String key) {
        Layout.Point containerAuto = automaticPosition(container);
        Layout.Point relative = manual.position(key)
                .map(kept -> heldInBranch(key, containerAuto, kept))
                .orElseGet(() -> {
                    Layout.Point auto = automaticPosition(key);
                    return new Layout.Point(auto.x() - containerAuto.x(), auto.y() - containerAuto.y());
                });
        return new Layout.Point(corner.x() + relative.x(), corner.y() + relative.y());
    }

    Layout.Point automaticPosition(String key) {
        return automatic.positions().getOrDefault(key, ORIGIN);
    }

    /** The corner of the container whose branch a scope is (by JSON pointer); the origin for the top level. */
    Layout.Point cornerOf(String scope) {
        for (int i = 0; i < nested.scopes().size(); i++) {
            String container = nested.containerOf(i);
            if (container != null && nested.scopes().get(i).pointer().equals(scope)) {
                return positionOf(container);
            }
        }
        return ORIGIN;
    }

    /**
     * What the layout file keeps for a state drawn at a point: the point at the top level; inside a container drawn
     * at {@code containerAt}, the point relative to the container's corner, held inside its branch's frame.
     */
    Layout.Point layoutPosition(String key, Layout.Point drawnAt, Layout.Point containerAt) {
        String container = nested.entry(key).map(NestedGraph.Entry::container).orElse(null);
        if (container == null || containerAt == null) {
            return drawnAt;
        }
        return heldInBranch(key, automaticPosition(container),
                new Layout.Point(drawnAt.x() - containerAt.x(), drawnAt.y() - containerAt.y()));
    }

    /** A branch's frame as drawn: moved as far as its container, drawn at {@code containerAt}, is from its place. */
    Bounds frameBounds(AutoLayout.Frame frame, String container, Layout.Point containerAt) {
        Layout.Point containerAuto = automaticPosition(container);
        return new BoundingBox(frame.x() + containerAt.x() - containerAuto.x(),
                frame.y() + containerAt.y() - containerAuto.y(), frame.width(), frame.height());
    }

    /**
     * A place relative to a container's corner, moved as little as needed for the state's box to lie inside its
     * branch's frame (below the label): a branch that shrank since does not leave it outside.
     */
    private Layout.Point heldInBranch(String key, Layout.Point containerAuto, Layout.Point relative) {
        NestedGraph.Entry entry = nested.entry(key).orElse(null);
        Dimension2D box = boxes.apply(key);
        if (entry == null || box == null) {
            return relative;
        }
        for (AutoLayout.Frame frame : automatic.frames()) {
            if (frame.scope() == entry.scope()) {
                double left = frame.x() - containerAuto.x();
                double top = frame.y() - containerAuto.y() + branchLabelHeight;
                double x = Math.max(left, Math.min(relative.x(), left + frame.width() - box.getWidth()));
                double y = Math.max(top, Math.min(relative.y(),
                        frame.y() - containerAuto.y() + frame.height() - box.getHeight()));
                return new Layout.Point(x, y);
            }
        }
        return relative;
    }
}
