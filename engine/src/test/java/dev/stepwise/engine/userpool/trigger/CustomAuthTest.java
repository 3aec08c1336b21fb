package dev.stepwise.engine.userpool.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine.Event;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine.State;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine.Transition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * CUSTOM_AUTH with define/create/verify challenge machines: a question ("2+2?") per challenge, tokens after a right
 * answer, failure after three wrong ones; ClientMetadata {@code mode} forces pass/fail/crash for the coverage test.
 */
class CustomAuthTest extends TriggerFixture {

    static String mode(String value, String next) {
        return "{'And': [{'Variable': '$.request.clientMetadata.mode', 'IsPresent': true}, {'Variable':"
                + " '$.request.clientMetadata.mode', 'StringEquals': '" + value + "'}], 'Next': '" + next + "'}";
    }

    static String answered(int index, String next) {
        return "{'And': [{'Variable': '$.request.session[" + index + "].challengeResult', 'IsPresent': true},"
                + " {'Variable': '$.request.session[" + index + "].challengeResult', 'BooleanEquals': true}], 'Next': '"
                + next + "'}";
    }

    static final TriggerTarget DEFINE = machine("Define", "{'StartAt': 'Decide', 'States': {'Decide': {'Type':"
            + " 'Choice', 'Choices': [" + mode("pass", "Issue") + ", " + mode("fail", "Deny") + ", "
            + answered(0, "Issue") + ", " + answered(1, "Issue") + ", {'Variable': '$.request.session[2].challengeName',"
            + " 'IsPresent': true, 'Next': 'Deny'}], 'Default': 'Ask'},"
            + " 'Issue': {'Type': 'Pass', 'Result': {'issueTokens': true, 'failAuthentication': false}, 'ResultPath':"
            + " '$.response', 'End': true},"
            + " 'Deny': {'Type': 'Pass', 'Result': {'issueTokens': false, 'failAuthentication': true}, 'ResultPath':"
            + " '$.response', 'End': true},"
            + " 'Ask': {'Type': 'Pass', 'Result': {'challengeName': 'CUSTOM_CHALLENGE', 'issueTokens': false,"
            + " 'failAuthentication': false}, 'ResultPath': '$.response', 'End': true}}}");
    static final TriggerTarget CREATE = respond("Create", "{'publicChallengeParameters': {'question': '2+2?'},"
            + " 'privateChallengeParameters': {'answer': '4'}, 'challengeMetadata': 'MATH'}");
    static final TriggerTarget VERIFY = machine("Verify", "{'StartAt': 'Check', 'States': {'Check': {'Type':"
            + " 'Choice', 'Choices': [" + mode("crash", "Crash") + ", {'Variable': '$.request.challengeAnswer',"
            + " 'StringEqualsPath': '$.request.privateChallengeParameters.answer', 'Next': 'Right'}], 'Default':"
            + " 'Wrong'}, 'Crash': {'Type': 'Fail', 'Error': 'Error', 'Cause': 'Verifier crashed'},"
            + " 'Right': {'Type': 'Pass', 'Result': {'answerCorrect': true}, 'ResultPath': '$.response', 'End': true},"
            + " 'Wrong': {'Type': 'Pass', 'Result': {'answerCorrect': false}, 'ResultPath': '$.response', 'End': true}}}");

    @AfterEach
    void closeStore() {
        close();
    }

    void startPool() {
        start(Map.of(ARN + "define", DEFINE, ARN + "create", CREATE, ARN + "verify", VERIFY, ARN + "preauth",
                machine("Gate", "{'StartAt': 'Gate', 'States': {'Gate': {'Type': 'Choice', 'Choices': [{'And':"
                        + " [{'Variable': '$.request.validationData.mode', 'IsPresent': true}, {'Variable':"
                        + " '$.request.validationData.mode', 'StringEquals': 'block'}], 'Next': 'Block'}], 'Default': 'Ok'}, 'Block': {'Type': 'Fail', 'Error': 'Error',"
                        + " 'Cause': 'Blocked'}, 'Ok': {'Type': 'Pass', 'End': true}}}")));
        createPool("{'DefineAuthChallenge': '" + ARN + "define', 'CreateAuthChallenge': '" + ARN + "create',"
                + " 'VerifyAuthChallengeResponse': '" + ARN + "verify', 'PreAuthentication': '" + ARN + "preauth'}", "");
    }

    JsonNode initiate(String username, String mode) {
        return call("InitiateAuth", "{'AuthFlow': 'CUSTOM_AUTH', 'ClientId': '" + client + "', 'AuthParameters':"
                + " {'USERNAME': '" + username + "'}" + (mode == null ? "" : ", 'ClientMetadata': {'mode': '" + mode
                + "'}") + "}");
    }

    JsonNode answer(String session, String username, String answer, String mode) {
        return call("RespondToAuthChallenge", "{'ClientId': '" + client + "', 'ChallengeName': 'CUSTOM_CHALLENGE',"
                + " 'Session': '" + session + "', 'ChallengeResponses': {'USERNAME': '" + username + "', 'ANSWER': '"
                + answer + "'}" + (mode == null ? "" : ", 'ClientMetadata': {'mode': '" + mode + "'}") + "}");
    }

