package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolOperationsTest extends UserPoolFixture {

    @Test
    void createUserPoolAnswersWithAwsShape() {
        JsonNode pool = call("CreateUserPool", "{'PoolName': 'people', 'AutoVerifiedAttributes': ['email'],"
                + " 'Policies': {'PasswordPolicy': {'MinimumLength': 10, 'RequireSymbols': false}},"
                + " 'Schema': [{'Name': 'tenant', 'AttributeDataType': 'String', 'Mutable': true},"
                + "            {'Name': 'email', 'Required': true}],"
                + " 'DeletionProtection': 'ACTIVE', 'UserPoolTier': 'PLUS'}").get("UserPool");

        String id = pool.get("Id").asText();
        assertTrue(id.matches("us-east-1_[A-Za-z0-9]{9}"), id);
        assertEquals("people", pool.get("Name").asText());
        assertEquals(json("{'MinimumLength': 10, 'RequireUppercase': true, 'RequireLowercase': true,"
                + " 'RequireNumbers': true, 'RequireSymbols': false, 'TemporaryPasswordValidityDays': 7}"),
                pool.get("Policies").get("PasswordPolicy"));
        assertEquals("ACTIVE", pool.get("DeletionProtection").asText());
        assertEquals("PLUS", pool.get("UserPoolTier").asText());
        assertEquals("OFF", pool.get("MfaConfiguration").asText());
        assertEquals(json("{'a': ['email']}").get("a"), pool.get("AutoVerifiedAttributes"));
        assertEquals("arn:aws:cognito-idp:us-east-1:000000000000:userpool/" + id, pool.get("Arn").asText());
        assertEquals(1740823200L, pool.get("CreationDate").asLong());
        JsonNode schema = pool.get("SchemaAttributes");
        JsonNode last = schema.get(schema.size() - 1);
        assertEquals(json("{'Name': 'custom:tenant', 'AttributeDataType': 'String', 'DeveloperOnlyAttribute': false,"
                + " 'Mutable': true, 'Required': false,"
                + " 'StringAttributeConstraints': {'MinLength': '0', 'MaxLength': '2048'}}"), last);
        List<String> required = new ArrayList<>();
        schema.forEach(a -> {
            if (a.get("Required").asBoolean()) {
                required.add(a.get("Name").asText());
            }
        });
        assertEquals(List.of("sub", "email"), required);
    }

    @Test
    void createUserPoolNeedsAName() {
        assertRefused("InvalidParameterException", "1 validation error detected: Value null at 'poolName' failed to"
                + " satisfy constraint: Member must not be null", () -> call("CreateUserPool", "{}"));
        assertRefused("InvalidParameterException", "1 validation error detected: Value 'a/b' at 'poolName' failed to"
                + " satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+",
                () -> call("CreateUserPool", "{'PoolName': 'a/b'}"));
    }

    @Test
    void describeUserPoolCountsUsersAndRefusesUnknownPools() {
        String id = createPool("");
        call("AdminCreateUser", "{'UserPoolId': '" + id + "', 'Username': 'ann', 'MessageAction': 'SUPPRESS'}");

        JsonNode pool = call("DescribeUserPool", "{'UserPoolId': '" + id + "'}").get("UserPool");

        assertEquals(1, pool.get("EstimatedNumberOfUsers").asInt());
        assertRefused("ResourceNotFoundException", "User pool us-east-1_nope00000 does not exist.",
                () -> call("DescribeUserPool", "{'UserPoolId': 'us-east-1_nope00000'}"));
    }

    @Test
    void listUserPoolsPagesWithNextToken() {
        String a = createPool("");
        clock.advance(Duration.ofSeconds(1));
        String b = createPool("");
        clock.advance(Duration.ofSeconds(1));
        String c = createPool("");

        JsonNode first = call("ListUserPools", "{'MaxResults': 2}");
        JsonNode second = call("ListUserPools", "{'MaxResults': 2, 'NextToken': '"
                + first.get("NextToken").asText() + "'}");

        assertEquals(List.of(a, b), ids(first.get("UserPools"), "Id"));
        assertEquals(List.of(c), ids(second.get("UserPools"), "Id"));
        assertFalse(second.has("NextToken"));
        assertRefused("InvalidParameterException", "1 validation error detected: Value '61' at 'maxResults' failed"
                + " to satisfy constraint: Member must have value less than or equal to 60",
                () -> call("ListUserPools", "{'MaxResults': 61}"));
        assertRefused("InvalidParameterException", "Invalid pagination token.",
                () -> call("ListUserPools", "{'MaxResults': 1, 'NextToken': 'x'}"));
    }

    static List<String> ids(JsonNode items, String member) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get(member).asText()));
        return ids;
    }

    @Test
    void updateUserPoolSetsGivenSettingsAndResetsTheRest() {
        String id = createPool(", 'MfaConfiguration': 'OFF', 'AutoVerifiedAttributes': ['email']");
        clock.advance(Duration.ofMinutes(1));

        call("UpdateUserPool", "{'UserPoolId': '" + id + "', 'DeletionProtection': 'ACTIVE',"
                + " 'Policies': {'PasswordPolicy': {'MinimumLength': 12}}}");

        JsonNode pool = call("DescribeUserPool", "{'UserPoolId': '" + id + "'}").get("UserPool");
        assertEquals("ACTIVE", pool.get("DeletionProtection").asText());
        assertEquals(12, pool.get("Policies").get("PasswordPolicy").get("MinimumLength").asInt());
        assertFalse(pool.has("AutoVerifiedAttributes"));
        assertEquals(1740823260L, pool.get("LastModifiedDate").asLong());
    }

    @Test
    void deleteUserPoolHonoursDeletionProtection() {
        String id = createPool(", 'DeletionProtection': 'ACTIVE'");

        assertRefused("InvalidParameterException", "The user pool cannot be deleted because deletion protection is"
                + " activated. Deletion protection must be inactivated first.",
                () -> call("DeleteUserPool", "{'UserPoolId': '" + id + "'}"));

        call("UpdateUserPool", "{'UserPoolId': '" + id + "', 'DeletionProtection': 'INACTIVE'}");
        assertEquals(json("{}"), call("DeleteUserPool", "{'UserPoolId': '" + id + "'}"));
        assertRefused("ResourceNotFoundException", "User pool " + id + " does not exist.",
                () -> call("DeleteUserPool", "{'UserPoolId': '" + id + "'}"));
    }

    @Test
    void createUserPoolClientWithSecretAndValidities() {
        String pool = createPool("");
        JsonNode client = createClient(pool, ", 'GenerateSecret': true,"
                + " 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],"
                + " 'AccessTokenValidity': 10, 'IdTokenValidity': 2, 'RefreshTokenValidity': 7,"
                + " 'TokenValidityUnits': {'AccessToken': 'minutes'}, 'PreventUserExistenceErrors': 'ENABLED',"
                + " 'ReadAttributes': ['email']");

        assertTrue(client.get("ClientId").asText().matches("[a-z0-9]{26}"));
        assertTrue(client.get("ClientSecret").asText().matches("[a-z0-9]{52}"));
        assertEquals(10, client.get("AccessTokenValidity").asInt());
        assertEquals(json("{'AccessToken': 'minutes', 'IdToken': 'hours', 'RefreshToken': 'days'}"),
                client.get("TokenValidityUnits"));
        assertEquals("ENABLED", client.get("PreventUserExistenceErrors").asText());
        assertEquals(client, call("DescribeUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientId': '"
                + client.get("ClientId").asText() + "'}").get("UserPoolClient"));
    }

    @Test
    void createUserPoolClientDefaults() {
        JsonNode client = createClient(createPool(""), "");

        assertFalse(client.has("ClientSecret"));
        assertEquals(json("{'f': ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH']}").get("f"),
                client.get("ExplicitAuthFlows"));
        assertEquals("LEGACY", client.get("PreventUserExistenceErrors").asText());
        assertEquals(30, client.get("RefreshTokenValidity").asInt());
        assertEquals(3, client.get("AuthSessionValidity").asInt());
    }

    @Test
    void createUserPoolClientRefusesBadSettings() {
        String pool = createPool("");
        assertRefused("InvalidParameterException", "AccessToken validity must be between 5 minutes and 1 day.",
                () -> createClient(pool, ", 'AccessTokenValidity': 2, 'TokenValidityUnits': {'AccessToken': 'days'}"));
        assertRefused("InvalidParameterException", "The combination of ExplicitAuthFlows values is not valid: legacy"
                + " values and ALLOW_ values cannot be mixed.",
                () -> createClient(pool, ", 'ExplicitAuthFlows': ['USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']"));
        assertRefused("ResourceNotFoundException", "User pool us-east-1_nope00000 does not exist.",
                () -> createClient("us-east-1_nope00000", ""));
    }

    @Test
    void listAndDeleteUserPoolClients() {
        String pool = createPool("");
        String a = createClient(pool, "").get("ClientId").asText();
        clock.advance(Duration.ofSeconds(1));
        String b = createClient(pool, "").get("ClientId").asText();

        JsonNode page = call("ListUserPoolClients", "{'UserPoolId': '" + pool + "', 'MaxResults': 1}");
        assertEquals(List.of(a), ids(page.get("UserPoolClients"), "ClientId"));
        JsonNode rest = call("ListUserPoolClients", "{'UserPoolId': '" + pool + "', 'NextToken': '"
                + page.get("NextToken").asText() + "'}");
        assertEquals(List.of(b), ids(rest.get("UserPoolClients"), "ClientId"));

        call("DeleteUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientId': '" + a + "'}");
        assertRefused("ResourceNotFoundException", "User pool client " + a + " does not exist.",
                () -> call("DescribeUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientId': '" + a + "'}"));
        assertEquals(List.of(b), ids(call("ListUserPoolClients", "{'UserPoolId': '" + pool + "'}")
                .get("UserPoolClients"), "ClientId"));
    }

    @Test
    void updateUserPoolClientKeepsIdAndSecretAndResetsTheRest() {
        String pool = createPool("");
        JsonNode created = createClient(pool, ", 'GenerateSecret': true, 'ExplicitAuthFlows':"
                + " ['ALLOW_USER_PASSWORD_AUTH'], 'AccessTokenValidity': 2");
        String id = created.get("ClientId").asText();
        clock.advance(Duration.ofMinutes(1));

        JsonNode updated = call("UpdateUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientId': '" + id + "',"
                + " 'ClientName': 'mobile', 'PreventUserExistenceErrors': 'ENABLED'}").get("UserPoolClient");

        assertEquals(created.get("ClientSecret"), updated.get("ClientSecret"));
        assertEquals("mobile", updated.get("ClientName").asText());
        assertEquals("ENABLED", updated.get("PreventUserExistenceErrors").asText());
        assertEquals(60, updated.get("AccessTokenValidity").asInt());
        assertEquals(created.get("CreationDate"), updated.get("CreationDate"));
        assertEquals(1740823260L, updated.get("LastModifiedDate").asLong());
        assertEquals(updated, call("DescribeUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientId': '" + id
                + "'}").get("UserPoolClient"));
    }

    @Test
    void unknownOperationsAreRefused() {
        assertRefused("UnknownOperationException", "Unknown operation Frobnicate for the Cognito Identity Provider"
                + " service", () -> call("Frobnicate", "{}"));
    }
}
