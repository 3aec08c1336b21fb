package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One entry of {@code Retry}; absent numbers are null and take AWS's defaults through the accessors below. */
public record Retrier(ObjectNode json, List<String> errorEquals, Integer intervalSeconds, Integer maxAttempts,
                      Double backoffRate, Integer maxDelaySeconds, JitterStrategy jitterStrategy, String comment) {

    public enum JitterStrategy { FULL, NONE }

    public Retrier {
        errorEquals = List.copyOf(errorEquals);
    }

    public int intervalSecondsOrDefault() {
        return intervalSeconds == null ? 1 : intervalSeconds;
    }

    public int maxAttemptsOrDefault() {
        return maxAttempts == null ? 3 : maxAttempts;
    }

    public double backoffRateOrDefault() {
        return backoffRate == null ? 2.0 : backoffRate;
    }

    public JitterStrategy jitterStrategyOrDefault() {
        return jitterStrategy == null ? JitterStrategy.NONE : jitterStrategy;
    }
}
