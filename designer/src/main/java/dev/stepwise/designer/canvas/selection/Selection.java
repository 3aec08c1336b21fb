package dev.stepwise.designer.canvas.selection;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The selected states of one canvas, by layout key, like Scene Builder's {@code Selection}: a revision that changes
 * once per change, and {@link #beginUpdate()}/{@link #endUpdate()} so that a marquee or a rebuild fires once.
 */
public final class Selection {

    private final Set<String> items = new LinkedHashSet<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private int updateDepth;
    private boolean changedDuringUpdate;

    public void select(String key) {
        beginUpdate();
        items.clear();
        items.add(key);
        changed();
        endUpdate();
    }

    public void selectAll(Collection<String> keys) {
        beginUpdate();
        items.clear();
        items.addAll(keys);
        changed();
        endUpdate();
    }

    public void toggle(String key) {
        if (!items.remove(key)) {
            items.add(key);
        }
        changed();
    }

    public void clear() {
        if (!items.isEmpty()) {
            items.clear();
            changed();
        }
    }

    /** Drops keys that no longer name a state (after a rename, a removal or an edit of the text). */
    public void retainAll(Collection<String> existing) {
        if (items.retainAll(existing)) {
            changed();
        }
    }

    public boolean isSelected(String key) {
        return items.contains(key);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The selected keys, in the order they were selected. */
    public Set<String> items() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(items));
    }

    public void beginUpdate() {
        updateDepth++;
    }

    public void endUpdate() {
        if (updateDepth == 0) {
            throw new IllegalStateException("endUpdate without beginUpdate");
        }
        updateDepth--;
        if (updateDepth == 0 && changedDuringUpdate) {
            changedDuringUpdate = false;
            revision.set(revision.get() + 1);
        }
    }

    private void changed() {
        if (updateDepth > 0) {
            changedDuringUpdate = true;
        } else {
            revision.set(revision.get() + 1);
        }
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
