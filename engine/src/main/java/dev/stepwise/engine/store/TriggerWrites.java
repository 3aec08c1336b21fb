package dev.stepwise.engine.store;

import dev.stepwise.engine.userpool.trigger.TriggerInvocation;

/** Write port for Lambda-trigger bookkeeping. */
public interface TriggerWrites {

    /** Appends an invocation (its id is ignored) and returns the id it was given. */
    long appendTriggerInvocation(TriggerInvocation invocation);

    /** Stores the JSON state of a CUSTOM_AUTH session; the session must already be stored. */
    void putCustomAuthState(String sessionHash, String state);
}
