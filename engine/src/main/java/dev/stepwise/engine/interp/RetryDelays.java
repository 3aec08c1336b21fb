package dev.stepwise.engine.interp;

import dev.stepwise.engine.asl.model.Retrier;
import java.util.random.RandomGenerator;

/** How long to wait before a retry: IntervalSeconds × BackoffRate^n, capped by MaxDelaySeconds, with optional jitter. */
final class RetryDelays {

    private RetryDelays() {
    }

    /** The delay before retry number {@code retriesBefore + 1} under this retrier, in seconds. */
    static double delaySeconds(Retrier retrier, int retriesBefore, RandomGenerator random) {
        double delay = retrier.intervalSecondsOrDefault() * Math.pow(retrier.backoffRateOrDefault(), retriesBefore);
        if (retrier.maxDelaySeconds() != null) {
            delay = Math.min(delay, retrier.maxDelaySeconds());
        }
        if (retrier.jitterStrategyOrDefault() == Retrier.JitterStrategy.FULL) {
            delay = random.nextDouble() * delay;
        }
        return delay;
    }
}
