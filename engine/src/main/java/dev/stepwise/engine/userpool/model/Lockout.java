package dev.stepwise.engine.userpool.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A user's failed sign-in attempts, as Cognito counts them: after the n-th failure (n ≥ 5) the user is locked out
 * for 2^(n-5) seconds, at most about 15 minutes. Attempts during a lockout are refused ("Password attempts
 * exceeded") without counting. The count starts over after a successful sign-in, or after 15 minutes without any
 * attempt once a lockout happened.
 */
public record Lockout(int failures, Instant lockedUntil, Instant lastAttempt) {

    public static final int FREE_FAILURES = 5;
    public static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);
    public static final Duration QUIET_RESET = Duration.ofMinutes(15);

    public static final Lockout NONE = new Lockout(0, null, null);

    /** This state as it stands at {@code now}: forgotten after 15 quiet minutes following a lockout. */
    public Lockout at(Instant now) {
        if (failures >= FREE_FAILURES && lastAttempt != null && !now.isBefore(lastAttempt.plus(QUIET_RESET))) {
            return NONE;
        }
        return this;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Optional<Instant> until() {
        return Optional.ofNullable(lockedUntil);
    }

    /** An attempt refused during a lockout: it counts as activity, not as a failure. */
    public Lockout refused(Instant now) {
        return new Lockout(failures, lockedUntil, now);
    }

    /** One more failure at {@code now}, and the lockout it starts. */
    public Lockout failed(Instant now) {
        int n = failures + 1;
        Instant until = lockedUntil;
        if (n >= FREE_FAILURES) {
            int exponent = n - FREE_FAILURES;
            Duration lock = exponent >= 10 ? MAX_LOCKOUT : Duration.ofSeconds(1L << exponent);
            until = now.plus(lock.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : lock);
        }
        return new Lockout(n, until, now);
    }
}
