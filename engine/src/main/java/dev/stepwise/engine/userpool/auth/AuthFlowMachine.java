package dev.stepwise.engine.userpool.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The sign-in flow (USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH, USER_SRP_AUTH with its PASSWORD_VERIFIER challenge,
 * REFRESH_TOKEN_AUTH, and the NEW_PASSWORD_REQUIRED challenge) as a transition table, in the manner of Temporal's {@code TimerStateMachine}. A
 * sign-in starts in {@link State#INITIATED} (or, when a challenge answer arrives, in the challenge's state); each
 * finding about the request is an {@link Event}; an event the table does not allow in the current state is a bug and
 * fails loudly with the transitions so far.
 */
public final class AuthFlowMachine {

    public enum State { INITIATED, PASSWORD_VERIFIER, NEW_PASSWORD_REQUIRED, AUTHENTICATED, FAILED }

    public enum Event {
        /** USER_SRP_AUTH: the server sent SRP_B, SALT and SECRET_BLOCK and waits for the password claim. */
        SRP_CHALLENGED,
        /** The password is right and the user is CONFIRMED and enabled. */
        PASSWORD_VERIFIED,
        /** The temporary password of a FORCE_CHANGE_PASSWORD user is right. */
        TEMPORARY_PASSWORD_VERIFIED,
        /** Wrong password (or SRP password claim), or a user that does not exist. */
        PASSWORD_REJECTED,
        USER_DISABLED,
        USER_NOT_CONFIRMED,
        PASSWORD_RESET_REQUIRED,
        TEMPORARY_PASSWORD_EXPIRED,
        REFRESH_TOKEN_ACCEPTED,
        REFRESH_TOKEN_REJECTED,
        /** The NEW_PASSWORD_REQUIRED answer's password satisfies the policy. */
        NEW_PASSWORD_ACCEPTED,
        /** The new password breaks the policy; the same session may try again. */
        NEW_PASSWORD_REJECTED,
        /** The session (or SRP secret block) is unknown, used, expired or for another client. */
        SESSION_REJECTED
    }

    public record Transition(State from, Event event, State to) {
        @Override
        public String toString() {
            return from + " --" + event + "--> " + to;
        }
    }

    private static final List<Transition> TABLE = List.of(
            new Transition(State.INITIATED, Event.PASSWORD_VERIFIED, State.AUTHENTICATED),
            new Transition(State.INITIATED, Event.TEMPORARY_PASSWORD_VERIFIED, State.NEW_PASSWORD_REQUIRED),
            new Transition(State.INITIATED, Event.PASSWORD_REJECTED, State.FAILED),
            new Transition(State.INITIATED, Event.USER_DISABLED, State.FAILED),
            new Transition(State.INITIATED, Event.USER_NOT_CONFIRMED, State.FAILED),
            new Transition(State.INITIATED, Event.PASSWORD_RESET_REQUIRED, State.FAILED),
            new Transition(State.INITIATED, Event.TEMPORARY_PASSWORD_EXPIRED, State.FAILED),
            new Transition(State.INITIATED, Event.REFRESH_TOKEN_ACCEPTED, State.AUTHENTICATED),
            new Transition(State.INITIATED, Event.REFRESH_TOKEN_REJECTED, State.FAILED),
            new Transition(State.INITIATED, Event.SRP_CHALLENGED, State.PASSWORD_VERIFIER),
            new Transition(State.PASSWORD_VERIFIER, Event.PASSWORD_VERIFIED, State.AUTHENTICATED),
            new Transition(State.PASSWORD_VERIFIER, Event.TEMPORARY_PASSWORD_VERIFIED, State.NEW_PASSWORD_REQUIRED),
            new Transition(State.PASSWORD_VERIFIER, Event.PASSWORD_REJECTED, State.FAILED),
            new Transition(State.PASSWORD_VERIFIER, Event.SESSION_REJECTED, State.FAILED),
            new Transition(State.PASSWORD_VERIFIER, Event.USER_DISABLED, State.FAILED),
            new Transition(State.PASSWORD_VERIFIER, Event.USER_NOT_CONFIRMED, State.FAILED),
            new Transition(State.PASSWORD_VERIFIER, Event.PASSWORD_RESET_REQUIRED, State.FAILED),
            new Transition(State.PASSWORD_VERIFIER, Event.TEMPORARY_PASSWORD_EXPIRED, State.FAILED),
            new Transition(State.NEW_PASSWORD_REQUIRED, Event.NEW_PASSWORD_ACCEPTED, State.AUTHENTICATED),
            new Transition(State.NEW_PASSWORD_REQUIRED, Event.NEW_PASSWORD_REJECTED, State.NEW_PASSWORD_REQUIRED),
            new Transition(State.NEW_PASSWORD_REQUIRED, Event.SESSION_REJECTED, State.FAILED),
            new Transition(State.NEW_PASSWORD_REQUIRED, Event.USER_DISABLED, State.FAILED));

    private State state;
    private final Consumer<Transition> observer;
    private final List<Transition> history = new ArrayList<>();

    public AuthFlowMachine(State start, Consumer<Transition> observer) {
        this.state = Objects.requireNonNull(start, "start");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /** Every transition the flow allows. */
    public static List<Transition> transitions() {
        return TABLE;
    }

    public State state() {
        return state;
    }

    public List<Transition> history() {
        return List.copyOf(history);
    }

    /** Applies an event and returns the new state. */
    public State apply(Event event) {
        for (Transition t : TABLE) {
            if (t.from() == state && t.event() == event) {
                history.add(t);
                state = t.to();
                observer.accept(t);
                return state;
            }
        }
        throw new IllegalStateException("no transition for " + event + " in state " + state + "; history: "
                + history);
    }
}
