package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupOperationsTest extends UserPoolFixture {

    static final String ADMIN_ROLE = "arn:aws:iam::000000000000:role/admins";
    static final String READER_ROLE = "arn:aws:iam::000000000000:role/readers";

    String pool;
    String client;

    @BeforeEach
    void poolClientAndUser() {
        pool = createPool("");
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']")
                .get("ClientId").asText();
        user("jane");
    }

    void user(String username) {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "', 'MessageAction':"
                + " 'SUPPRESS', 'TemporaryPassword': 'Temp0rary!'}");
        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "',"
                + " 'Password': 'Passw0rd!', 'Permanent': true}");
    }

    JsonNode group(String name, String extra) {
        return call("CreateGroup", "{'UserPoolId': '" + pool + "', 'GroupName': '" + name + "'" + extra + "}")
                .get("Group");
    }

    void add(String user, String group) {
        call("AdminAddUserToGroup", "{'UserPoolId': '" + pool + "', 'Username': '" + user + "', 'GroupName': '"
                + group + "'}");
    }

    JsonNode tokens() {
        return call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "',"
                + " 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': 'Passw0rd!'}}").get("AuthenticationResult");
    }

    @Test
    void createAndGetAGroup() {
        JsonNode created = group("admins", ", 'Description': 'The admins', 'RoleArn': '" + ADMIN_ROLE + "',"
                + " 'Precedence': 1");

        assertEquals(("{'GroupName':'admins','UserPoolId':'" + pool + "','Description':'The admins',"
                + "'RoleArn':'" + ADMIN_ROLE + "','Precedence':1,'LastModifiedDate':1740823200.000,"
                + "'CreationDate':1740823200.000}").replace('\'', '"'), created.toString());
        assertEquals(created, call("GetGroup", "{'UserPoolId': '" + pool + "', 'GroupName': 'admins'}").get("Group"));
    }

    @Test
    void aGroupNameIsUniqueInAPool() {
        group("admins", "");

        assertRefused("GroupExistsException", "A group with the name admins already exists.",
                () -> group("admins", ""));
    }

    @Test
    void anUnknownGroupIsNotFound() {
        assertRefused("ResourceNotFoundException", "Group not found.",
                () -> call("GetGroup", "{'UserPoolId': '" + pool + "', 'GroupName': 'nope'}"));
        assertRefused("ResourceNotFoundException", "Group not found.",
                () -> call("DeleteGroup", "{'UserPoolId': '" + pool + "', 'GroupName': 'nope'}"));
        assertRefused("ResourceNotFoundException", "Group not found.", () -> add("jane", "nope"));
    }

    @Test
    void groupsOfAnUnknownPoolAreNotFound() {
        assertRefused("ResourceNotFoundException", "User pool us-east-1_nope does not exist.",
                () -> call("CreateGroup", "{'UserPoolId': 'us-east-1_nope', 'GroupName': 'g'}"));
    }

    @Test
    void groupSettingsAreValidated() {
        assertRefused("InvalidParameterException", "1 validation error detected: Value '-1' at 'precedence' failed to "
                + "satisfy constraint: Member must have value greater than or equal to 0",
                () -> group("g", ", 'Precedence': -1"));
        assertRefused("InvalidParameterException", "1 validation error detected: Value 'not-an-arn-at-all-xx' at "
                + "'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?"
                + "(:[\\w+=/,.@-]+)?", () -> group("g", ", 'RoleArn': 'not-an-arn-at-all-xx'"));
        assertRefused("InvalidParameterException", "1 validation error detected: Value at 'groupName' failed to "
                + "satisfy constraint: Member must have length greater than or equal to 1", () -> group("", ""));
        assertRefused("InvalidParameterException", "1 validation error detected: Value 'a b' at 'groupName' failed "
                + "to satisfy constraint: Member must satisfy regular expression pattern: "
                + "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+", () -> group("a b", ""));
    }

    @Test
    void updateChangesOnlyWhatIsGiven() {
        group("admins", ", 'Description': 'The admins', 'Precedence': 1");
        clock.advance(Duration.ofMinutes(1));

        JsonNode updated = call("UpdateGroup", "{'UserPoolId': '" + pool + "', 'GroupName': 'admins',"
                + " 'RoleArn': '" + ADMIN_ROLE + "'}").get("Group");

        assertEquals("The admins", updated.get("Description").asText());
        assertEquals(1, updated.get("Precedence").asInt());
        assertEquals(ADMIN_ROLE, updated.get("RoleArn").asText());
        assertEquals("1740823260.000", updated.get("LastModifiedDate").asText());
        assertEquals("1740823200.000", updated.get("CreationDate").asText());
    }

    @Test
    void listGroupsPagesByName() {
        for (String name : List.of("c", "a", "b")) {
            group(name, "");
        }

        JsonNode first = call("ListGroups", "{'UserPoolId': '" + pool + "', 'Limit': 2}");
        assertEquals(List.of("a", "b"), names(first.get("Groups")));
        JsonNode second = call("ListGroups", "{'UserPoolId': '" + pool + "', 'Limit': 2, 'NextToken': '"
                + first.get("NextToken").asText() + "'}");
        assertEquals(List.of("c"), names(second.get("Groups")));
        assertFalse(second.has("NextToken"));
        assertRefused("InvalidParameterException", "1 validation error detected: Value '61' at 'limit' failed to "
                + "satisfy constraint: Member must have value less than or equal to 60",
                () -> call("ListGroups", "{'UserPoolId': '" + pool + "', 'Limit': 61}"));
    }

    static List<String> names(JsonNode groups) {
        return java.util.stream.StreamSupport.stream(groups.spliterator(), false)
                .map(g -> g.get("GroupName").asText()).toList();
    }

    @Test
    void membersAndTheirGroups() {
        user("bob");
        group("admins", "");
        group("readers", "");
        add("jane", "admins");
        add("jane", "readers");
        add("jane", "readers");
        add("bob", "readers");

        assertEquals(List.of("admins", "readers"), names(call("AdminListGroupsForUser",
                "{'UserPoolId': '" + pool + "', 'Username': 'jane'}").get("Groups")));
        JsonNode readers = call("ListUsersInGroup", "{'UserPoolId': '" + pool + "', 'GroupName': 'readers'}");
        assertEquals("bob", readers.get("Users").get(0).get("Username").asText());
        assertEquals("jane", readers.get("Users").get(1).get("Username").asText());
        assertTrue(readers.get("Users").get(0).has("Attributes"));

        call("AdminRemoveUserFromGroup", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'GroupName': 'readers'}");
        assertEquals(List.of("admins"), names(call("AdminListGroupsForUser",
                "{'UserPoolId': '" + pool + "', 'Username': 'jane'}").get("Groups")));

        call("DeleteGroup", "{'UserPoolId': '" + pool + "', 'GroupName': 'admins'}");
        assertEquals(List.of(), names(call("AdminListGroupsForUser",
                "{'UserPoolId': '" + pool + "', 'Username': 'jane'}").get("Groups")));
        call("AdminDeleteUser", "{'UserPoolId': '" + pool + "', 'Username': 'bob'}");
        assertEquals(0, call("ListUsersInGroup", "{'UserPoolId': '" + pool + "', 'GroupName': 'readers'}")
                .get("Users").size());
    }

    @Test
    void anUnknownMemberIsNotFound() {
        group("admins", "");

        assertRefused("UserNotFoundException", "User does not exist.", () -> add("nobody", "admins"));
        assertRefused("UserNotFoundException", "User does not exist.", () -> call("AdminListGroupsForUser",
                "{'UserPoolId': '" + pool + "', 'Username': 'nobody'}"));
    }

    @Test
    void tokensCarryGroupsRolesAndThePreferredRole() throws Exception {
        group("readers", ", 'RoleArn': '" + READER_ROLE + "', 'Precedence': 5");
        group("admins", ", 'RoleArn': '" + ADMIN_ROLE + "', 'Precedence': 1");
        group("plain", "");
        add("jane", "readers");
        add("jane", "admins");
        add("jane", "plain");

        JsonNode result = tokens();
        JWTClaimsSet id = AuthOperationsTest.claims(result.get("IdToken").asText());
        JWTClaimsSet access = AuthOperationsTest.claims(result.get("AccessToken").asText());

        assertEquals(List.of("admins", "readers", "plain"), id.getStringListClaim("cognito:groups"));
        assertEquals(List.of(ADMIN_ROLE, READER_ROLE), id.getStringListClaim("cognito:roles"));
        assertEquals(ADMIN_ROLE, id.getStringClaim("cognito:preferred_role"));
        assertEquals(List.of("admins", "readers", "plain"), access.getStringListClaim("cognito:groups"));
        assertNull(access.getClaim("cognito:roles"));
    }

    @Test
    void equalPrecedenceLeavesNoPreferredRole() throws Exception {
        group("readers", ", 'RoleArn': '" + READER_ROLE + "', 'Precedence': 1");
        group("admins", ", 'RoleArn': '" + ADMIN_ROLE + "', 'Precedence': 1");
        add("jane", "readers");
        add("jane", "admins");

        JWTClaimsSet id = AuthOperationsTest.claims(tokens().get("IdToken").asText());

        assertEquals(2, id.getStringListClaim("cognito:roles").size());
        assertNull(id.getClaim("cognito:preferred_role"));
    }

    @Test
    void aUserWithoutGroupsHasNoGroupClaims() throws Exception {
        JsonNode result = tokens();

        assertNull(AuthOperationsTest.claims(result.get("IdToken").asText()).getClaim("cognito:groups"));
        assertNull(AuthOperationsTest.claims(result.get("AccessToken").asText()).getClaim("cognito:groups"));
    }
}
