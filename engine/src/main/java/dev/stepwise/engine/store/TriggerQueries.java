package dev.stepwise.engine.store;

import dev.stepwise.engine.userpool.trigger.TriggerInvocation;
import java.util.List;
import java.util.Optional;

/** Read port for Lambda-trigger bookkeeping: recorded invocations and CUSTOM_AUTH session state. */
public interface TriggerQueries {

    /** The pool's recorded trigger invocations, oldest first. */
    List<TriggerInvocation> triggerInvocations(String userPoolId);

    /** The JSON state of the CUSTOM_AUTH session with this hash, if it has one. */
    Optional<String> customAuthState(String sessionHash);
}
