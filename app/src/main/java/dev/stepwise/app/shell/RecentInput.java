package dev.stepwise.app.shell;

import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Whether the user typed, clicked, scrolled or moved the pointer in a scene within the last moments: background work on
 * the JavaFX thread waits while they do.
 */
final class RecentInput implements BooleanSupplier {

    /** How long after the last input the user still counts as busy. */
    static final long BUSY_NANOS = 500_000_000L;

    private final Scene scene;
    private final EventHandler<InputEvent> seen = event -> last = System.nanoTime();
    private long last = System.nanoTime() - 2 * BUSY_NANOS;

    private RecentInput(Scene scene) {
        this.scene = scene;
    }

    /** Starts watching the scene's input; {@link #stop()} ends it. */
    static RecentInput watch(Scene scene) {
        RecentInput input = new RecentInput(scene);
        scene.addEventFilter(InputEvent.ANY, input.seen);
        return input;
    }

    /** True while the last input was less than {@link #BUSY_NANOS} ago. */
    @Override
    public boolean getAsBoolean() {
        return System.nanoTime() - last < BUSY_NANOS;
    }

    void stop() {
        scene.removeEventFilter(InputEvent.ANY, seen);
    }
}
