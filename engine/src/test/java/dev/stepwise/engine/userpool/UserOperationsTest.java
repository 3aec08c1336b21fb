package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import dev.stepwise.engine.userpool.model.PasswordHash;
import dev.stepwise.engine.userpool.model.User;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserOperationsTest extends UserPoolFixture {

    String pool;
    String client;

    @BeforeEach
    void poolAndClient() {
        pool = createPool(", 'AutoVerifiedAttributes': ['email']");
        client = createClient(pool, "").get("ClientId").asText();
    }

    JsonNode signUp(String username, String password) {
        return call("SignUp", "{'ClientId': '" + client + "', 'Username': '" + username + "', 'Password': '"
                + password + "', 'UserAttributes': [{'Name': 'email', 'Value': '" + username + "@example.com'}]}");
    }

    String lastCode(String username) {
        List<OutboxMessage> outbox = service.outbox(pool, username);
        return outbox.get(outbox.size() - 1).code();
    }

    JsonNode getUser(String username) {
        return call("AdminGetUser", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "'}");
    }

    @Test
    void signUpSendsACodeToTheOutbox() {
        JsonNode response = signUp("jane", "Passw0rd!");

        assertEquals(false, response.get("UserConfirmed").asBoolean());
        assertEquals(json("{'Destination': 'j***@e***', 'DeliveryMedium': 'EMAIL', 'AttributeName': 'email'}"),
                response.get("CodeDeliveryDetails"));
        List<OutboxMessage> outbox = service.outbox(pool, "jane");
        assertEquals(1, outbox.size());
        OutboxMessage m = outbox.get(0);
        assertEquals(OutboxMessage.Channel.EMAIL, m.channel());
        assertEquals("jane@example.com", m.destination());
        assertEquals("Your verification code", m.subject());
        assertTrue(m.code().matches("[0-9]{6}"), m.code());
        assertEquals("Your verification code is " + m.code() + ". ", m.message());
        assertEquals(T0, m.time());
        JsonNode user = getUser("jane");
        assertEquals("UNCONFIRMED", user.get("UserStatus").asText());
        assertEquals(response.get("UserSub").asText(), user.get("UserAttributes").get(0).get("Value").asText());
    }

    @Test
    void theStoredPasswordIsAHashNotThePassword() {
        signUp("jane", "Passw0rd!");

        User user = store.read(q -> q.findUser(pool, "jane", true)).orElseThrow();
        PasswordHash hash = user.passwordHash().orElseThrow();
        assertEquals(PasswordHasher.ALGORITHM, hash.algorithm());
        assertFalse(hash.encode().contains("Passw0rd!"));
        assertNotEquals("Passw0rd!", new String(hash.hash(), StandardCharsets.ISO_8859_1));
        assertTrue(new PasswordHasher(1_000, random).matches("Passw0rd!", hash));
        assertFalse(new PasswordHasher(1_000, random).matches("Passw0rd?", hash));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Pa0!,        Password did not conform with policy: Password not long enough
            PASSW0RD!,   Password did not conform with policy: Password must have lowercase characters
            passw0rd!,   Password did not conform with policy: Password must have uppercase characters
            Password!,   Password did not conform with policy: Password must have numeric characters
            Passw0rdd,   Password did not conform with policy: Password must have symbol characters
            """)
    void signUpEnforcesThePasswordPolicy(String password, String message) {
        assertRefused("InvalidPasswordException", message, () -> signUp("jane", password));
        assertEquals(List.of(), service.outbox(pool, "jane"));
    }

    @Test
    void signUpRefusesATakenUsername() {
        signUp("jane", "Passw0rd!");
        assertRefused("UsernameExistsException", "User already exists", () -> signUp("jane", "Passw0rd!"));
    }

    @Test
    void signUpRefusesUnknownClientsAndAttributes() {
        assertRefused("ResourceNotFoundException", "User pool client nope does not exist.",
                () -> call("SignUp", "{'ClientId': 'nope', 'Username': 'a', 'Password': 'Passw0rd!'}"));
        assertRefused("InvalidParameterException", "Attributes did not conform to the schema: custom:x: Attribute"
                + " does not exist in the schema.\n", () -> call("SignUp", "{'ClientId': '" + client + "',"
                + " 'Username': 'a', 'Password': 'Passw0rd!', 'UserAttributes': [{'Name': 'custom:x', 'Value': '1'}]}"));
    }

    @Test
    void signUpChecksTheSecretHashOfClientsWithSecrets() {
        JsonNode secretClient = createClient(pool, ", 'GenerateSecret': true");
        String id = secretClient.get("ClientId").asText();
        String hash = UserOperations.secretHash(secretClient.get("ClientSecret").asText(), "jane", id);

        assertRefused("NotAuthorizedException", "Client " + id + " is configured with secret but SECRET_HASH was not"
                + " received", () -> call("SignUp", "{'ClientId': '" + id + "', 'Username': 'jane',"
                + " 'Password': 'Passw0rd!'}"));
        assertRefused("NotAuthorizedException", "Unable to verify secret hash for client " + id,
                () -> call("SignUp", "{'ClientId': '" + id + "', 'Username': 'jane', 'Password': 'Passw0rd!',"
                        + " 'SecretHash': 'AAAA'}"));
        call("SignUp", "{'ClientId': '" + id + "', 'Username': 'jane', 'Password': 'Passw0rd!',"
                + " 'SecretHash': '" + hash + "'}");
        assertEquals("UNCONFIRMED", getUser("jane").get("UserStatus").asText());
    }

    @Test
    void signUpWithEmailAsUsername() {
        String emailPool = createPool(", 'UsernameAttributes': ['email'], 'AutoVerifiedAttributes': ['email']");
        String emailClient = createClient(emailPool, "").get("ClientId").asText();

        JsonNode response = call("SignUp", "{'ClientId': '" + emailClient + "', 'Username': 'ann@example.com',"
                + " 'Password': 'Passw0rd!'}");

        String sub = response.get("UserSub").asText();
        JsonNode user = call("AdminGetUser", "{'UserPoolId': '" + emailPool + "', 'Username': 'ann@example.com'}");
        assertEquals(sub, user.get("Username").asText());
        assertRefused("UsernameExistsException", "An account with the given email already exists.",
                () -> call("SignUp", "{'ClientId': '" + emailClient + "', 'Username': 'ann@example.com',"
                        + " 'Password': 'Passw0rd!'}"));
        assertRefused("InvalidParameterException", "Username should be an email.",
                () -> call("SignUp", "{'ClientId': '" + emailClient + "', 'Username': 'ann', 'Password': 'Passw0rd!'}"));
    }

    @Test
    void aVerifiedEmailAliasNamesTheUser() {
        String aliasPool = createPool(", 'AliasAttributes': ['email']");
        call("AdminCreateUser", "{'UserPoolId': '" + aliasPool + "', 'Username': 'kim', 'MessageAction': 'SUPPRESS',"
                + " 'UserAttributes': [{'Name': 'email', 'Value': 'kim@example.com'},"
                + " {'Name': 'email_verified', 'Value': 'true'}]}");
        call("AdminCreateUser", "{'UserPoolId': '" + aliasPool + "', 'Username': 'lou', 'MessageAction': 'SUPPRESS',"
                + " 'UserAttributes': [{'Name': 'email', 'Value': 'lou@example.com'}]}");

        assertEquals("kim", call("AdminGetUser", "{'UserPoolId': '" + aliasPool + "', 'Username':"
                + " 'kim@example.com'}").get("Username").asText());
        assertRefused("UserNotFoundException", "User does not exist.", () -> call("AdminGetUser",
                "{'UserPoolId': '" + aliasPool + "', 'Username': 'lou@example.com'}"));
    }

    @Test
    void confirmSignUpWithTheCodeFromTheOutbox() {
        signUp("jane", "Passw0rd!");

        assertEquals(json("{}"), call("ConfirmSignUp", "{'ClientId': '" + client + "', 'Username': 'jane',"
                + " 'ConfirmationCode': '" + lastCode("jane") + "'}"));

        JsonNode user = getUser("jane");
        assertEquals("CONFIRMED", user.get("UserStatus").asText());
        assertEquals(json("{'Name': 'email_verified', 'Value': 'true'}"), user.get("UserAttributes").get(2));
    }

    @Test
    void confirmSignUpRefusals() {
        signUp("jane", "Passw0rd!");
        String code = lastCode("jane");
        String wrong = code.equals("000000") ? "111111" : "000000";

        assertRefused("CodeMismatchException", "Invalid verification code provided, please try again.",
                () -> call("ConfirmSignUp", "{'ClientId': '" + client + "', 'Username': 'jane', 'ConfirmationCode': '"
                        + wrong + "'}"));
        assertRefused("UserNotFoundException", "Username/client id combination not found.",
                () -> call("ConfirmSignUp", "{'ClientId': '" + client + "', 'Username': 'nobody',"
                        + " 'ConfirmationCode': '123456'}"));
        clock.advance(Duration.ofHours(24));
        assertRefused("ExpiredCodeException", "Invalid code provided, please request a code again.",
                () -> call("ConfirmSignUp", "{'ClientId': '" + client + "', 'Username': 'jane', 'ConfirmationCode': '"
                        + code + "'}"));
    }

    @Test
    void confirmSignUpHidesUnknownUsersWhenTheClientPreventsExistenceErrors() {
        String hiding = createClient(pool, ", 'PreventUserExistenceErrors': 'ENABLED'").get("ClientId").asText();
        assertRefused("CodeMismatchException", "Invalid verification code provided, please try again.",
                () -> call("ConfirmSignUp", "{'ClientId': '" + hiding + "', 'Username': 'nobody',"
                        + " 'ConfirmationCode': '123456'}"));
    }

    @Test
    void confirmSignUpOfAConfirmedUserIsRefused() {
        signUp("jane", "Passw0rd!");
        String code = lastCode("jane");
        call("ConfirmSignUp", "{'ClientId': '" + client + "', 'Username': 'jane', 'ConfirmationCode': '" + code + "'}");
        assertRefused("NotAuthorizedException", "User cannot be confirmed. Current status is CONFIRMED",
                () -> call("ConfirmSignUp", "{'ClientId': '" + client + "', 'Username': 'jane', 'ConfirmationCode': '"
                        + code + "'}"));
    }

    @Test
    void resendConfirmationCodeSendsANewCodeThatReplacesTheOld() {
        signUp("jane", "Passw0rd!");
        String first = lastCode("jane");
        clock.advance(Duration.ofHours(23));

        JsonNode response = call("ResendConfirmationCode", "{'ClientId': '" + client + "', 'Username': 'jane'}");
        clock.advance(Duration.ofHours(2));

        assertEquals("EMAIL", response.get("CodeDeliveryDetails").get("DeliveryMedium").asText());
        assertEquals(2, service.outbox(pool, "jane").size());
        String second = lastCode("jane");
        if (!second.equals(first)) {
            assertRefused("CodeMismatchException", "Invalid verification code provided, please try again.",
                    () -> call("ConfirmSignUp", "{'ClientId': '" + client + "', 'Username': 'jane',"
                            + " 'ConfirmationCode': '" + first + "'}"));
        }
        call("ConfirmSignUp", "{'ClientId': '" + client + "', 'Username': 'jane', 'ConfirmationCode': '" + second
                + "'}");
        assertRefused("InvalidParameterException", "User is already confirmed.",
                () -> call("ResendConfirmationCode", "{'ClientId': '" + client + "', 'Username': 'jane'}"));
        assertRefused("UserNotFoundException", "Username/client id combination not found.",
                () -> call("ResendConfirmationCode", "{'ClientId': '" + client + "', 'Username': 'nobody'}"));
    }

    @Test
    void adminCreateUserSendsATemporaryPassword() {
        JsonNode created = call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'bob',"
                + " 'UserAttributes': [{'Name': 'email', 'Value': 'bob@example.com'}],"
                + " 'DesiredDeliveryMediums': ['EMAIL']}").get("User");

        assertEquals("bob", created.get("Username").asText());
        assertEquals("FORCE_CHANGE_PASSWORD", created.get("UserStatus").asText());
        assertTrue(created.get("Enabled").asBoolean());
        OutboxMessage invite = service.outbox(pool, "bob").get(0);
        assertEquals("Your temporary password", invite.subject());
        assertEquals("Your username is bob and temporary password is " + invite.code() + ". ", invite.message());
        UserOperations.checkPassword(dev.stepwise.engine.userpool.model.PasswordPolicy.DEFAULT, invite.code());
        assertRefused("UsernameExistsException", "User account already exists",
                () -> call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'bob'}"));
        assertRefused("InvalidPasswordException", "Password did not conform with policy: Password not long enough",
                () -> call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'cy',"
                        + " 'TemporaryPassword': 'short'}"));
    }

    @Test
    void adminCreateUserSuppressedSendsNothing() {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'bob', 'TemporaryPassword': 'Temp0rary!',"
                + " 'MessageAction': 'SUPPRESS', 'UserAttributes': [{'Name': 'email', 'Value': 'bob@example.com'}],"
                + " 'DesiredDeliveryMediums': ['EMAIL']}");
        assertEquals(List.of(), service.outbox(pool, "bob"));
    }

    @Test
    void adminGetDeleteDisableEnable() {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'bob', 'MessageAction': 'SUPPRESS'}");

        call("AdminDisableUser", "{'UserPoolId': '" + pool + "', 'Username': 'bob'}");
        assertFalse(getUser("bob").get("Enabled").asBoolean());
        call("AdminEnableUser", "{'UserPoolId': '" + pool + "', 'Username': 'bob'}");
        assertTrue(getUser("bob").get("Enabled").asBoolean());
        call("AdminDeleteUser", "{'UserPoolId': '" + pool + "', 'Username': 'bob'}");

        assertRefused("UserNotFoundException", "User does not exist.", () -> getUser("bob"));
        assertRefused("UserNotFoundException", "User does not exist.",
                () -> call("AdminDeleteUser", "{'UserPoolId': '" + pool + "', 'Username': 'bob'}"));
        assertRefused("UserNotFoundException", "User does not exist.",
                () -> call("AdminDisableUser", "{'UserPoolId': '" + pool + "', 'Username': 'bob'}"));
        assertRefused("ResourceNotFoundException", "User pool us-east-1_nope00000 does not exist.",
                () -> call("AdminGetUser", "{'UserPoolId': 'us-east-1_nope00000', 'Username': 'bob'}"));
    }

    @Test
    void listUsersFiltersAndPages() {
        for (String name : List.of("carla", "carl", "bob", "dora")) {
            call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': '" + name + "', 'MessageAction':"
                    + " 'SUPPRESS', 'UserAttributes': [{'Name': 'email', 'Value': '" + name + "@example.com'}]}");
        }
        call("AdminDisableUser", "{'UserPoolId': '" + pool + "', 'Username': 'dora'}");

        assertEquals(List.of("bob", "carl", "carla", "dora"), usernames("{'UserPoolId': '" + pool + "'}"));
        assertEquals(List.of("carl", "carla"), usernames("{'UserPoolId': '" + pool + "', 'Filter': 'username ^= \\'carl\\''}"));
        assertEquals(List.of("carla"), usernames("{'UserPoolId': '" + pool + "', 'Filter': 'email = \\'carla@example.com\\''}"));
        assertEquals(List.of("dora"), usernames("{'UserPoolId': '" + pool + "', 'Filter': 'status = \\'Disabled\\''}"));
        assertEquals(List.of("bob", "carl", "carla", "dora"), usernames("{'UserPoolId': '" + pool + "',"
                + " 'Filter': 'cognito:user_status = \\'FORCE_CHANGE_PASSWORD\\''}"));

        JsonNode page = call("ListUsers", "{'UserPoolId': '" + pool + "', 'Limit': 3}");
        assertEquals(3, page.get("Users").size());
        JsonNode rest = call("ListUsers", "{'UserPoolId': '" + pool + "', 'Limit': 3, 'PaginationToken': '"
                + page.get("PaginationToken").asText() + "'}");
        assertEquals(List.of("dora"), PoolOperationsTest.ids(rest.get("Users"), "Username"));
        assertFalse(rest.has("PaginationToken"));

        JsonNode only = call("ListUsers", "{'UserPoolId': '" + pool + "', 'AttributesToGet': ['email'],"
                + " 'Filter': 'username = \\'bob\\''}").get("Users").get(0);
        assertEquals(json("{'a': [{'Name': 'email', 'Value': 'bob@example.com'}]}").get("a"), only.get("Attributes"));

        assertRefused("InvalidParameterException", "Error while parsing filter.",
                () -> call("ListUsers", "{'UserPoolId': '" + pool + "', 'Filter': 'username == bob'}"));
        assertRefused("InvalidParameterException", "Invalid search attribute: custom:x",
                () -> call("ListUsers", "{'UserPoolId': '" + pool + "', 'Filter': 'custom:x = \\'1\\''}"));
    }

    @Test
    void listUsersFiltersLiterallyAndPagesWithinTheFilter() {
        for (String name : List.of("a_1", "ab1", "a%2", "a_3", "b_4")) {
            call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': '" + name + "', 'MessageAction':"
                    + " 'SUPPRESS', 'UserAttributes': [{'Name': 'given_name', 'Value': '" + name + "'}]}");
        }
        String sub = getUser("a%2").get("UserAttributes").get(0).get("Value").asText();

        assertEquals(List.of("a_1", "a_3"), usernames("{'UserPoolId': '" + pool + "', 'Filter':"
                + " 'given_name ^= \\'a_\\''}"));
        assertEquals(List.of("a%2"), usernames("{'UserPoolId': '" + pool + "', 'Filter': 'username ^= \\'a%\\''}"));
        assertEquals(List.of("a%2"), usernames("{'UserPoolId': '" + pool + "', 'Filter': 'sub = \\'" + sub + "\\''}"));
        assertEquals(List.of(), usernames("{'UserPoolId': '" + pool + "', 'Filter': 'given_name = \\'A_1\\''}"));

        JsonNode page = call("ListUsers", "{'UserPoolId': '" + pool + "', 'Limit': 1, 'Filter': 'given_name ^= \\'a_\\''}");
        assertEquals(List.of("a_1"), PoolOperationsTest.ids(page.get("Users"), "Username"));
        JsonNode rest = call("ListUsers", "{'UserPoolId': '" + pool + "', 'Limit': 1, 'Filter': 'given_name ^= \\'a_\\'',"
                + " 'PaginationToken': '" + page.get("PaginationToken").asText() + "'}");
        assertEquals(List.of("a_3"), PoolOperationsTest.ids(rest.get("Users"), "Username"));
        assertFalse(rest.has("PaginationToken"));
    }

    private List<String> usernames(String request) {
        return PoolOperationsTest.ids(call("ListUsers", request).get("Users"), "Username");
    }
}
