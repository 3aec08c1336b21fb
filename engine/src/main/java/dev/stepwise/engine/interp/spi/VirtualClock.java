package dev.stepwise.engine.interp.spi;

import java.time.Duration;
import java.time.Instant;

/** Time that moves only when the execution waits: waits cost nothing, yet timestamps read as if they were real. */
public final class VirtualClock implements EngineClock {

    private Instant now;

    public VirtualClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        if (!duration.isNegative()) {
            now = now.plus(duration);
        }
    }
}
