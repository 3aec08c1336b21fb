package dev.stepwise.designer.canvas.gesture;

import javafx.scene.input.MouseEvent;

/**
 * One way of handling a mouse drag on the canvas. The {@link GestureArbiter} offers each press to its gestures in
 * turn; the first that {@linkplain #accepts accepts} it owns the mouse until the release (or Escape).
 * A gesture previews while dragging and commits one command on release, like Scene Builder's
 * {@code AbstractMouseGesture}.
 */
public interface Gesture {

    /** Whether this gesture wants the drag that starts with this press. */
    boolean accepts(MouseEvent press);

    void pressed(MouseEvent event);

    void dragged(MouseEvent event);

    void released(MouseEvent event);

    /** Escape or a lost press: undo the preview, commit nothing. */
    void cancel();
}
