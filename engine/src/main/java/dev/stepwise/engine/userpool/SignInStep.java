package dev.stepwise.engine.userpool;

import java.time.Instant;
import java.util.Map;

/**
 * Where a sign-in on the hosted login page stands after one step: a challenge to answer next ({@code challengeName},
 * the engine's {@code session} and the challenge parameters), or signed in ({@code challengeName} null) as
 * {@code username} at {@code authTime}.
 */
public record SignInStep(String challengeName, String session, Map<String, String> parameters, String username,
        Instant authTime) {

    public SignInStep {
        parameters = Map.copyOf(parameters);
    }

    public boolean signedIn() {
        return challengeName == null;
    }
}
