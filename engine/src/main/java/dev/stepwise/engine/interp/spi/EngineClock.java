package dev.stepwise.engine.interp.spi;

import java.time.Duration;
import java.time.Instant;

/**
 * The interpreter's only source of time. {@link VirtualClock} (the default) completes waits and retry back-off at
 * once while timestamps advance as if they had really passed; {@link RealClock} really waits.
 */
public interface EngineClock {

    Instant now();

    /** Lets {@code duration} pass. */
    void sleep(Duration duration) throws InterruptedException;
}