    @Test
    void aWrongThenARightAnswerSignsIn() {
        startPool();
        createUser("ann", "Passw0rd!x");

        JsonNode first = initiate("ann", null);
        assertEquals("CUSTOM_CHALLENGE", first.get("ChallengeName").asText());
        assertEquals(json("{'question': '2+2?', 'USERNAME': 'ann'}"), first.get("ChallengeParameters"));
        JsonNode second = answer(first.get("Session").asText(), "ann", "5", null);
        assertEquals("CUSTOM_CHALLENGE", second.get("ChallengeName").asText());
        JsonNode tokens = answer(second.get("Session").asText(), "ann", "4", null);

        assertEquals("Bearer", tokens.at("/AuthenticationResult/TokenType").asText());
        JsonNode define = last("DefineAuthChallenge").event();
        assertEquals("DefineAuthChallenge_Authentication", define.get("triggerSource").asText());
        assertEquals(jsonValue("[{'challengeName': 'CUSTOM_CHALLENGE', 'challengeResult': false, 'challengeMetadata':"
                + " 'MATH'}, {'challengeName': 'CUSTOM_CHALLENGE', 'challengeResult': true, 'challengeMetadata':"
                + " 'MATH'}]"), define.at("/request/session"));
        assertEquals(false, define.at("/request/userNotFound").asBoolean());
        JsonNode verify = last("VerifyAuthChallengeResponse").event();
        assertEquals(json("{'answer': '4'}"), verify.at("/request/privateChallengeParameters"));
        assertEquals("4", verify.at("/request/challengeAnswer").asText());
        JsonNode create = last("CreateAuthChallenge").event();
        assertEquals("CUSTOM_CHALLENGE", create.at("/request/challengeName").asText());
        assertEquals(1, create.at("/request/session").size());
        assertEquals(List.of(
                new Transition(State.INITIATED, Event.CUSTOM_CHALLENGE_ISSUED, State.CUSTOM_CHALLENGE),
                new Transition(State.CUSTOM_CHALLENGE, Event.CUSTOM_CHALLENGE_ISSUED, State.CUSTOM_CHALLENGE),
                new Transition(State.CUSTOM_CHALLENGE, Event.CHALLENGES_PASSED, State.AUTHENTICATED)), transitions);
    }

    @Test
    void threeWrongAnswersFailAndASessionAnswersOnce() {
        startPool();
        createUser("bob", "Passw0rd!x");
        String session = initiate("bob", null).get("Session").asText();
        String next = answer(session, "bob", "1", null).get("Session").asText();

        assertRefused("NotAuthorizedException", "Invalid session for the user, session can only be used once.",
                () -> answer(session, "bob", "4", null));
        next = answer(next, "bob", "2", null).get("Session").asText();
        String last = next;
        assertRefused("NotAuthorizedException", "Incorrect username or password.",
                () -> answer(last, "bob", "3", null));
    }

    @Test
    void customAuthNeedsTheDefineTrigger() {
        start(Map.of());
        createPool("{}", "");
        createUser("cy", "Passw0rd!x");

        assertRefused("InvalidParameterException", "Custom auth lambda trigger is not configured for the user pool.",
                () -> initiate("cy", null));
    }

    /**
     * Drives every CUSTOM_AUTH row of {@link AuthFlowMachine} (STYLE.md #10); the password rows are covered by
     * {@code AuthFlowCoverageTest}.
     */
    @Test
    void everyCustomAuthTransitionIsVisited() {
        startPool();
        createUser("ann", "Passw0rd!x");
        createUser("dan", "Passw0rd!x");
        quietly(() -> initiate("ann", "block"));                              // INITIATED LAMBDA_REJECTED
        initiate("ann", "pass");                                              // INITIATED CHALLENGES_PASSED
        quietly(() -> initiate("ann", "fail"));                               // INITIATED CHALLENGES_FAILED
        String s1 = initiate("ann", null).get("Session").asText();           // INITIATED CUSTOM_CHALLENGE_ISSUED
        String s2 = answer(s1, "ann", "9", null).get("Session").asText();    // ... CUSTOM_CHALLENGE_ISSUED
        quietly(() -> answer(s1, "ann", "4", null));                          // SESSION_REJECTED
        answer(s2, "ann", "4", null);                                         // CHALLENGES_PASSED
        String s3 = initiate("ann", null).get("Session").asText();
        quietly(() -> answer(s3, "ann", "4", "crash"));                       // LAMBDA_REJECTED
        String s4 = initiate("ann", null).get("Session").asText();
        String s5 = answer(s4, "ann", "0", null).get("Session").asText();
        String s6 = answer(s5, "ann", "0", null).get("Session").asText();
        quietly(() -> answer(s6, "ann", "0", null));                          // CHALLENGES_FAILED
        String s7 = initiate("dan", null).get("Session").asText();
        call("AdminDisableUser", "{'UserPoolId': '" + pool + "', 'Username': 'dan'}");
        quietly(() -> answer(s7, "dan", "4", null));                          // USER_DISABLED

        Set<Transition> unvisited = new LinkedHashSet<>(AuthFlowMachine.customAuthTransitions());
        unvisited.removeAll(transitions);
        assertEquals(List.of(), List.copyOf(unvisited), "CUSTOM_AUTH transitions no scenario takes");
    }

    static void quietly(Runnable r) {
        try {
            r.run();
        } catch (dev.stepwise.engine.userpool.error.UserPoolException expected) {
            // the refusal is the point of the scenario
        }
    }
}
