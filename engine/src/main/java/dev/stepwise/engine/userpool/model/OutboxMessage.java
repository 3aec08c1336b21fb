package dev.stepwise.engine.userpool.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A message that Cognito would have e-mailed or texted: kept in the outbox instead. {@code code} is the code or
 * temporary password it carries; {@code id} is assigned by the store (0 before it is stored).
 */
public record OutboxMessage(long id, String userPoolId, String username, Channel channel, String destination,
        String subject, String code, String message, Instant time) {

    public enum Channel { EMAIL, SMS }

    public OutboxMessage {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(time, "time");
    }
}
