package dev.stepwise.engine.interp.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Wall-clock time; waits really wait. */
public final class RealClock implements EngineClock {

    private final Clock clock;

    public RealClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        long millis = duration.toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
