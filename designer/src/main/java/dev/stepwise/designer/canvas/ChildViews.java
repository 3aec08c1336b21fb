package dev.stepwise.designer.canvas;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Brings a parent's children to a wanted list with as few list changes as possible. A child that is taken out and put
 * back is styled again from scratch, so the views that stay are left where they are.
 */
final class ChildViews {

    private ChildViews() {
    }

    static void update(ObservableList<Node> children, List<? extends Node> wanted) {
        if (children.equals(wanted)) {
            return;
        }
        Set<Node> wantedSet = identitySet(wanted);
        List<Node> gone = children.stream().filter(child -> !wantedSet.contains(child)).toList();
        if (!gone.isEmpty()) {
            children.removeAll(gone);
        }
        if (children.isEmpty()) {
            children.setAll(wanted);
            return;
        }
        Set<Node> present = identitySet(children);
        for (int i = 0; i < wanted.size(); i++) {
            Node node = wanted.get(i);
            if (i < children.size() && children.get(i) == node) {
                continue;
            }
            if (present.contains(node)) {
                // The order changed (states moved in the text): no way around placing them all again.
                children.setAll(wanted);
                return;
            }
            children.add(i, node);
        }
    }

    private static Set<Node> identitySet(List<? extends Node> nodes) {
        Set<Node> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(nodes);
        return set;
    }
}
