package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Threat protection (UserPoolAddOns.AdvancedSecurityMode): compromised new passwords are refused when ENFORCED. */
class ThreatProtectionTest extends UserPoolFixture {

    static final String REFUSED = "Provided password cannot be used for security reasons.";
    /** On the bundled list, and good enough for the default policy. */
    static final String COMPROMISED = "P@ssw0rd";

    String pool;
    String client;

    void pool(String mode) {
        pool = createPool(", 'UserPoolTier': 'PLUS', 'UserPoolAddOns': {'AdvancedSecurityMode': '" + mode + "'}");
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH']").get("ClientId").asText();
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'MessageAction': 'SUPPRESS',"
                + " 'TemporaryPassword': 'Temp0rary!', 'UserAttributes': [{'Name': 'email', 'Value':"
                + " 'jane@example.com'}, {'Name': 'email_verified', 'Value': 'true'}]}");
    }

    JsonNode signIn(String password) {
        return call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "',"
                + " 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': '" + password + "'}}");
    }

    JsonNode adminSet(String password) {
        return call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'Password': '"
                + password + "', 'Permanent': true}");
    }

    @Test
    void enforcedRefusesACompromisedPasswordAtEveryPasswordChange() {
        pool("ENFORCED");

        assertRefused("InvalidPasswordException", REFUSED, () -> call("SignUp", "{'ClientId': '" + client + "',"
                + " 'Username': 'joe', 'Password': '" + COMPROMISED + "'}"));
        JsonNode challenge = signIn("Temp0rary!");
        assertRefused("InvalidPasswordException", REFUSED, () -> call("RespondToAuthChallenge", "{'ClientId': '"
                + client + "', 'ChallengeName': 'NEW_PASSWORD_REQUIRED', 'Session': '"
                + challenge.get("Session").asText() + "', 'ChallengeResponses': {'USERNAME': 'jane', 'NEW_PASSWORD': '"
                + COMPROMISED + "'}}"));
        assertRefused("InvalidPasswordException", REFUSED, () -> adminSet(COMPROMISED));
        adminSet("Unl1kely-Phrase!");
        String token = signIn("Unl1kely-Phrase!").at("/AuthenticationResult/AccessToken").asText();
        assertRefused("InvalidPasswordException", REFUSED, () -> call("ChangePassword", "{'AccessToken': '" + token
                + "', 'PreviousPassword': 'Unl1kely-Phrase!', 'ProposedPassword': '" + COMPROMISED + "'}"));
        call("ForgotPassword", "{'ClientId': '" + client + "', 'Username': 'jane'}");
        List<OutboxMessage> sent = service.outbox(pool, "jane");
        String code = sent.get(sent.size() - 1).code();
        assertRefused("InvalidPasswordException", REFUSED, () -> call("ConfirmForgotPassword", "{'ClientId': '"
                + client + "', 'Username': 'jane', 'ConfirmationCode': '" + code + "', 'Password': '" + COMPROMISED
                + "'}"));
        assertTrue(signIn("Unl1kely-Phrase!").has("AuthenticationResult"));
    }

    @Test
    void thePolicyIsCheckedBeforeTheList() {
        pool("ENFORCED");

        assertRefused("InvalidPasswordException", "Password did not conform with policy: Password must have uppercase"
                + " characters", () -> adminSet("password1!"));
    }

    @Test
    void auditAndOffLetACompromisedPasswordThrough() {
        for (String mode : List.of("AUDIT", "OFF")) {
            pool(mode);
            adminSet(COMPROMISED);
            assertTrue(signIn(COMPROMISED).has("AuthenticationResult"), mode);
        }
    }

    @Test
    void threatProtectionNeedsThePlusPlan() {
        assertRefused("FeatureUnavailableInTierException", "The following features need to be disabled for the"
                + " ESSENTIALS pricing tier configured: Threat Protection",
                () -> createPool(", 'UserPoolAddOns': {'AdvancedSecurityMode': 'ENFORCED'}"));
        pool("ENFORCED");
        JsonNode described = call("DescribeUserPool", "{'UserPoolId': '" + pool + "'}").get("UserPool");
        assertEquals("ENFORCED", described.at("/UserPoolAddOns/AdvancedSecurityMode").asText());
        String plain = createPool("");
        assertFalse(call("DescribeUserPool", "{'UserPoolId': '" + plain + "'}").get("UserPool")
                .has("UserPoolAddOns"));
    }
}
