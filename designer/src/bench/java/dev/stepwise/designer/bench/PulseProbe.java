package dev.stepwise.designer.bench;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;

/**
 * Waits on the JavaFX pulse for something to be on screen. A frame counts as drawn when the pulse after it begins:
 * the toolkit does not start a pulse while the renderer is still drawing the previous one.
 */
final class PulseProbe {

    private PulseProbe() {
    }

    /**
     * Completes with {@link System#nanoTime()} at the start of the pulse that follows the first pulse in which
     * {@code condition} held, i.e. once the frame showing it has been drawn. Call on the JavaFX thread.
     */
    static CompletableFuture<Long> paintedWhen(BooleanSupplier condition) {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        new AnimationTimer() {
            private boolean seen;

            @Override
            public void handle(long now) {
                if (seen) {
                    stop();
                    painted.complete(System.nanoTime());
                } else {
                    seen = condition.getAsBoolean();
                }
            }
        }.start();
        return painted;
    }
}
