package dev.stepwise.engine.userpool.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One call of a Lambda trigger, as the auth lab shows it: the event Cognito sent, what came back, how long it took on
 * the service's clock, and what went wrong.
 *
 * @param id            the store's sequence number (0 before it is stored)
 * @param trigger       the {@code LambdaConfig} member, e.g. {@code PreSignUp}
 * @param triggerSource the event's {@code triggerSource}, e.g. {@code PreSignUp_SignUp}
 * @param target        what the ARN is bound to locally ({@link TriggerTarget#describe()}); null when unbound
 * @param response      the function's response, or null when it failed or was not called
 * @param error         why it failed, or, for {@link Outcome#UNBOUND}, the warning; null when it succeeded
 */
public record TriggerInvocation(long id, String userPoolId, String trigger, String triggerSource, String lambdaArn,
        String target, Outcome outcome, JsonNode event, JsonNode response, String error, Instant started,
        Duration duration) {

    public enum Outcome {
        /** The function answered; {@code response} is its answer. */
        SUCCEEDED,
        /** The function failed, could not be reached or answered with something Cognito cannot use. */
        FAILED,
        /** No local target is bound to the ARN: the trigger was treated as absent (a warning). */
        UNBOUND
    }

    public TriggerInvocation {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(triggerSource, "triggerSource");
        Objects.requireNonNull(lambdaArn, "lambdaArn");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(duration, "duration");
    }

    public TriggerInvocation withId(long newId) {
        return new TriggerInvocation(newId, userPoolId, trigger, triggerSource, lambdaArn, target, outcome, event,
                response, error, started, duration);
    }
}
