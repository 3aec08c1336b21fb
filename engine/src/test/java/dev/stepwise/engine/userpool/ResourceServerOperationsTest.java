package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.store.h2.H2Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResourceServerOperationsTest extends UserPoolFixture {

    String pool;

    static JsonNode array(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new AssertionError("bad test JSON: " + text, e);
        }
    }

    @BeforeEach
    void pool() {
        pool = createPool("");
    }

    JsonNode createOrders() {
        return call("CreateResourceServer", "{'UserPoolId': '" + pool + "', 'Identifier': 'https://api.example.com',"
                + " 'Name': 'orders', 'Scopes': [{'ScopeName': 'orders.read', 'ScopeDescription': 'Read orders'},"
                + " {'ScopeName': 'orders.write', 'ScopeDescription': 'Write orders'}]}");
    }

    @Test
    void createdResourceServerIsDescribedAndListed() {
        JsonNode expected = json("{'UserPoolId': '" + pool + "', 'Identifier': 'https://api.example.com',"
                + " 'Name': 'orders', 'Scopes': [{'ScopeName': 'orders.read', 'ScopeDescription': 'Read orders'},"
                + " {'ScopeName': 'orders.write', 'ScopeDescription': 'Write orders'}]}");
        assertEquals(expected, createOrders().get("ResourceServer"));
        assertEquals(expected, call("DescribeResourceServer", "{'UserPoolId': '" + pool + "', 'Identifier':"
                + " 'https://api.example.com'}").get("ResourceServer"));
        call("CreateResourceServer", "{'UserPoolId': '" + pool + "', 'Identifier': 'billing', 'Name': 'billing'}");
        JsonNode page = call("ListResourceServers", "{'UserPoolId': '" + pool + "', 'MaxResults': 1}");
        assertEquals("billing", page.get("ResourceServers").get(0).get("Identifier").asText());
        assertEquals(array("[]"), page.get("ResourceServers").get(0).get("Scopes"));
        JsonNode next = call("ListResourceServers", "{'UserPoolId': '" + pool + "', 'MaxResults': 1, 'NextToken': '"
                + page.get("NextToken").asText() + "'}");
        assertEquals(expected, next.get("ResourceServers").get(0));
        assertFalse(next.has("NextToken"));
    }

    @Test
    void updateReplacesNameAndScopesAndDeleteRemoves() {
        createOrders();
        call("UpdateResourceServer", "{'UserPoolId': '" + pool + "', 'Identifier': 'https://api.example.com',"
                + " 'Name': 'orders-v2', 'Scopes': [{'ScopeName': 'all', 'ScopeDescription': 'Everything'}]}");
        assertEquals(json("{'UserPoolId': '" + pool + "', 'Identifier': 'https://api.example.com', 'Name':"
                + " 'orders-v2', 'Scopes': [{'ScopeName': 'all', 'ScopeDescription': 'Everything'}]}"),
                call("DescribeResourceServer", "{'UserPoolId': '" + pool + "', 'Identifier':"
                        + " 'https://api.example.com'}").get("ResourceServer"));
        call("DeleteResourceServer", "{'UserPoolId': '" + pool + "', 'Identifier': 'https://api.example.com'}");
        assertRefused("ResourceNotFoundException", "Resource server https://api.example.com does not exist in the"
                + " user pool " + pool + ".", () -> call("DescribeResourceServer", "{'UserPoolId': '" + pool
                        + "', 'Identifier': 'https://api.example.com'}"));
    }

    @Test
    void refusesDuplicatesBadNamesAndUnknownPools() {
        createOrders();
        assertRefused("InvalidParameterException", "Resource server with identifier https://api.example.com already"
                + " exists for the user pool " + pool, this::createOrders);
        assertRefused("InvalidParameterException", "1 validation error detected: Value 'a/b c' at"
                + " 'scopes.member.scopeName' failed to satisfy constraint: Member must satisfy regular expression"
                + " pattern: [\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+", () -> call("CreateResourceServer",
                        "{'UserPoolId': '" + pool + "', 'Identifier': 'x', 'Name': 'x', 'Scopes': [{'ScopeName':"
                                + " 'a/b c', 'ScopeDescription': 'd'}]}"));
        assertRefused("ResourceNotFoundException", "User pool us-east-1_nope does not exist.",
                () -> call("ListResourceServers", "{'UserPoolId': 'us-east-1_nope'}"));
    }

    @Test
    void clientScopesMustExistInThePool() {
        assertRefused("ScopeDoesNotExistException", "Invalid scope requested: https://api.example.com/orders.read",
                () -> createClient(pool, ", 'AllowedOAuthFlowsUserPoolClient': true, 'AllowedOAuthFlows': ['code'],"
                        + " 'AllowedOAuthScopes': ['openid', 'https://api.example.com/orders.read'],"
                        + " 'CallbackURLs': ['https://app.example.com/cb']"));
        createOrders();
        JsonNode client = createClient(pool, ", 'AllowedOAuthFlowsUserPoolClient': true, 'AllowedOAuthFlows':"
                + " ['code'], 'AllowedOAuthScopes': ['openid', 'https://api.example.com/orders.read'],"
                + " 'CallbackURLs': ['https://app.example.com/cb'], 'LogoutURLs': ['http://localhost:3000/bye'],"
                + " 'SupportedIdentityProviders': ['COGNITO']");
        JsonNode described = call("DescribeUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientId': '"
                + client.get("ClientId").asText() + "'}").get("UserPoolClient");
        assertEquals(array("['openid', 'https://api.example.com/orders.read']"), described.get("AllowedOAuthScopes"));
        assertEquals(array("['code']"), described.get("AllowedOAuthFlows"));
        assertEquals(array("['https://app.example.com/cb']"), described.get("CallbackURLs"));
        assertEquals(array("['http://localhost:3000/bye']"), described.get("LogoutURLs"));
        assertEquals(array("['COGNITO']"), described.get("SupportedIdentityProviders"));
        assertTrue(described.get("AllowedOAuthFlowsUserPoolClient").asBoolean());
    }

    @Test
    void clientCredentialsNeedsASecretAndStandsAlone() {
        createOrders();
        String scopes = ", 'AllowedOAuthFlowsUserPoolClient': true, 'AllowedOAuthScopes':"
                + " ['https://api.example.com/orders.read']";
        assertRefused("InvalidOAuthFlowException", "client_credentials flow can not be selected if client does not"
                + " have a client secret.", () -> createClient(pool, scopes
                        + ", 'AllowedOAuthFlows': ['client_credentials']"));
        assertRefused("InvalidOAuthFlowException", "client_credentials flow can not be selected along with code flow"
                + " or implicit flow.", () -> createClient(pool, scopes + ", 'GenerateSecret': true,"
                        + " 'AllowedOAuthFlows': ['client_credentials', 'code']"));
        assertEquals(array("['client_credentials']"), createClient(pool, scopes + ", 'GenerateSecret': true,"
                + " 'AllowedOAuthFlows': ['client_credentials']").get("AllowedOAuthFlows"));
    }

    @Test
    void callbackUrlsMustBeAbsoluteAndHttpsOffThisMachine() {
        assertRefused("InvalidParameterException", "Invalid CallbackURLs value http://app.example.com/cb: a redirect"
                + " URL must be absolute, without a fragment, and use HTTPS except for http://localhost.",
                () -> createClient(pool, ", 'CallbackURLs': ['http://app.example.com/cb']"));
        assertRefused("InvalidParameterException", "Invalid CallbackURLs value https://app.example.com/cb#x: a"
                + " redirect URL must be absolute, without a fragment, and use HTTPS except for http://localhost.",
                () -> createClient(pool, ", 'CallbackURLs': ['https://app.example.com/cb#x']"));
    }

    @Test
    void resourceServersAndClientSettingsSurviveAReopen(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (H2Store file = H2Store.openFile(dir)) {
            UserPoolService first = UserPoolService.builder(file).clock(clock).random(random).build();
            String id = first.call("CreateUserPool", json("{'PoolName': 'p'}")).get("UserPool").get("Id").asText();
            first.call("CreateResourceServer", json("{'UserPoolId': '" + id + "', 'Identifier': 'api', 'Name': 'api',"
                    + " 'Scopes': [{'ScopeName': 'read', 'ScopeDescription': 'r'}]}"));
            first.call("CreateUserPoolClient", json("{'UserPoolId': '" + id + "', 'ClientName': 'c',"
                    + " 'AllowedOAuthFlowsUserPoolClient': true, 'AllowedOAuthFlows': ['code'],"
                    + " 'AllowedOAuthScopes': ['api/read'], 'CallbackURLs': ['https://a.example/cb']}"));
        }
        try (H2Store file = H2Store.openFile(dir)) {
            UserPoolService second = UserPoolService.builder(file).clock(clock).random(random).build();
            String id = second.call("ListUserPools", json("{'MaxResults': 1}")).get("UserPools").get(0).get("Id")
                    .asText();
            assertEquals("read", second.call("DescribeResourceServer", json("{'UserPoolId': '" + id
                    + "', 'Identifier': 'api'}")).get("ResourceServer").get("Scopes").get(0).get("ScopeName").asText());
            String clientId = second.call("ListUserPoolClients", json("{'UserPoolId': '" + id + "'}"))
                    .get("UserPoolClients").get(0).get("ClientId").asText();
            assertEquals(array("['api/read']"), second.call("DescribeUserPoolClient", json("{'UserPoolId': '" + id
                    + "', 'ClientId': '" + clientId + "'}")).get("UserPoolClient").get("AllowedOAuthScopes"));
        }
    }
}
