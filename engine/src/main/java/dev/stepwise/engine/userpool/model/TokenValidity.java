package dev.stepwise.engine.userpool.model;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * How long one kind of token lives: an amount and its unit ({@code TokenValidityUnits}: seconds, minutes, hours,
 * days).
 */
public record TokenValidity(long amount, ChronoUnit unit) {

    public static final TokenValidity DEFAULT_ACCESS = new TokenValidity(60, ChronoUnit.MINUTES);
    public static final TokenValidity DEFAULT_ID = new TokenValidity(60, ChronoUnit.MINUTES);
    public static final TokenValidity DEFAULT_REFRESH = new TokenValidity(30, ChronoUnit.DAYS);

    public TokenValidity {
        Objects.requireNonNull(unit, "unit");
        if (unit != ChronoUnit.SECONDS && unit != ChronoUnit.MINUTES && unit != ChronoUnit.HOURS
                && unit != ChronoUnit.DAYS) {
            throw new IllegalArgumentException("unit must be seconds, minutes, hours or days: " + unit);
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }

    public Duration duration() {
        return Duration.of(amount, unit);
    }

    /** The unit as {@code TokenValidityUnits} spells it: {@code seconds}, {@code minutes}, {@code hours}, {@code days}. */
    public String unitName() {
        return unit.name().toLowerCase(Locale.ROOT);
    }

    public static ChronoUnit parseUnit(String unitName) {
        switch (unitName) {
            case "seconds": return ChronoUnit.SECONDS;
            case "minutes": return ChronoUnit.MINUTES;
            case "hours": return ChronoUnit.HOURS;
            case "days": return ChronoUnit.DAYS;
            default: throw new IllegalArgumentException("unknown token validity unit: " + unitName);
        }
    }
}
