package dev.stepwise.engine.userpool.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stepwise.engine.userpool.auth.AuthFlowMachine.Event;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine.State;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine.Transition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthFlowMachineTest {

    @Test
    void replaysAChallengeToTokens() {
        List<Transition> seen = new ArrayList<>();
        AuthFlowMachine m = new AuthFlowMachine(State.INITIATED, seen::add);

        m.apply(Event.TEMPORARY_PASSWORD_VERIFIED);
        m.apply(Event.NEW_PASSWORD_REJECTED);
        assertEquals(State.AUTHENTICATED, m.apply(Event.NEW_PASSWORD_ACCEPTED));

        assertEquals(List.of(
                new Transition(State.INITIATED, Event.TEMPORARY_PASSWORD_VERIFIED, State.NEW_PASSWORD_REQUIRED),
                new Transition(State.NEW_PASSWORD_REQUIRED, Event.NEW_PASSWORD_REJECTED, State.NEW_PASSWORD_REQUIRED),
                new Transition(State.NEW_PASSWORD_REQUIRED, Event.NEW_PASSWORD_ACCEPTED, State.AUTHENTICATED)), seen);
        assertEquals(seen, m.history());
    }

    @Test
    void anInvalidTransitionFailsWithItsHistory() {
        AuthFlowMachine m = new AuthFlowMachine(State.INITIATED, t -> { });
        m.apply(Event.PASSWORD_VERIFIED);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.apply(Event.NEW_PASSWORD_ACCEPTED));
        assertEquals("no transition for NEW_PASSWORD_ACCEPTED in state AUTHENTICATED; history: "
                + "[INITIATED --PASSWORD_VERIFIED--> AUTHENTICATED]", e.getMessage());
    }

    @Test
    void eachStateAndEventHasAtMostOneTransition() {
        List<String> keys = new ArrayList<>();
        for (Transition t : AuthFlowMachine.transitions()) {
            String key = t.from() + "/" + t.event();
            assertEquals(false, keys.contains(key), key);
            keys.add(key);
        }
    }
}
