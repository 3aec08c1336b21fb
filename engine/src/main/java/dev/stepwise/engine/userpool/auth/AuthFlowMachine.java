package dev.stepwise.engine.userpool.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The sign-in flow (USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH, USER_SRP_AUTH with its PASSWORD_VERIFIER challenge,
 * REFRESH_TOKEN_AUTH, the NEW_PASSWORD_REQUIRED challenge, and the second factors SMS_MFA, EMAIL_OTP,
 * SOFTWARE_TOKEN_MFA, MFA_SETUP and SELECT_MFA_TYPE) as a transition table, in the manner of Temporal's
 * {@code TimerStateMachine}. A sign-in starts in {@link State#INITIATED} (or, when a challenge answer arrives, in the
 * challenge's state); each finding about the request is an {@link Event}; an event the table does not allow in the
 * current state is a bug and fails loudly with the transitions so far.
 */
public final class AuthFlowMachine {

    public enum State {
        INITIATED, PASSWORD_VERIFIER, NEW_PASSWORD_REQUIRED, SMS_MFA, EMAIL_OTP, SOFTWARE_TOKEN_MFA, MFA_SETUP,
        SELECT_MFA_TYPE, AUTHENTICATED, FAILED,
        /** CUSTOM_AUTH: waiting for the answer to a CUSTOM_CHALLENGE (Lambda triggers). */
        CUSTOM_CHALLENGE,
        /** USER_AUTH: waiting for the user to choose a first factor. */
        SELECT_CHALLENGE,
        /** USER_AUTH: a sign-in code went to the user's phone (passwordless first factor). */
        SMS_OTP
    }

    public enum Event {
        /** USER_SRP_AUTH: the server sent SRP_B, SALT and SECRET_BLOCK and waits for the password claim. */
        SRP_CHALLENGED,
        /** The password is right, the user is CONFIRMED and enabled, and no second factor is due. */
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
        /** The NEW_PASSWORD_REQUIRED answer's password satisfies the policy, and no second factor is due. */
        NEW_PASSWORD_ACCEPTED,
        /** The first factor passed and a code went to the user's phone (SMS_MFA). */
        SMS_MFA_CHALLENGED,
        /** The first factor passed and a code went to the user's e-mail (EMAIL_OTP). */
        EMAIL_OTP_CHALLENGED,
        /** The first factor passed; the authenticator app's code is due (SOFTWARE_TOKEN_MFA). */
        SOFTWARE_TOKEN_MFA_CHALLENGED,
        /** The first factor passed; MFA is ON and the user has no method yet (MFA_SETUP). */
        MFA_SETUP_CHALLENGED,
        /** The first factor passed; the user has several methods and none preferred (SELECT_MFA_TYPE). */
        MFA_SELECTION_CHALLENGED,
        /** The MFA code, or the one-time code of a passwordless sign-in, is right. */
        MFA_CODE_ACCEPTED,
        /** The MFA or one-time code is wrong; the same session may try again. */
        MFA_CODE_REJECTED,
        /** MFA_SETUP answered after the software token was verified. */
        MFA_SETUP_COMPLETED,
        /** SELECT_MFA_TYPE answered with a method the user cannot choose; the same session may try again. */
        MFA_SELECTION_REJECTED,
        /** The new password breaks the policy; the same session may try again. */
        NEW_PASSWORD_REJECTED,
        /** The user is locked out after repeated failures ("Password attempts exceeded"). */
        PASSWORD_ATTEMPTS_EXCEEDED,
        /** The session (or SRP secret block) is unknown, used, expired or for another client. */
        SESSION_REJECTED,
        // ---- Lambda triggers (CUSTOM_AUTH, pre authentication)
        /** A Lambda trigger failed, or answered something the flow cannot use. */
        LAMBDA_REJECTED,
        /** Define auth challenge asked for a CUSTOM_CHALLENGE; create auth challenge made it. */
        CUSTOM_CHALLENGE_ISSUED,
        /** Define auth challenge said issueTokens. */
        CHALLENGES_PASSED,
        /** Define auth challenge said failAuthentication. */
        CHALLENGES_FAILED,
        // ---- choice-based sign-in (USER_AUTH)
        /** No usable preferred factor: the user chooses among the available ones (SELECT_CHALLENGE). */
        FIRST_FACTOR_SELECTION_CHALLENGED,
        /** The chosen factor is not one the user may use, or its answer lacks a parameter; the session stays good. */
        FIRST_FACTOR_REJECTED,
        /** A sign-in code went to the user's verified phone (SMS_OTP). */
        SMS_OTP_CHALLENGED
    }

    public record Transition(State from, Event event, State to) {
        @Override
        public String toString() {
            return from + " --" + event + "--> " + to;
        }
    }

    private static final List<Transition> BASE_TABLE = List.of(
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
            new Transition(State.INITIATED, Event.PASSWORD_ATTEMPTS_EXCEEDED, State.FAILED),
            new Transition(State.PASSWORD_VERIFIER, Event.PASSWORD_ATTEMPTS_EXCEEDED, State.FAILED),
            new Transition(State.SMS_MFA, Event.PASSWORD_ATTEMPTS_EXCEEDED, State.FAILED),
            new Transition(State.EMAIL_OTP, Event.PASSWORD_ATTEMPTS_EXCEEDED, State.FAILED),
            new Transition(State.SOFTWARE_TOKEN_MFA, Event.PASSWORD_ATTEMPTS_EXCEEDED, State.FAILED),
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
            new Transition(State.NEW_PASSWORD_REQUIRED, Event.USER_DISABLED, State.FAILED),
            new Transition(State.SMS_MFA, Event.MFA_CODE_ACCEPTED, State.AUTHENTICATED),
            new Transition(State.SMS_MFA, Event.MFA_CODE_REJECTED, State.SMS_MFA),
            new Transition(State.SMS_MFA, Event.SESSION_REJECTED, State.FAILED),
            new Transition(State.SMS_MFA, Event.USER_DISABLED, State.FAILED),
            new Transition(State.EMAIL_OTP, Event.MFA_CODE_ACCEPTED, State.AUTHENTICATED),
            new Transition(State.EMAIL_OTP, Event.MFA_CODE_REJECTED, State.EMAIL_OTP),
            new Transition(State.EMAIL_OTP, Event.SESSION_REJECTED, State.FAILED),
            new Transition(State.EMAIL_OTP, Event.USER_DISABLED, State.FAILED),
            new Transition(State.SOFTWARE_TOKEN_MFA, Event.MFA_CODE_ACCEPTED, State.AUTHENTICATED),
            new Transition(State.SOFTWARE_TOKEN_MFA, Event.MFA_CODE_REJECTED, State.SOFTWARE_TOKEN_MFA),
            new Transition(State.SOFTWARE_TOKEN_MFA, Event.SESSION_REJECTED, State.FAILED),
            new Transition(State.SOFTWARE_TOKEN_MFA, Event.USER_DISABLED, State.FAILED),
            new Transition(State.MFA_SETUP, Event.MFA_SETUP_COMPLETED, State.AUTHENTICATED),
            new Transition(State.MFA_SETUP, Event.SESSION_REJECTED, State.FAILED),
            new Transition(State.MFA_SETUP, Event.USER_DISABLED, State.FAILED),
            new Transition(State.SELECT_MFA_TYPE, Event.SMS_MFA_CHALLENGED, State.SMS_MFA),
            new Transition(State.SELECT_MFA_TYPE, Event.EMAIL_OTP_CHALLENGED, State.EMAIL_OTP),
            new Transition(State.SELECT_MFA_TYPE, Event.SOFTWARE_TOKEN_MFA_CHALLENGED, State.SOFTWARE_TOKEN_MFA),
            new Transition(State.SELECT_MFA_TYPE, Event.MFA_SELECTION_REJECTED, State.SELECT_MFA_TYPE),
            new Transition(State.SELECT_MFA_TYPE, Event.SESSION_REJECTED, State.FAILED),
            new Transition(State.SELECT_MFA_TYPE, Event.USER_DISABLED, State.FAILED));

    /** After a first factor (from these states) a second factor may be due: each MFA challenge is reachable. */
    private static final List<Transition> TABLE = withSecondFactors(BASE_TABLE,
            State.INITIATED, State.PASSWORD_VERIFIER, State.NEW_PASSWORD_REQUIRED);

    private static List<Transition> withSecondFactors(List<Transition> base, State... firstFactorStates) {
        List<Transition> all = new ArrayList<>(base);
        for (State from : firstFactorStates) {
            all.add(new Transition(from, Event.SMS_MFA_CHALLENGED, State.SMS_MFA));
            all.add(new Transition(from, Event.EMAIL_OTP_CHALLENGED, State.EMAIL_OTP));
            all.add(new Transition(from, Event.SOFTWARE_TOKEN_MFA_CHALLENGED, State.SOFTWARE_TOKEN_MFA));
            all.add(new Transition(from, Event.MFA_SETUP_CHALLENGED, State.MFA_SETUP));
            all.add(new Transition(from, Event.MFA_SELECTION_CHALLENGED, State.SELECT_MFA_TYPE));
        }
        return List.copyOf(all);
    }

    /** The CUSTOM_AUTH rows and the trigger refusals (covered by {@code CustomAuthTest#everyCustomAuthTransitionIsVisited}). */
    private static final List<Transition> CUSTOM_AUTH = List.of(
            new Transition(State.INITIATED, Event.LAMBDA_REJECTED, State.FAILED),
            new Transition(State.INITIATED, Event.CUSTOM_CHALLENGE_ISSUED, State.CUSTOM_CHALLENGE),
            new Transition(State.INITIATED, Event.CHALLENGES_PASSED, State.AUTHENTICATED),
            new Transition(State.INITIATED, Event.CHALLENGES_FAILED, State.FAILED),
            new Transition(State.CUSTOM_CHALLENGE, Event.CUSTOM_CHALLENGE_ISSUED, State.CUSTOM_CHALLENGE),
            new Transition(State.CUSTOM_CHALLENGE, Event.CHALLENGES_PASSED, State.AUTHENTICATED),
            new Transition(State.CUSTOM_CHALLENGE, Event.CHALLENGES_FAILED, State.FAILED),
            new Transition(State.CUSTOM_CHALLENGE, Event.LAMBDA_REJECTED, State.FAILED),
            new Transition(State.CUSTOM_CHALLENGE, Event.SESSION_REJECTED, State.FAILED),
            new Transition(State.CUSTOM_CHALLENGE, Event.USER_DISABLED, State.FAILED));

    /**
     * USER_AUTH: the choice of a first factor, the SMS_OTP challenge, and, from SELECT_CHALLENGE, what a password
     * answer leads to (covered by {@code ChoiceSignInTest#everyChoiceTransitionIsVisited}). EMAIL_OTP and the SRP
     * challenge from INITIATED are rows of the base table already.
     */
    private static final List<Transition> CHOICE = choiceRows();

    private static List<Transition> choiceRows() {
        List<Transition> rows = new ArrayList<>(List.of(
                new Transition(State.INITIATED, Event.FIRST_FACTOR_SELECTION_CHALLENGED, State.SELECT_CHALLENGE),
                new Transition(State.INITIATED, Event.SMS_OTP_CHALLENGED, State.SMS_OTP),
                new Transition(State.SELECT_CHALLENGE, Event.FIRST_FACTOR_REJECTED, State.SELECT_CHALLENGE),
                new Transition(State.SELECT_CHALLENGE, Event.SESSION_REJECTED, State.FAILED),
                new Transition(State.SELECT_CHALLENGE, Event.SMS_OTP_CHALLENGED, State.SMS_OTP),
                new Transition(State.SELECT_CHALLENGE, Event.SRP_CHALLENGED, State.PASSWORD_VERIFIER),
                new Transition(State.SELECT_CHALLENGE, Event.PASSWORD_VERIFIED, State.AUTHENTICATED),
                new Transition(State.SELECT_CHALLENGE, Event.TEMPORARY_PASSWORD_VERIFIED,
                        State.NEW_PASSWORD_REQUIRED),
                new Transition(State.SELECT_CHALLENGE, Event.PASSWORD_REJECTED, State.FAILED),
                new Transition(State.SELECT_CHALLENGE, Event.USER_DISABLED, State.FAILED),
                new Transition(State.SELECT_CHALLENGE, Event.USER_NOT_CONFIRMED, State.FAILED),
                new Transition(State.SELECT_CHALLENGE, Event.PASSWORD_RESET_REQUIRED, State.FAILED),
                new Transition(State.SELECT_CHALLENGE, Event.TEMPORARY_PASSWORD_EXPIRED, State.FAILED),
                new Transition(State.SELECT_CHALLENGE, Event.PASSWORD_ATTEMPTS_EXCEEDED, State.FAILED),
                new Transition(State.SELECT_CHALLENGE, Event.LAMBDA_REJECTED, State.FAILED),
                new Transition(State.SMS_OTP, Event.MFA_CODE_ACCEPTED, State.AUTHENTICATED),
                new Transition(State.SMS_OTP, Event.MFA_CODE_REJECTED, State.SMS_OTP),
                new Transition(State.SMS_OTP, Event.SESSION_REJECTED, State.FAILED),
                new Transition(State.SMS_OTP, Event.USER_DISABLED, State.FAILED),
                new Transition(State.SMS_OTP, Event.PASSWORD_ATTEMPTS_EXCEEDED, State.FAILED)));
        // a password chosen at SELECT_CHALLENGE is followed by MFA like any password (passwordless codes are not)
        rows.addAll(withSecondFactors(List.of(), State.SELECT_CHALLENGE));
        return List.copyOf(rows);
    }

    private static final List<Transition> ALL = concat(concat(TABLE, CUSTOM_AUTH), CHOICE);

    private State state;
    private final Consumer<Transition> observer;
    private final List<Transition> history = new ArrayList<>();

    public AuthFlowMachine(State start, Consumer<Transition> observer) {
        this.state = Objects.requireNonNull(start, "start");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /** Every transition the flow allows. */
    public static List<Transition> transitions() {
        return ALL;
    }

    /** The transitions of CUSTOM_AUTH and of trigger refusals, a subset of {@link #transitions()}. */
    public static List<Transition> customAuthTransitions() {
        return CUSTOM_AUTH;
    }

    /** The transitions of choice-based sign-in (USER_AUTH), a subset of {@link #transitions()}. */
    public static List<Transition> choiceTransitions() {
        return CHOICE;
    }

    private static List<Transition> concat(List<Transition> a, List<Transition> b) {
        List<Transition> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    public State state() {
        return state;
    }

    public List<Transition> history() {
        return List.copyOf(history);
    }

    /** Applies an event and returns the new state. */
    public State apply(Event event) {
        for (Transition t : ALL) {
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
