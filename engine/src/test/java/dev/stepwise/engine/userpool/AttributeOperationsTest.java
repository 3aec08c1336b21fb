package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttributeOperationsTest extends UserPoolFixture {

    String pool;
    String client;

    @BeforeEach
    void poolClientAndUser() {
        pool = createPool(", 'AutoVerifiedAttributes': ['email'], 'AliasAttributes': ['email'],"
                + " 'Schema': [{'Name': 'tenant', 'AttributeDataType': 'String', 'Mutable': false}]");
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']")
                .get("ClientId").asText();
        user("jane");
    }

    void user(String username) {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "', 'MessageAction':"
                + " 'SUPPRESS', 'TemporaryPassword': 'Temp0rary!', 'UserAttributes': [{'Name': 'email', 'Value': '"
                + username + "@example.com'}, {'Name': 'email_verified', 'Value': 'true'},"
                + " {'Name': 'custom:tenant', 'Value': 'acme'}]}");
        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "',"
                + " 'Password': 'Passw0rd!', 'Permanent': true}");
    }

    String token() {
        return call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "',"
                + " 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': 'Passw0rd!'}}").get("AuthenticationResult")
                .get("AccessToken").asText();
    }

    String attribute(String username, String name) {
        for (JsonNode a : call("AdminGetUser", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "'}")
                .get("UserAttributes")) {
            if (a.get("Name").asText().equals(name)) {
                return a.get("Value").asText();
            }
        }
        return null;
    }

    OutboxMessage last() {
        List<OutboxMessage> sent = service.outbox(pool, "jane");
        return sent.get(sent.size() - 1);
    }

    @Test
    void changingTheEmailUnverifiesItAndSendsACode() {
        String token = token();

        JsonNode response = call("UpdateUserAttributes", "{'AccessToken': '" + token + "', 'UserAttributes':"
                + " [{'Name': 'email', 'Value': 'new@example.com'}, {'Name': 'name', 'Value': 'Jane'}]}");

        assertEquals(json("{'CodeDeliveryDetailsList': [{'Destination': 'n***@e***', 'DeliveryMedium': 'EMAIL',"
                + " 'AttributeName': 'email'}]}"), response);
        assertEquals("new@example.com", attribute("jane", "email"));
        assertEquals("false", attribute("jane", "email_verified"));
        assertEquals("Jane", attribute("jane", "name"));
        assertEquals("new@example.com", last().destination());

        call("VerifyUserAttribute", "{'AccessToken': '" + token + "', 'AttributeName': 'email', 'Code': '"
                + last().code() + "'}");
        assertEquals("true", attribute("jane", "email_verified"));
    }

    @Test
    void aWrongOrOldCodeDoesNotVerify() {
        String token = token();
        call("GetUserAttributeVerificationCode", "{'AccessToken': '" + token + "', 'AttributeName': 'email'}");
        String code = last().code();

        assertRefused("CodeMismatchException", "Invalid verification code provided, please try again.",
                () -> call("VerifyUserAttribute", "{'AccessToken': '" + token + "', 'AttributeName': 'email',"
                        + " 'Code': '000000x'}"));
        clock.advance(Duration.ofMinutes(30));
        String fresh = token();
        clock.advance(Duration.ofHours(24));
        assertRefused("NotAuthorizedException", "Access Token has expired",
                () -> call("VerifyUserAttribute", "{'AccessToken': '" + fresh + "', 'AttributeName': 'email',"
                        + " 'Code': '" + code + "'}"));
        String later = token();
        assertRefused("ExpiredCodeException", "Invalid code provided, please request a code again.",
                () -> call("VerifyUserAttribute", "{'AccessToken': '" + later + "', 'AttributeName': 'email',"
                        + " 'Code': '" + code + "'}"));
    }

    @Test
    void getVerificationCodeSendsToTheAttribute() {
        JsonNode response = call("GetUserAttributeVerificationCode", "{'AccessToken': '" + token() + "',"
                + " 'AttributeName': 'email'}");

        assertEquals(json("{'CodeDeliveryDetails': {'Destination': 'j***@e***', 'DeliveryMedium': 'EMAIL',"
                + " 'AttributeName': 'email'}}"), response);
        assertRefused("InvalidParameterException", "Invalid attribute name: phone_number cannot be verified for "
                + "this user", () -> call("GetUserAttributeVerificationCode", "{'AccessToken': '" + token() + "',"
                        + " 'AttributeName': 'phone_number'}"));
    }

    @Test
    void anEmailAliasBelongsToOneUser() {
        user("bob");

        assertRefused("AliasExistsException", "An account with the given email already exists.",
                () -> call("AdminUpdateUserAttributes", "{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                        + " 'UserAttributes': [{'Name': 'email', 'Value': 'bob@example.com'}]}"));
    }

    @Test
    void anAdminCanSetTheEmailVerifiedAtOnce() {
        call("AdminUpdateUserAttributes", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'UserAttributes':"
                + " [{'Name': 'email', 'Value': 'new@example.com'}, {'Name': 'email_verified', 'Value': 'true'}]}");

        assertEquals("true", attribute("jane", "email_verified"));
        assertEquals(List.of(), service.outbox(pool, "jane"), "no code for an attribute stated verified");
    }

    @Test
    void nonMutableAttributesCannotChange() {
        assertRefused("InvalidParameterException", "Cannot modify the non-mutable attribute custom:tenant",
                () -> call("AdminUpdateUserAttributes", "{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                        + " 'UserAttributes': [{'Name': 'custom:tenant', 'Value': 'other'}]}"));
    }

    @Test
    void unknownAttributesAreRefused() {
        assertRefused("InvalidParameterException", "Attributes did not conform to the schema: shoe_size: Attribute "
                + "does not exist in the schema.\n", () -> call("UpdateUserAttributes", "{'AccessToken': '"
                        + token() + "', 'UserAttributes': [{'Name': 'shoe_size', 'Value': '9'}]}"));
    }

    @Test
    void aClientWritesOnlyItsWriteAttributes() {
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH'], 'WriteAttributes':"
                + " ['name']").get("ClientId").asText();

        assertRefused("NotAuthorizedException", "A client attempted to write unauthorized attribute",
                () -> call("UpdateUserAttributes", "{'AccessToken': '" + token() + "', 'UserAttributes':"
                        + " [{'Name': 'family_name', 'Value': 'Doe'}]}"));
    }

    @Test
    void adminDeletesAttributesWithTheirVerifiedFlag() {
        call("AdminUpdateUserAttributes", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'UserAttributes':"
                + " [{'Name': 'name', 'Value': 'Jane'}]}");

        call("AdminDeleteUserAttributes", "{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                + " 'UserAttributeNames': ['name', 'email']}");

        assertEquals(null, attribute("jane", "name"));
        assertEquals(null, attribute("jane", "email"));
        assertEquals(null, attribute("jane", "email_verified"));
        assertRefused("InvalidParameterException", "Invalid attribute name: shoe_size",
                () -> call("AdminDeleteUserAttributes", "{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                        + " 'UserAttributeNames': ['shoe_size']}"));
    }

    @Test
    void attributeOperationsOfAnUnknownUserAreNotFound() {
        assertRefused("UserNotFoundException", "User does not exist.", () -> call("AdminUpdateUserAttributes",
                "{'UserPoolId': '" + pool + "', 'Username': 'nobody', 'UserAttributes': []}"));
        assertRefused("UserNotFoundException", "User does not exist.", () -> call("AdminDeleteUserAttributes",
                "{'UserPoolId': '" + pool + "', 'Username': 'nobody', 'UserAttributeNames': []}"));
    }

    @Test
    void deleteUserDeletesTheCaller() {
        String token = token();
        call("GetUserAttributeVerificationCode", "{'AccessToken': '" + token + "', 'AttributeName': 'email'}");

        call("DeleteUser", "{'AccessToken': '" + token + "'}");

        assertRefused("UserNotFoundException", "User does not exist.",
                () -> call("AdminGetUser", "{'UserPoolId': '" + pool + "', 'Username': 'jane'}"));
        assertRefused("UserNotFoundException", "User does not exist.",
                () -> call("GetUser", "{'AccessToken': '" + token + "'}"));
        assertFalse(service.outbox(pool, "jane").isEmpty(), "the outbox outlives the user");
    }
}
