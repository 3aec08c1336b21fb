package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.store.h2.H2Store;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace database closed and opened again still has its pools, clients, users, outbox, keys and tokens. */
class PersistenceTest {

    final ManualClock clock = new ManualClock(UserPoolFixture.T0);

    UserPoolService service(H2Store store) {
        return UserPoolService.builder(store).clock(clock).random(UserPoolFixture.seeded())
                .passwordHasher(new PasswordHasher(1_000, UserPoolFixture.seeded()))
                .issuerBase("http://127.0.0.1:9229").build();
    }

    static JsonNode call(UserPoolService service, String operation, String request) {
        return service.call(operation, UserPoolFixture.json(request));
    }

    @Test
    void everythingSurvivesReopeningTheWorkspace(@TempDir Path workspace) {
        String pool;
        String client;
        JsonNode tokens;
        JsonNode jwks;
        try (H2Store store = H2Store.openFile(workspace)) {
            UserPoolService service = service(store);
            pool = call(service, "CreateUserPool", "{'PoolName': 'kept', 'AutoVerifiedAttributes': ['email']}")
                    .get("UserPool").get("Id").asText();
            client = call(service, "CreateUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientName': 'c',"
                    + " 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']}")
                    .get("UserPoolClient").get("ClientId").asText();
            call(service, "SignUp", "{'ClientId': '" + client + "', 'Username': 'jane', 'Password': 'Passw0rd!',"
                    + " 'UserAttributes': [{'Name': 'email', 'Value': 'jane@example.com'}]}");
            call(service, "ConfirmSignUp", "{'ClientId': '" + client + "', 'Username': 'jane', 'ConfirmationCode': '"
                    + service.outbox(pool, "jane").get(0).code() + "'}");
            tokens = call(service, "InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "',"
                    + " 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': 'Passw0rd!'}}").get("AuthenticationResult");
            jwks = service.jwks(pool);
        }

        try (H2Store store = H2Store.openFile(workspace)) {
            UserPoolService service = service(store);
            assertEquals("kept", call(service, "DescribeUserPool", "{'UserPoolId': '" + pool + "'}")
                    .get("UserPool").get("Name").asText());
            assertEquals("c", call(service, "DescribeUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientId': '"
                    + client + "'}").get("UserPoolClient").get("ClientName").asText());
            assertEquals("CONFIRMED", call(service, "AdminGetUser", "{'UserPoolId': '" + pool + "', 'Username':"
                    + " 'jane'}").get("UserStatus").asText());
            assertEquals(1, service.outbox(pool, "jane").size());
            assertEquals(jwks, service.jwks(pool));
            assertEquals("jane", call(service, "GetUser", "{'AccessToken': '" + tokens.get("AccessToken").asText()
                    + "'}").get("Username").asText());
            call(service, "InitiateAuth", "{'AuthFlow': 'REFRESH_TOKEN_AUTH', 'ClientId': '" + client + "',"
                    + " 'AuthParameters': {'REFRESH_TOKEN': '" + tokens.get("RefreshToken").asText() + "'}}");
            call(service, "InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "',"
                    + " 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': 'Passw0rd!'}}");
        }
    }
}
