package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.userpool.auth.Totp;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MfaTest extends UserPoolFixture {

    String pool;
    String client;

    @BeforeEach
    void poolClientAndUser() {
        pool = createPool("");
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']")
                .get("ClientId").asText();
        user("jane", true);
    }

    void user(String username, boolean phone) {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "', 'MessageAction':"
                + " 'SUPPRESS', 'TemporaryPassword': 'Temp0rary!', 'UserAttributes': [{'Name': 'email', 'Value': '"
                + username + "@example.com'}" + (phone ? ", {'Name': 'phone_number', 'Value': '+15555550100'}" : "")
                + "]}");
        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "',"
                + " 'Password': 'Passw0rd!', 'Permanent': true}");
    }

    void mfaConfig(String mode) {
        call("SetUserPoolMfaConfig", "{'UserPoolId': '" + pool + "', 'MfaConfiguration': '" + mode + "',"
                + " 'SmsMfaConfiguration': {'SmsAuthenticationMessage': 'Code: {####}'},"
                + " 'SoftwareTokenMfaConfiguration': {'Enabled': true},"
                + " 'EmailMfaConfiguration': {'Message': 'Mail code {####}', 'Subject': 'Sign-in code'}}");
    }

    JsonNode signIn(String username) {
        return call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "',"
                + " 'AuthParameters': {'USERNAME': '" + username + "', 'PASSWORD': 'Passw0rd!'}}");
    }

    String accessToken(String username) {
        return signIn(username).get("AuthenticationResult").get("AccessToken").asText();
    }

    JsonNode answer(JsonNode challenge, String username, String code) {
        String name = challenge.get("ChallengeName").asText();
        return call("RespondToAuthChallenge", "{'ClientId': '" + client + "', 'ChallengeName': '" + name + "',"
                + " 'Session': '" + challenge.get("Session").asText() + "', 'ChallengeResponses': {'USERNAME': '"
                + username + "', '" + name + "_CODE': '" + code + "'}}");
    }

    /** Associates and verifies a software token for a signed-in user; returns the secret. */
    String setUpToken(String token) {
        String secret = call("AssociateSoftwareToken", "{'AccessToken': '" + token + "'}").get("SecretCode").asText();
        call("VerifySoftwareToken", "{'AccessToken': '" + token + "', 'UserCode': '" + now(secret) + "'}");
        return secret;
    }

    String now(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    OutboxMessage lastMessage(String username) {
        List<OutboxMessage> sent = service.outbox(pool, username);
        return sent.get(sent.size() - 1);
    }

    // ---------------------------------------------------------------- pool configuration

    @Test
    void poolMfaConfigRoundTrips() {
        mfaConfig("OPTIONAL");

        assertEquals(json("{'SmsMfaConfiguration': {'SmsAuthenticationMessage': 'Code: {####}'},"
                + " 'SoftwareTokenMfaConfiguration': {'Enabled': true},"
                + " 'EmailMfaConfiguration': {'Message': 'Mail code {####}', 'Subject': 'Sign-in code'},"
                + " 'MfaConfiguration': 'OPTIONAL'}"), call("GetUserPoolMfaConfig", "{'UserPoolId': '" + pool + "'}"));
        assertEquals("OPTIONAL", call("DescribeUserPool", "{'UserPoolId': '" + pool + "'}").get("UserPool")
                .get("MfaConfiguration").asText());
    }

    @Test
    void aNewPoolHasNoMfa() {
        assertEquals(json("{'SoftwareTokenMfaConfiguration': {'Enabled': false}, 'MfaConfiguration': 'OFF'}"),
                call("GetUserPoolMfaConfig", "{'UserPoolId': '" + pool + "'}"));
    }

    @Test
    void mfaOnNeedsAMethod() {
        assertRefused("InvalidParameterException", "Invalid MFA configuration given, can't disable all MFAs with a"
                + " required or optional configuration.", () -> call("SetUserPoolMfaConfig",
                        "{'UserPoolId': '" + pool + "', 'MfaConfiguration': 'ON'}"));
        assertRefused("InvalidParameterException", "Invalid MFA configuration given, can't disable all MFAs with a"
                + " required or optional configuration.", () -> call("SetUserPoolMfaConfig",
                        "{'UserPoolId': '" + pool + "', 'MfaConfiguration': 'OPTIONAL'}"));
    }

    @Test
    void mfaConfigurationIsAnEnum() {
        assertRefused("InvalidParameterException", "1 validation error detected: Value 'SOMETIMES' at "
                + "'mfaConfiguration' failed to satisfy constraint: Member must satisfy enum value set: "
                + "[OFF, ON, OPTIONAL]", () -> call("SetUserPoolMfaConfig", "{'UserPoolId': '" + pool + "',"
                        + " 'MfaConfiguration': 'SOMETIMES'}"));
    }

    @Test
    void theSmsMessageMustHaveACodePlaceholder() {
        assertRefused("InvalidParameterException", "SmsAuthenticationMessage must contain {####}",
                () -> call("SetUserPoolMfaConfig", "{'UserPoolId': '" + pool + "', 'SmsMfaConfiguration':"
                        + " {'SmsAuthenticationMessage': 'no code'}}"));
    }

    @Test
    void mfaConfigOfAnUnknownPoolIsNotFound() {
        assertRefused("ResourceNotFoundException", "User pool us-east-1_nope does not exist.",
                () -> call("GetUserPoolMfaConfig", "{'UserPoolId': 'us-east-1_nope'}"));
    }

    // ---------------------------------------------------------------- software token

    @Test
    void associateThenVerifyASoftwareToken() {
        String token = accessToken("jane");
        JsonNode associated = call("AssociateSoftwareToken", "{'AccessToken': '" + token + "'}");
        String secret = associated.get("SecretCode").asText();
        assertTrue(secret.matches("[A-Z2-7]{52}"), secret);
        assertFalse(associated.has("Session"));

        JsonNode verified = call("VerifySoftwareToken", "{'AccessToken': '" + token + "', 'UserCode': '"
                + now(secret) + "', 'FriendlyDeviceName': 'phone'}");

        assertEquals(json("{'Status': 'SUCCESS'}"), verified);
    }

    @Test
    void aWrongCodeDoesNotVerifyTheToken() {
        String token = accessToken("jane");
        call("AssociateSoftwareToken", "{'AccessToken': '" + token + "'}");

        assertRefused("EnableSoftwareTokenMFAException", "Code mismatch and fail enable Software Token MFA",
                () -> call("VerifySoftwareToken", "{'AccessToken': '" + token + "', 'UserCode': '000000'}"));
    }

    @Test
    void verifyingWithoutATokenIsNotFound() {
        String token = accessToken("jane");

        assertRefused("SoftwareTokenMFANotFoundException", "Software Token MFA does not exist for the user.",
                () -> call("VerifySoftwareToken", "{'AccessToken': '" + token + "', 'UserCode': '123456'}"));
    }

    @Test
    void aSoftwareTokenCallNeedsATokenOrASession() {
        assertRefused("InvalidParameterException", "Either AccessToken or Session must be given",
                () -> call("AssociateSoftwareToken", "{}"));
        assertRefused("NotAuthorizedException", "Invalid session for the user.",
                () -> call("AssociateSoftwareToken", "{'Session': 'nope'}"));
        assertRefused("NotAuthorizedException", "Invalid Access Token",
                () -> call("AssociateSoftwareToken", "{'AccessToken': 'nope'}"));
    }

    // ---------------------------------------------------------------- preferences

    @Test
    void theSoftwareTokenCanBePreferredOnlyOnceVerified() {
        String token = accessToken("jane");
        call("AssociateSoftwareToken", "{'AccessToken': '" + token + "'}");
        String request = "{'AccessToken': '" + token + "', 'SoftwareTokenMfaSettings': {'Enabled': true,"
                + " 'PreferredMfa': true}}";
        assertRefused("InvalidParameterException",
                "User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA",
                () -> call("SetUserMFAPreference", request));

        setUpToken(token);
        call("SetUserMFAPreference", request);

        JsonNode user = call("GetUser", "{'AccessToken': '" + token + "'}");
        assertEquals("[\"SOFTWARE_TOKEN_MFA\"]", user.get("UserMFASettingList").toString());
        assertEquals("SOFTWARE_TOKEN_MFA", user.get("PreferredMfaSetting").asText());
    }

    @Test
    void adminSetsPreferencesAndGetUserShowsThem() {
        call("AdminSetUserMFAPreference", "{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                + " 'SMSMfaSettings': {'Enabled': true}, 'EmailMfaSettings': {'Enabled': true, 'PreferredMfa': true}}");

        JsonNode user = call("AdminGetUser", "{'UserPoolId': '" + pool + "', 'Username': 'jane'}");
        assertEquals("[\"SMS_MFA\",\"EMAIL_OTP\"]", user.get("UserMFASettingList").toString());
        assertEquals("EMAIL_OTP", user.get("PreferredMfaSetting").asText());

        call("AdminSetUserMFAPreference", "{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                + " 'EmailMfaSettings': {'Enabled': false}}");
        user = call("AdminGetUser", "{'UserPoolId': '" + pool + "', 'Username': 'jane'}");
        assertEquals("[\"SMS_MFA\"]", user.get("UserMFASettingList").toString());
        assertFalse(user.has("PreferredMfaSetting"));
    }

    @Test
    void smsMfaNeedsAPhoneNumber() {
        user("nophone", false);

        assertRefused("InvalidParameterException", "User does not have delivery config set to turn on SMS_MFA",
                () -> call("AdminSetUserMFAPreference", "{'UserPoolId': '" + pool + "', 'Username': 'nophone',"
                        + " 'SMSMfaSettings': {'Enabled': true}}"));
    }

    @Test
    void preferencesOfAnUnknownUserAreNotFound() {
        assertRefused("UserNotFoundException", "User does not exist.", () -> call("AdminSetUserMFAPreference",
                "{'UserPoolId': '" + pool + "', 'Username': 'nobody', 'SMSMfaSettings': {'Enabled': true}}"));
    }

    // ---------------------------------------------------------------- sign-in challenges

    @Test
    void withOptionalMfaAUserWithoutMethodsGetsTokens() {
        mfaConfig("OPTIONAL");

        assertTrue(signIn("jane").has("AuthenticationResult"));
    }

    @Test
    void withMfaOffAnEnabledMethodIsNotAsked() {
        String secret = setUpToken(accessToken("jane"));
        call("AdminSetUserMFAPreference", "{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                + " 'SoftwareTokenMfaSettings': {'Enabled': true, 'PreferredMfa': true}}");
        assertFalse(secret.isEmpty());

        assertTrue(signIn("jane").has("AuthenticationResult"));
    }

    @Test
    void softwareTokenMfaSignIn() {
        mfaConfig("OPTIONAL");
        String secret = setUpToken(accessToken("jane"));
        call("AdminSetUserMFAPreference", "{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                + " 'SoftwareTokenMfaSettings': {'Enabled': true, 'PreferredMfa': true}}");
        clock.advance(Duration.ofSeconds(30));

        JsonNode challenge = signIn("jane");
        assertEquals("SOFTWARE_TOKEN_MFA", challenge.get("ChallengeName").asText());
        assertEquals(json("{}"), challenge.get("ChallengeParameters"));
        assertRefused("CodeMismatchException", "Invalid code or auth state for the user.",
                () -> answer(challenge, "jane", "000000"));
        String code = now(secret);
        assertTrue(answer(challenge, "jane", code).has("AuthenticationResult"));

        JsonNode again = signIn("jane");
        assertRefused("CodeMismatchException", "Invalid code or auth state for the user.",
                () -> answer(again, "jane", code));
        clock.advance(Duration.ofSeconds(30));
        assertTrue(answer(again, "jane", now(secret)).has("AuthenticationResult"));
    }

    @Test
    void smsMfaSendsACodeToTheOutbox() {
        mfaConfig("OPTIONAL");
        call("AdminSetUserMFAPreference", "{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                + " 'SMSMfaSettings': {'Enabled': true, 'PreferredMfa': true}}");

        JsonNode challenge = signIn("jane");

        assertEquals("SMS_MFA", challenge.get("ChallengeName").asText());
        assertEquals(json("{'CODE_DELIVERY_DELIVERY_MEDIUM': 'SMS', 'CODE_DELIVERY_DESTINATION': '+*******0100'}"),
                challenge.get("ChallengeParameters"));
        OutboxMessage sms = lastMessage("jane");
        assertEquals(OutboxMessage.Channel.SMS, sms.channel());
        assertEquals("+15555550100", sms.destination());
        assertEquals("Code: " + sms.code(), sms.message());
        assertRefused("CodeMismatchException", "Invalid code or auth state for the user.",
                () -> answer(challenge, "jane", "000000"));
        assertTrue(answer(challenge, "jane", sms.code()).has("AuthenticationResult"));
        assertRefused("NotAuthorizedException", "Invalid session for the user, session can only be used once.",
                () -> answer(challenge, "jane", sms.code()));
    }

    @Test
    void emailOtpSendsACodeByMail() {
        mfaConfig("OPTIONAL");
        call("AdminSetUserMFAPreference", "{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                + " 'EmailMfaSettings': {'Enabled': true, 'PreferredMfa': true}}");

        JsonNode challenge = signIn("jane");

        assertEquals("EMAIL_OTP", challenge.get("ChallengeName").asText());
        assertEquals(json("{'CODE_DELIVERY_DELIVERY_MEDIUM': 'EMAIL', 'CODE_DELIVERY_DESTINATION': 'j***@e***'}"),
                challenge.get("ChallengeParameters"));
        OutboxMessage mail = lastMessage("jane");
        assertEquals(OutboxMessage.Channel.EMAIL, mail.channel());
        assertEquals("Sign-in code", mail.subject());
        assertEquals("Mail code " + mail.code(), mail.message());
        assertTrue(answer(challenge, "jane", mail.code()).has("AuthenticationResult"));
    }

    @Test
    void anExpiredMfaSessionIsRefused() {
        mfaConfig("ON");
        JsonNode challenge = signIn("jane");
        clock.advance(Duration.ofMinutes(4));

        assertRefused("NotAuthorizedException", "Invalid session for the user, session is expired.",
                () -> answer(challenge, "jane", lastMessage("jane").code()));
    }

    @Test
    void withMfaOnAUserWithAPhoneAndNoSettingsGetsSmsMfa() {
        mfaConfig("ON");

        assertEquals("SMS_MFA", signIn("jane").get("ChallengeName").asText());
    }

    @Test
    void withMfaOnAUserWithoutMethodsSetsUpASoftwareToken() {
        mfaConfig("ON");
        user("ned", false);

        JsonNode setup = signIn("ned");
        assertEquals("MFA_SETUP", setup.get("ChallengeName").asText());
        assertEquals("[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]",
                setup.get("ChallengeParameters").get("MFAS_CAN_SETUP").asText());
        JsonNode associated = call("AssociateSoftwareToken", "{'Session': '" + setup.get("Session").asText() + "'}");
        String secret = associated.get("SecretCode").asText();
        assertRefused("NotAuthorizedException", "Invalid session for the user, session can only be used once.",
                () -> call("AssociateSoftwareToken", "{'Session': '" + setup.get("Session").asText() + "'}"));
        JsonNode verified = call("VerifySoftwareToken", "{'Session': '" + associated.get("Session").asText() + "',"
                + " 'UserCode': '" + now(secret) + "'}");
        assertEquals("SUCCESS", verified.get("Status").asText());

        JsonNode tokens = call("RespondToAuthChallenge", "{'ClientId': '" + client + "', 'ChallengeName': 'MFA_SETUP',"
                + " 'Session': '" + verified.get("Session").asText() + "', 'ChallengeResponses': {'USERNAME': 'ned'}}");

        assertTrue(tokens.has("AuthenticationResult"));
        JsonNode ned = call("AdminGetUser", "{'UserPoolId': '" + pool + "', 'Username': 'ned'}");
        assertEquals("SOFTWARE_TOKEN_MFA", ned.get("PreferredMfaSetting").asText());
        clock.advance(Duration.ofSeconds(30));
        assertEquals("SOFTWARE_TOKEN_MFA", signIn("ned").get("ChallengeName").asText());
    }

    @Test
    void mfaSetupCannotBeAnsweredBeforeTheTokenIsVerified() {
        mfaConfig("ON");
        user("ned", false);
        JsonNode setup = signIn("ned");

        assertRefused("NotAuthorizedException", "Invalid session for the user.", () -> call("RespondToAuthChallenge",
                "{'ClientId': '" + client + "', 'ChallengeName': 'MFA_SETUP', 'Session': '"
                        + setup.get("Session").asText() + "', 'ChallengeResponses': {'USERNAME': 'ned'}}"));
    }

    @Test
    void aUserWithSeveralMethodsAndNonePreferredSelects() {
        mfaConfig("OPTIONAL");
        call("AdminSetUserMFAPreference", "{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                + " 'SMSMfaSettings': {'Enabled': true}, 'EmailMfaSettings': {'Enabled': true}}");

        JsonNode select = signIn("jane");
        assertEquals("SELECT_MFA_TYPE", select.get("ChallengeName").asText());
        assertEquals("[\"SMS_MFA\",\"EMAIL_OTP\"]", select.get("ChallengeParameters").get("MFAS_CAN_CHOOSE").asText());
        String respond = "{'ClientId': '" + client + "', 'ChallengeName': 'SELECT_MFA_TYPE', 'Session': '"
                + select.get("Session").asText() + "', 'ChallengeResponses': {'USERNAME': 'jane', 'ANSWER': '%s'}}";
        assertRefused("InvalidParameterException", "Invalid ANSWER SOFTWARE_TOKEN_MFA: the user can choose "
                + "[SMS_MFA, EMAIL_OTP]", () -> call("RespondToAuthChallenge", String.format(respond,
                        "SOFTWARE_TOKEN_MFA")));

        JsonNode email = call("RespondToAuthChallenge", String.format(respond, "EMAIL_OTP"));

        assertEquals("EMAIL_OTP", email.get("ChallengeName").asText());
        assertTrue(answer(email, "jane", lastMessage("jane").code()).has("AuthenticationResult"));
    }

    @Test
    void aCodeAnswerNeedsItsCode() {
        mfaConfig("ON");
        JsonNode challenge = signIn("jane");

        assertRefused("InvalidParameterException", "Missing required parameter SMS_MFA_CODE",
                () -> call("RespondToAuthChallenge", "{'ClientId': '" + client + "', 'ChallengeName': 'SMS_MFA',"
                        + " 'Session': '" + challenge.get("Session").asText() + "', 'ChallengeResponses':"
                        + " {'USERNAME': 'jane'}}"));
    }

    @Test
    void anUnknownChallengeNameIsAValidationError() {
        assertRefused("InvalidParameterException", "1 validation error detected: Value 'NOPE' at 'challengeName' "
                + "failed to satisfy constraint: Member must satisfy enum value set: [SMS_MFA, EMAIL_OTP, "
                + "SOFTWARE_TOKEN_MFA, SELECT_MFA_TYPE, MFA_SETUP, PASSWORD_VERIFIER, CUSTOM_CHALLENGE, "
                + "SELECT_CHALLENGE, DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER, ADMIN_NO_SRP_AUTH, "
                + "NEW_PASSWORD_REQUIRED, SMS_OTP, PASSWORD, WEB_AUTHN, PASSWORD_SRP]",
                () -> call("RespondToAuthChallenge", "{'ClientId': '" + client + "', 'ChallengeName': 'NOPE'}"));
    }
}
