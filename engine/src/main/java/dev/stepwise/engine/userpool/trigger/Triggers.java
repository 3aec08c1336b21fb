package dev.stepwise.engine.userpool.trigger;

import java.util.Map;
import java.util.Optional;

/**
 * The local bindings of Lambda ARNs: which {@link TriggerTarget} runs when a pool's {@code LambdaConfig} names an
 * ARN. An ARN that is not bound is treated as if the pool had no such trigger; the call is recorded as an
 * {@link TriggerInvocation.Outcome#UNBOUND} warning.
 */
public final class Triggers {

    public static final Triggers NONE = new Triggers(Map.of());

    private final Map<String, TriggerTarget> bindings;

    private Triggers(Map<String, TriggerTarget> bindings) {
        this.bindings = Map.copyOf(bindings);
    }

    /** @param bindings Lambda function ARN to what runs it locally */
    public static Triggers of(Map<String, TriggerTarget> bindings) {
        return new Triggers(bindings);
    }

    public Optional<TriggerTarget> target(String lambdaArn) {
        return Optional.ofNullable(bindings.get(lambdaArn));
    }

    public Map<String, TriggerTarget> bindings() {
        return bindings;
    }
}
