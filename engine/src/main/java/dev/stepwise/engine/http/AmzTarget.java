package dev.stepwise.engine.http;

import java.util.Optional;

/** An {@code X-Amz-Target} header, {@code <service prefix>.<Operation>}: {@code AWSStepFunctions.StartExecution}. */
record AmzTarget(String prefix, String operation) {

    /** The target, or empty when the header is missing or is not exactly two non-empty names joined by a dot. */
    static Optional<AmzTarget> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String[] parts = header.trim().split("\\.", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AmzTarget(parts[0], parts[1]));
    }

    @Override
    public String toString() {
        return prefix + "." + operation;
    }
}
