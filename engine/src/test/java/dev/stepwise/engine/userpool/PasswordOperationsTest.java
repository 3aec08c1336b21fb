package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ForgotPassword, ConfirmForgotPassword, ChangePassword and the administrator's password operations. */
class PasswordOperationsTest extends UserPoolFixture {

    String pool;
    String client;

    @BeforeEach
    void poolClientAndUser() {
        pool = createPool(", 'AutoVerifiedAttributes': ['email']");
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH']").get("ClientId").asText();
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'MessageAction': 'SUPPRESS',"
                + " 'UserAttributes': [{'Name': 'email', 'Value': 'jane@example.com'},"
                + " {'Name': 'email_verified', 'Value': 'true'}]}");
        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'Password': 'Passw0rd!',"
                + " 'Permanent': true}");
    }

    JsonNode signIn(String password) {
        return call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "',"
                + " 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': '" + password + "'}}");
    }

    String status() {
        return call("AdminGetUser", "{'UserPoolId': '" + pool + "', 'Username': 'jane'}").get("UserStatus").asText();
    }

    @Test
    void adminSetUserPasswordPermanentOrTemporary() {
        assertEquals("CONFIRMED", status());
        assertTrue(signIn("Passw0rd!").has("AuthenticationResult"));

        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'Password': 'Temp0rary!'}");

        assertEquals("FORCE_CHANGE_PASSWORD", status());
        assertEquals("NEW_PASSWORD_REQUIRED", signIn("Temp0rary!").get("ChallengeName").asText());
        assertRefused("InvalidPasswordException", "Password did not conform with policy: Password must have numeric"
                + " characters", () -> call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username':"
                + " 'jane', 'Password': 'Password!'}"));
    }

    @Test
    void forgotPasswordThenConfirmWithTheCode() {
        JsonNode response = call("ForgotPassword", "{'ClientId': '" + client + "', 'Username': 'jane'}");

        assertEquals(json("{'Destination': 'j***@e***', 'DeliveryMedium': 'EMAIL', 'AttributeName': 'email'}"),
                response.get("CodeDeliveryDetails"));
        List<OutboxMessage> outbox = service.outbox(pool, "jane");
        String code = outbox.get(outbox.size() - 1).code();
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertRefused("CodeMismatchException", "Invalid verification code provided, please try again.",
                () -> call("ConfirmForgotPassword", "{'ClientId': '" + client + "', 'Username': 'jane',"
                        + " 'ConfirmationCode': '" + wrong + "', 'Password': 'N3wPassword!'}"));
        assertRefused("InvalidPasswordException", "Password did not conform with policy: Password not long enough",
                () -> call("ConfirmForgotPassword", "{'ClientId': '" + client + "', 'Username': 'jane',"
                        + " 'ConfirmationCode': '" + code + "', 'Password': 'N3w!'}"));

        call("ConfirmForgotPassword", "{'ClientId': '" + client + "', 'Username': 'jane', 'ConfirmationCode': '"
                + code + "', 'Password': 'N3wPassword!'}");

        assertTrue(signIn("N3wPassword!").has("AuthenticationResult"));
        assertRefused("NotAuthorizedException", "Incorrect username or password.", () -> signIn("Passw0rd!"));
    }

    @Test
    void forgotPasswordCodesExpireAfterAnHour() {
        call("ForgotPassword", "{'ClientId': '" + client + "', 'Username': 'jane'}");
        String code = service.outbox(pool, "jane").get(0).code();
        clock.advance(Duration.ofHours(1));
        assertRefused("ExpiredCodeException", "Invalid code provided, please request a code again.",
                () -> call("ConfirmForgotPassword", "{'ClientId': '" + client + "', 'Username': 'jane',"
                        + " 'ConfirmationCode': '" + code + "', 'Password': 'N3wPassword!'}"));
    }

    @Test
    void forgotPasswordRefusals() {
        assertRefused("UserNotFoundException", "Username/client id combination not found.",
                () -> call("ForgotPassword", "{'ClientId': '" + client + "', 'Username': 'nobody'}"));
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'max', 'MessageAction': 'SUPPRESS',"
                + " 'UserAttributes': [{'Name': 'email', 'Value': 'max@example.com'}]}");
        assertRefused("InvalidParameterException", "Cannot reset password for the user as there is no"
                + " registered/verified email or phone_number",
                () -> call("ForgotPassword", "{'ClientId': '" + client + "', 'Username': 'max'}"));
    }

    @Test
    void adminResetUserPasswordRequiresAReset() {
        call("AdminResetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': 'jane'}");

        assertEquals("RESET_REQUIRED", status());
        assertRefused("PasswordResetRequiredException", "Password reset required for the user",
                () -> signIn("Passw0rd!"));
        String code = service.outbox(pool, "jane").get(0).code();
        call("ConfirmForgotPassword", "{'ClientId': '" + client + "', 'Username': 'jane', 'ConfirmationCode': '"
                + code + "', 'Password': 'N3wPassword!'}");
        assertEquals("CONFIRMED", status());
    }

    @Test
    void adminConfirmSignUp() {
        call("SignUp", "{'ClientId': '" + client + "', 'Username': 'ulla', 'Password': 'Passw0rd!'}");

        call("AdminConfirmSignUp", "{'UserPoolId': '" + pool + "', 'Username': 'ulla'}");

        assertEquals("CONFIRMED", call("AdminGetUser", "{'UserPoolId': '" + pool + "', 'Username': 'ulla'}")
                .get("UserStatus").asText());
        assertRefused("NotAuthorizedException", "User cannot be confirmed. Current status is CONFIRMED",
                () -> call("AdminConfirmSignUp", "{'UserPoolId': '" + pool + "', 'Username': 'ulla'}"));
    }

    @Test
    void changePasswordWithAnAccessToken() {
        String access = signIn("Passw0rd!").get("AuthenticationResult").get("AccessToken").asText();

        assertRefused("NotAuthorizedException", "Incorrect username or password.",
                () -> call("ChangePassword", "{'AccessToken': '" + access + "', 'PreviousPassword': 'wrong',"
                        + " 'ProposedPassword': 'N3wPassword!'}"));
        call("ChangePassword", "{'AccessToken': '" + access + "', 'PreviousPassword': 'Passw0rd!',"
                + " 'ProposedPassword': 'N3wPassword!'}");

        assertTrue(signIn("N3wPassword!").has("AuthenticationResult"));
    }

    @Test
    void adminUserGlobalSignOutRevokesTheUsersTokens() {
        String access = signIn("Passw0rd!").get("AuthenticationResult").get("AccessToken").asText();

        call("AdminUserGlobalSignOut", "{'UserPoolId': '" + pool + "', 'Username': 'jane'}");

        assertRefused("NotAuthorizedException", "Access Token has been revoked",
                () -> call("GetUser", "{'AccessToken': '" + access + "'}"));
    }
}
