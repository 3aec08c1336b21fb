package dev.stepwise.engine.sfn;

import dev.stepwise.engine.interp.spi.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An execution's clock: its first reading is the start date StartExecution committed and returned, so that the
 * ExecutionStarted event and {@code $$.Execution.StartTime} agree with it; later readings are the real time.
 */
final class CommittedStartClock implements EngineClock {

    private final Instant start;
    private final EngineClock real;
    private final AtomicBoolean started = new AtomicBoolean();

    CommittedStartClock(Instant start, EngineClock real) {
        this.start = start;
        this.real = real;
    }

    @Override
    public Instant now() {
        if (started.compareAndSet(false, true)) {
            return start;
        }
        Instant now = real.now();
        return now.isBefore(start) ? start : now;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        real.sleep(duration);
    }
}
