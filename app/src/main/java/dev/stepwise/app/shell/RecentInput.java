package dev.stepwise.app.shell;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
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
    private final LongSupplier clock;
    private final EventHandler<InputEvent> seen;
    private long last;

    private RecentInput(Scene scene, LongSupplier clock) {
        this.scene = scene;
        this.clock = clock;
        this.last = clock.getAsLong() - 2 * BUSY_NANOS;
        this.seen = event -> last = clock.getAsLong();
    }

    /** Starts watching the scene's input; {@link #stop()} ends it. */
    static RecentInput watch(Scene scene) {
        return watch(scene, System::nanoTime);
    }

    /** The same with a clock in nanoseconds of the caller's choosing (tests). */
    static RecentInput watch(Scene scene, LongSupplier clock) {
        RecentInput input = new RecentInput(scene, clock);
        scene.addEventFilter(InputEvent.ANY, input.seen);
        return input;
    }

    /** True while the last input was less than {@link #BUSY_NANOS} ago. */
    @Override
    public boolean getAsBoolean() {
        return clock.getAsLong() - last < BUSY_NANOS;
    }

    void stop() {
        scene.removeEventFilter(InputEvent.ANY, seen);
    }
}
