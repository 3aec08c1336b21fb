package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.MfaSettings;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChoiceSignInTest extends UserPoolFixture {

    static final String PASSWORD = "Passw0rd!";

    final Set<AuthFlowMachine.Transition> visited = new LinkedHashSet<>();
    final UserPoolService observed = UserPoolService.builder(store).clock(clock).random(random)
            .passwordHasher(new dev.stepwise.engine.userpool.auth.PasswordHasher(1_000, random))
            .issuerBase("http://127.0.0.1:9229").authFlowObserver(visited::add).build();
    String pool;
    String client;

    @Override
    protected JsonNode call(String operation, String request) {
        return observed.call(operation, json(request));
    }

    @BeforeEach
    void passwordlessPool() {
        pool = createPool(", 'Policies': {'SignInPolicy': {'AllowedFirstAuthFactors':"
                + " ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP']}}");
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']")
                .get("ClientId").asText();
    }

    void user(String name, boolean verified) {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': '" + name + "',"
                + " 'MessageAction': 'SUPPRESS', 'TemporaryPassword': 'Temp0rary!', 'UserAttributes': ["
                + "{'Name': 'email', 'Value': '" + name + "@example.com'},"
                + " {'Name': 'email_verified', 'Value': '" + verified + "'},"
                + " {'Name': 'phone_number', 'Value': '+15555550100'},"
                + " {'Name': 'phone_number_verified', 'Value': '" + verified + "'}]}");
        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': '" + name + "', 'Password': '"
                + PASSWORD + "', 'Permanent': true}");
    }

    JsonNode initiate(String name, String extra) {
        return call("InitiateAuth", "{'AuthFlow': 'USER_AUTH', 'ClientId': '" + client + "', 'AuthParameters':"
                + " {'USERNAME': '" + name + "'" + extra + "}}");
    }

    JsonNode respond(String challenge, JsonNode previous, String name, String extra) {
        return call("RespondToAuthChallenge", "{'ClientId': '" + client + "', 'ChallengeName': '" + challenge + "',"
                + " 'Session': '" + previous.get("Session").asText() + "', 'ChallengeResponses': {'USERNAME': '" + name
                + "'" + extra + "}}");
    }

    String lastCode(String name) {
        List<OutboxMessage> sent = observed.outbox(pool, name);
        return sent.get(sent.size() - 1).code();
    }

    void quietly(Runnable r) {
        try {
            r.run();
        } catch (UserPoolException expected) {
            // the refusal is the point of the scenario
        }
    }

    // ---------------------------------------------------------------- pool settings

    @Test
    void describeUserPoolShowsTheSignInPolicy() {
        JsonNode described = call("DescribeUserPool", "{'UserPoolId': '" + pool + "'}").get("UserPool");
        assertEquals("[\"PASSWORD\",\"EMAIL_OTP\",\"SMS_OTP\"]",
                described.at("/Policies/SignInPolicy/AllowedFirstAuthFactors").toString());
        String plain = createPool("");
        assertEquals("[\"PASSWORD\"]", call("DescribeUserPool", "{'UserPoolId': '" + plain + "'}")
                .at("/UserPool/Policies/SignInPolicy/AllowedFirstAuthFactors").toString());
    }

    @Test
    void passwordlessFactorsNeedEssentialsOrPlus() {
        assertRefused("FeatureUnavailableInTierException",
                "The following features need to be disabled for the LITE pricing tier configured: "
                        + "Passwordless sign-in",
                () -> createPool(", 'UserPoolTier': 'LITE', 'Policies': {'SignInPolicy': {'AllowedFirstAuthFactors':"
                        + " ['PASSWORD', 'EMAIL_OTP']}}"));
        assertRefused("InvalidParameterException", "1 validation error detected: Value '[\"PASSWORD\",\"FACE\"]' at"
                + " 'policies.signInPolicy.allowedFirstAuthFactors' failed to satisfy constraint: Member must satisfy"
                + " constraint: [Member must satisfy enum value set: [PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN]]",
                () -> createPool(", 'Policies': {'SignInPolicy': {'AllowedFirstAuthFactors': ['PASSWORD', 'FACE']}}"));
    }

    // ---------------------------------------------------------------- SELECT_CHALLENGE

    @Test
    void withoutAPreferenceTheUserChoosesAmongTheFactorsTheyCanUse() {
        user("ann", true);
        user("bob", false);

        JsonNode ann = initiate("ann", "");
        JsonNode bob = initiate("bob", "");

        assertEquals("SELECT_CHALLENGE", ann.get("ChallengeName").asText());
        assertEquals("[\"PASSWORD\",\"PASSWORD_SRP\",\"EMAIL_OTP\",\"SMS_OTP\"]",
                ann.get("AvailableChallenges").toString());
        assertEquals("{}", ann.get("ChallengeParameters").toString());
        assertEquals("[\"PASSWORD\",\"PASSWORD_SRP\"]", bob.get("AvailableChallenges").toString());
    }

    @Test
    void choosingPasswordSignsInOnceWithTheSession() {
        user("ann", true);
        JsonNode select = initiate("ann", "");

        JsonNode tokens = respond("SELECT_CHALLENGE", select, "ann", ", 'ANSWER': 'PASSWORD', 'PASSWORD': '"
                + PASSWORD + "'");

        assertTrue(tokens.at("/AuthenticationResult/AccessToken").isTextual());
        assertRefused("NotAuthorizedException", "Invalid session for the user, session can only be used once.",
                () -> respond("SELECT_CHALLENGE", select, "ann", ", 'ANSWER': 'PASSWORD', 'PASSWORD': '"
                        + PASSWORD + "'"));
    }

    @Test
    void aRefusedChoiceSpendsTheSession() {
        user("ann", true);
        JsonNode select = initiate("ann", "");
        call("AdminResetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': 'ann'}");
        String answer = ", 'ANSWER': 'PASSWORD', 'PASSWORD': '" + PASSWORD + "'";

        assertRefused("PasswordResetRequiredException", "Password reset required for the user",
                () -> respond("SELECT_CHALLENGE", select, "ann", answer));
        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': 'ann', 'Password': '" + PASSWORD
                + "', 'Permanent': true}");
        assertRefused("NotAuthorizedException", "Invalid session for the user, session can only be used once.",
                () -> respond("SELECT_CHALLENGE", select, "ann", answer));
    }

    @Test
    void choosingEmailOtpSendsACodeThatSignsIn() {
        user("ann", true);
        JsonNode select = initiate("ann", "");

        JsonNode challenge = respond("SELECT_CHALLENGE", select, "ann", ", 'ANSWER': 'EMAIL_OTP'");

        assertEquals("EMAIL_OTP", challenge.get("ChallengeName").asText());
        assertEquals("EMAIL", challenge.at("/ChallengeParameters/CODE_DELIVERY_DELIVERY_MEDIUM").asText());
        assertEquals("a***@e***", challenge.at("/ChallengeParameters/CODE_DELIVERY_DESTINATION").asText());
        OutboxMessage sent = observed.outbox(pool, "ann").get(0);
        assertEquals("ann@example.com", sent.destination());
        assertRefused("CodeMismatchException", "Invalid code or auth state for the user.",
                () -> respond("EMAIL_OTP", challenge, "ann", ", 'EMAIL_OTP_CODE': '" + wrong(sent.code()) + "'"));
        JsonNode tokens = respond("EMAIL_OTP", challenge, "ann", ", 'EMAIL_OTP_CODE': '" + sent.code() + "'");
        assertTrue(tokens.at("/AuthenticationResult/IdToken").isTextual());
    }

    static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void aFactorTheUserCannotUseIsRefusedAndTheSessionStaysGood() {
        user("bob", false);
        JsonNode select = initiate("bob", "");

        assertRefused("InvalidParameterException", "The challenge SMS_OTP is not available for this user;"
                + " AvailableChallenges were [PASSWORD, PASSWORD_SRP]",
                () -> respond("SELECT_CHALLENGE", select, "bob", ", 'ANSWER': 'SMS_OTP'"));
        assertRefused("InvalidParameterException", "Missing required parameter PASSWORD",
                () -> respond("SELECT_CHALLENGE", select, "bob", ", 'ANSWER': 'PASSWORD'"));
        JsonNode tokens = respond("SELECT_CHALLENGE", select, "bob", ", 'ANSWER': 'PASSWORD', 'PASSWORD': '"
                + PASSWORD + "'");
        assertTrue(tokens.has("AuthenticationResult"));
    }

    @Test
    void theSelectionSessionExpiresAfterThreeMinutes() {
        user("ann", true);
        JsonNode select = initiate("ann", "");
        clock.advance(Duration.ofMinutes(3));

        assertRefused("NotAuthorizedException", "Invalid session for the user, session is expired.",
                () -> respond("SELECT_CHALLENGE", select, "ann", ", 'ANSWER': 'EMAIL_OTP'"));
    }

    // ---------------------------------------------------------------- PREFERRED_CHALLENGE

    @Test
    void aPreferredSmsOtpIsSentAtOnce() {
        user("ann", true);

        JsonNode challenge = initiate("ann", ", 'PREFERRED_CHALLENGE': 'SMS_OTP'");

        assertEquals("SMS_OTP", challenge.get("ChallengeName").asText());
        assertEquals("SMS", challenge.at("/ChallengeParameters/CODE_DELIVERY_DELIVERY_MEDIUM").asText());
        assertEquals("+*******0100", challenge.at("/ChallengeParameters/CODE_DELIVERY_DESTINATION").asText());
        JsonNode tokens = respond("SMS_OTP", challenge, "ann", ", 'SMS_OTP_CODE': '" + lastCode("ann") + "'");
        assertTrue(tokens.at("/AuthenticationResult/RefreshToken").isTextual());
    }

    @Test
    void aPreferredPasswordSignsInDirectlyAndWrongOnesLockTheUserOut() {
        user("ann", true);

        JsonNode tokens = initiate("ann", ", 'PREFERRED_CHALLENGE': 'PASSWORD', 'PASSWORD': '" + PASSWORD + "'");
        assertTrue(tokens.at("/AuthenticationResult/AccessToken").isTextual());
        for (int i = 0; i < 5; i++) {
            assertRefused("NotAuthorizedException", "Incorrect username or password.",
                    () -> initiate("ann", ", 'PREFERRED_CHALLENGE': 'PASSWORD', 'PASSWORD': 'Wr0ng!pass'"));
        }
        assertRefused("NotAuthorizedException", "Password attempts exceeded",
                () -> initiate("ann", ", 'PREFERRED_CHALLENGE': 'PASSWORD', 'PASSWORD': '" + PASSWORD + "'"));
        assertRefused("NotAuthorizedException", "Password attempts exceeded",
                () -> initiate("ann", ", 'PREFERRED_CHALLENGE': 'EMAIL_OTP'"));
    }

    @Test
    void wrongCodesCountTowardLockout() {
        user("ann", true);
        for (int i = 0; i < 5; i++) {
            JsonNode challenge = initiate("ann", ", 'PREFERRED_CHALLENGE': 'EMAIL_OTP'");
            String code = lastCode("ann");
            quietly(() -> respond("EMAIL_OTP", challenge, "ann", ", 'EMAIL_OTP_CODE': '" + wrong(code) + "'"));
        }
        assertRefused("NotAuthorizedException", "Password attempts exceeded",
                () -> initiate("ann", ", 'PREFERRED_CHALLENGE': 'PASSWORD', 'PASSWORD': '" + PASSWORD + "'"));
    }

    @Test
    void aPreferenceTheUserCannotUseFallsBackToTheChoice() {
        user("bob", false);

        JsonNode select = initiate("bob", ", 'PREFERRED_CHALLENGE': 'EMAIL_OTP'");

        assertEquals("SELECT_CHALLENGE", select.get("ChallengeName").asText());
        assertEquals("[\"PASSWORD\",\"PASSWORD_SRP\"]", select.get("AvailableChallenges").toString());
        assertRefused("InvalidParameterException", "Invalid PREFERRED_CHALLENGE FACE: it must be one of "
                + "[PASSWORD, PASSWORD_SRP, EMAIL_OTP, SMS_OTP, WEB_AUTHN]",
                () -> initiate("bob", ", 'PREFERRED_CHALLENGE': 'FACE'"));
    }

    @Test
    void passwordSrpAnswersWithThePasswordVerifierChallenge() {
        user("ann", true);
        JsSrpClient js = new JsSrpClient(pool, seeded());
        JsonNode select = initiate("ann", "");

        JsonNode verifier = respond("SELECT_CHALLENGE", select, "ann", ", 'ANSWER': 'PASSWORD_SRP', 'SRP_A': '"
                + js.srpA() + "'");

        assertEquals("PASSWORD_VERIFIER", verifier.get("ChallengeName").asText());
        JsonNode tokens = srpAnswer(js, verifier.get("ChallengeParameters"), PASSWORD);
        assertTrue(tokens.at("/AuthenticationResult/AccessToken").isTextual());
    }

    JsonNode srpAnswer(JsSrpClient js, JsonNode p, String password) {
        String userId = p.get("USER_ID_FOR_SRP").asText();
        String block = p.get("SECRET_BLOCK").asText();
        String now = JsSrpClient.nowString(clock.instant());
        String signature = js.signature(js.passwordAuthenticationKey(userId, password, p.get("SRP_B").asText(),
                p.get("SALT").asText()), userId, block, now);
        return call("RespondToAuthChallenge", "{'ClientId': '" + client + "', 'ChallengeName': 'PASSWORD_VERIFIER',"
                + " 'ChallengeResponses': {'USERNAME': '" + userId + "', 'PASSWORD_CLAIM_SECRET_BLOCK': '" + block
                + "', 'PASSWORD_CLAIM_SIGNATURE': '" + signature + "', 'TIMESTAMP': '" + now + "'}}");
    }

    // ---------------------------------------------------------------- unknown users

    @Test
    void anUnknownUserIsNotFound() {
        assertRefused("UserNotFoundException", "User does not exist.", () -> initiate("nobody", ""));
    }

    @Test
    void withPreventUserExistenceErrorsAnUnknownUserIsOfferedThePasswordFactorsThatThenFail() {
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_AUTH'], 'PreventUserExistenceErrors':"
                + " 'ENABLED'").get("ClientId").asText();

        JsonNode select = initiate("nobody", "");

        assertEquals("SELECT_CHALLENGE", select.get("ChallengeName").asText());
        assertEquals("[\"PASSWORD\",\"PASSWORD_SRP\"]", select.get("AvailableChallenges").toString());
        assertRefused("InvalidParameterException", "The challenge EMAIL_OTP is not available for this user;"
                + " AvailableChallenges were [PASSWORD, PASSWORD_SRP]",
                () -> respond("SELECT_CHALLENGE", select, "nobody", ", 'ANSWER': 'EMAIL_OTP'"));
        assertRefused("NotAuthorizedException", "Incorrect username or password.",
                () -> respond("SELECT_CHALLENGE", select, "nobody", ", 'ANSWER': 'PASSWORD', 'PASSWORD': '"
                        + PASSWORD + "'"));
        assertRefused("NotAuthorizedException", "Invalid session for the user, session can only be used once.",
                () -> respond("SELECT_CHALLENGE", select, "nobody", ", 'ANSWER': 'PASSWORD', 'PASSWORD': '"
                        + PASSWORD + "'"));
        JsSrpClient js = new JsSrpClient(pool, seeded());
        JsonNode verifier = respond("SELECT_CHALLENGE", initiate("nobody", ""), "nobody",
                ", 'ANSWER': 'PASSWORD_SRP', 'SRP_A': '" + js.srpA() + "'");
        assertEquals("PASSWORD_VERIFIER", verifier.get("ChallengeName").asText());
        assertRefused("NotAuthorizedException", "Incorrect username or password.",
                () -> srpAnswer(js, verifier.get("ChallengeParameters"), PASSWORD));
        assertRefused("NotAuthorizedException", "Incorrect username or password.",
                () -> initiate("nobody", ", 'PREFERRED_CHALLENGE': 'PASSWORD', 'PASSWORD': '" + PASSWORD + "'"));
    }

    // ---------------------------------------------------------------- MFA

    @Test
    void usersWithMfaGetNoPasswordlessFactorsAndMfaFollowsTheirPassword() {
        call("SetUserPoolMfaConfig", "{'UserPoolId': '" + pool + "', 'MfaConfiguration': 'OPTIONAL',"
                + " 'SmsMfaConfiguration': {}}");
        user("ann", true);
        user("bob", true);
        call("AdminSetUserMFAPreference", "{'UserPoolId': '" + pool + "', 'Username': 'ann',"
                + " 'SMSMfaSettings': {'Enabled': true, 'PreferredMfa': true}}");

        JsonNode select = initiate("ann", "");
        assertEquals("[\"PASSWORD\",\"PASSWORD_SRP\"]", select.get("AvailableChallenges").toString());
        assertEquals("[\"PASSWORD\",\"PASSWORD_SRP\",\"EMAIL_OTP\",\"SMS_OTP\"]",
                initiate("bob", "").get("AvailableChallenges").toString());
        JsonNode mfa = respond("SELECT_CHALLENGE", select, "ann", ", 'ANSWER': 'PASSWORD', 'PASSWORD': '"
                + PASSWORD + "'");
        assertEquals("SMS_MFA", mfa.get("ChallengeName").asText());
    }

    @Test
    void theFlowMustBeEnabledForTheClient() {
        String other = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_SRP_AUTH']").get("ClientId").asText();
        user("ann", true);

        assertRefused("InvalidParameterException", "USER_AUTH flow not enabled for this client",
                () -> call("InitiateAuth", "{'AuthFlow': 'USER_AUTH', 'ClientId': '" + other + "',"
                        + " 'AuthParameters': {'USERNAME': 'ann'}}"));
    }

    // ---------------------------------------------------------------- transition coverage

    @Test
    void everyChoiceTransitionIsVisited() {
        user("ann", true);
        // SELECT_CHALLENGE -> password right, wrong; SRP; e-mail and SMS codes; refused factor; used session
        JsonNode s1 = initiate("ann", "");
        quietly(() -> respond("SELECT_CHALLENGE", s1, "ann", ", 'ANSWER': 'WEB_AUTHN'"));
        respond("SELECT_CHALLENGE", s1, "ann", ", 'ANSWER': 'PASSWORD', 'PASSWORD': '" + PASSWORD + "'");
        quietly(() -> respond("SELECT_CHALLENGE", s1, "ann", ", 'ANSWER': 'PASSWORD', 'PASSWORD': '" + PASSWORD
                + "'"));
        JsonNode s2 = initiate("ann", "");
        quietly(() -> respond("SELECT_CHALLENGE", s2, "ann", ", 'ANSWER': 'PASSWORD', 'PASSWORD': 'Wr0ng!pass'"));
        respond("SELECT_CHALLENGE", initiate("ann", ""), "ann", ", 'ANSWER': 'PASSWORD_SRP', 'SRP_A': '"
                + new JsSrpClient(pool, seeded()).srpA() + "'");
        respond("SELECT_CHALLENGE", initiate("ann", ""), "ann", ", 'ANSWER': 'EMAIL_OTP'");
        JsonNode sms = respond("SELECT_CHALLENGE", initiate("ann", ""), "ann", ", 'ANSWER': 'SMS_OTP'");
        String smsCode = lastCode("ann");
        quietly(() -> respond("SMS_OTP", sms, "ann", ", 'SMS_OTP_CODE': '" + wrong(smsCode) + "'"));
        respond("SMS_OTP", sms, "ann", ", 'SMS_OTP_CODE': '" + smsCode + "'");
        quietly(() -> respond("SMS_OTP", sms, "ann", ", 'SMS_OTP_CODE': '" + smsCode + "'"));
        // disabled at the choice, at the code, and when choosing a code
        JsonNode s3 = initiate("ann", "");
        JsonNode sms2 = initiate("ann", ", 'PREFERRED_CHALLENGE': 'SMS_OTP'");
        call("AdminDisableUser", "{'UserPoolId': '" + pool + "', 'Username': 'ann'}");
        quietly(() -> respond("SELECT_CHALLENGE", s3, "ann", ", 'ANSWER': 'PASSWORD', 'PASSWORD': '" + PASSWORD
                + "'"));
        quietly(() -> respond("SMS_OTP", sms2, "ann", ", 'SMS_OTP_CODE': '" + lastCode("ann") + "'"));
        quietly(() -> initiate("ann", ", 'PREFERRED_CHALLENGE': 'EMAIL_OTP'"));
        call("AdminEnableUser", "{'UserPoolId': '" + pool + "', 'Username': 'ann'}");
        // locked out at the choice and at the SMS code
        JsonNode s4 = initiate("ann", "");
        JsonNode sms3 = initiate("ann", ", 'PREFERRED_CHALLENGE': 'SMS_OTP'");
        for (int i = 0; i < 5; i++) {
            quietly(() -> initiate("ann", ", 'PREFERRED_CHALLENGE': 'PASSWORD', 'PASSWORD': 'Wr0ng!pass'"));
        }
        quietly(() -> respond("SELECT_CHALLENGE", s4, "ann", ", 'ANSWER': 'PASSWORD', 'PASSWORD': '" + PASSWORD
                + "'"));
        quietly(() -> respond("SMS_OTP", sms3, "ann", ", 'SMS_OTP_CODE': '" + lastCode("ann") + "'"));
        // a temporary password, an expired one, a reset, an unconfirmed user
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'tim', 'TemporaryPassword': 'Temp0rary!',"
                + " 'MessageAction': 'SUPPRESS'}");
        respond("SELECT_CHALLENGE", initiate("tim", ""), "tim", ", 'ANSWER': 'PASSWORD', 'PASSWORD': 'Temp0rary!'");
        JsonNode tim = initiate("tim", "");
        clock.advance(Duration.ofDays(8));
        quietly(() -> respond("SELECT_CHALLENGE", initiate("tim", ""), "tim", ", 'ANSWER': 'PASSWORD',"
                + " 'PASSWORD': 'Temp0rary!'"));
        quietly(() -> respond("SELECT_CHALLENGE", tim, "tim", ", 'ANSWER': 'PASSWORD', 'PASSWORD': 'Temp0rary!'"));
        user("rex", true);
        call("AdminResetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': 'rex'}");
        quietly(() -> respond("SELECT_CHALLENGE", initiate("rex", ""), "rex", ", 'ANSWER': 'PASSWORD',"
                + " 'PASSWORD': '" + PASSWORD + "'"));
        call("SignUp", "{'ClientId': '" + client + "', 'Username': 'uma', 'Password': '" + PASSWORD + "'}");
        quietly(() -> respond("SELECT_CHALLENGE", initiate("uma", ""), "uma", ", 'ANSWER': 'PASSWORD',"
                + " 'PASSWORD': '" + PASSWORD + "'"));
        // second factors after a chosen password
        call("SetUserPoolMfaConfig", "{'UserPoolId': '" + pool + "', 'MfaConfiguration': 'ON',"
                + " 'SmsMfaConfiguration': {}, 'SoftwareTokenMfaConfiguration': {'Enabled': true},"
                + " 'EmailMfaConfiguration': {}}");
        MfaSettings totp = MfaSettings.NONE.withNewSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP").withVerifiedStep(-1);
        List<MfaSettings> settings = List.of(MfaSettings.NONE.withMethod("SMS_MFA", true),
                MfaSettings.NONE.withMethod("EMAIL_OTP", true),
                totp.withMethod("SOFTWARE_TOKEN_MFA", true),
                totp.withMethod("SMS_MFA", true).withMethod("SOFTWARE_TOKEN_MFA", true),
                MfaSettings.NONE);
        for (int i = 0; i < settings.size(); i++) {
            String name = "m" + i;
            if (i < 4) {
                user(name, true);
            } else { // no phone number: MFA_SETUP
                call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': '" + name + "',"
                        + " 'MessageAction': 'SUPPRESS'}");
                call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': '" + name + "',"
                        + " 'Password': '" + PASSWORD + "', 'Permanent': true}");
            }
            MfaSettings s = settings.get(i);
            store.write(tx -> {
                tx.putUserMfa(pool, name, s);
                return null;
            });
            respond("SELECT_CHALLENGE", initiate(name, ""), name, ", 'ANSWER': 'PASSWORD', 'PASSWORD': '" + PASSWORD
                    + "'");
        }
        // a refusing pre authentication trigger at a chosen password is the one row left out: it takes the same
        // code path as USER_PASSWORD_AUTH's, which trigger.TriggersTest covers
        Set<AuthFlowMachine.Transition> unvisited = new LinkedHashSet<>(AuthFlowMachine.choiceTransitions());
        unvisited.removeAll(visited);
        unvisited.remove(new AuthFlowMachine.Transition(AuthFlowMachine.State.SELECT_CHALLENGE,
                AuthFlowMachine.Event.LAMBDA_REJECTED, AuthFlowMachine.State.FAILED));
        assertEquals(List.of(), List.copyOf(unvisited), "choice-based transitions no scenario takes");
    }
}
