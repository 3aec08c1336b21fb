package dev.stepwise.engine.http.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.http.load.AwsCaller.Service;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a load run needs on the endpoint before it starts: a user pool with an app client that allows
 * USER_PASSWORD_AUTH, one confirmed user per client (AdminCreateUser, then AdminSetUserPassword permanent) and a small
 * STANDARD machine (Choice, then one of two Pass states) whose output the run can predict from its input.
 */
public record LoadFixture(String name, String poolId, String clientId, String machineArn, List<LoadUser> users) {

    public static final String PASSWORD = "Load-Passw0rd!";
    static final String ROLE_ARN = "arn:aws:iam::000000000000:role/load";

    /** {@code {"id", "n"}} in; {@code {"id", "n", "size", "twice"}} out, size "large" from n = 500. */
    public static final String DEFINITION = """
            {"StartAt": "Classify", "States": {
              "Classify": {"Type": "Choice",
                "Choices": [{"Variable": "$.n", "NumericGreaterThanEquals": 500, "Next": "Large"}], "Default": "Small"},
              "Large": {"Type": "Pass", "End": true,
                "Parameters": {"id.$": "$.id", "n.$": "$.n", "size": "large", "twice.$": "States.MathAdd($.n, $.n)"}},
              "Small": {"Type": "Pass", "End": true,
                "Parameters": {"id.$": "$.id", "n.$": "$.n", "size": "small", "twice.$": "States.MathAdd($.n, $.n)"}}
            }}""";

    public LoadFixture {
        users = List.copyOf(users);
    }

    /** Creates everything under {@code name} (pool, machine and user names start with it). */
    public static LoadFixture create(AwsCaller caller, String name, int userCount) throws IOException {
        ObjectNode pool = AwsCaller.object().put("PoolName", name);
        pool.putArray("AutoVerifiedAttributes").add("email");
        String poolId = caller.require(Service.COGNITO, "CreateUserPool", pool).get("UserPool").get("Id").asText();
        ObjectNode client = AwsCaller.object().put("UserPoolId", poolId).put("ClientName", name);
        client.putArray("ExplicitAuthFlows").add("ALLOW_USER_PASSWORD_AUTH").add("ALLOW_REFRESH_TOKEN_AUTH");
        String clientId = caller.require(Service.COGNITO, "CreateUserPoolClient", client)
                .get("UserPoolClient").get("ClientId").asText();
        List<LoadUser> users = new ArrayList<>();
        for (int i = 0; i < userCount; i++) {
            users.add(createUser(caller, poolId, name + "-user" + i));
        }
        ObjectNode machine = AwsCaller.object().put("name", name).put("type", "STANDARD").put("roleArn", ROLE_ARN)
                .put("definition", DEFINITION);
        String machineArn = caller.require(Service.STEP_FUNCTIONS, "CreateStateMachine", machine)
                .get("stateMachineArn").asText();
        return new LoadFixture(name, poolId, clientId, machineArn, users);
    }

    private static LoadUser createUser(AwsCaller caller, String poolId, String username) throws IOException {
        String email = username + "@example.com";
        ObjectNode create = AwsCaller.object().put("UserPoolId", poolId).put("Username", username)
                .put("MessageAction", "SUPPRESS");
        create.putArray("UserAttributes")
                .add(attribute("email", email))
                .add(attribute("email_verified", "true"));
        JsonNode created = caller.require(Service.COGNITO, "AdminCreateUser", create).get("User");
        String sub = attributeValue(created.get("Attributes"), "sub");
        caller.require(Service.COGNITO, "AdminSetUserPassword", AwsCaller.object().put("UserPoolId", poolId)
                .put("Username", username).put("Password", PASSWORD).put("Permanent", true));
        return new LoadUser(username, email, sub, true);
    }

    /** The prefix of this machine's execution ARNs. */
    public String executionArnPrefix() {
        return machineArn.replace(":stateMachine:", ":execution:") + ":";
    }

    public static ObjectNode input(String id, int n) {
        return AwsCaller.object().put("id", id).put("n", n);
    }

    /** What the machine gives for {@code input}. */
    public static JsonNode expectedOutput(JsonNode input) {
        int n = input.get("n").asInt();
        return AwsCaller.object().put("id", input.get("id").asText()).put("n", n)
                .put("size", n >= 500 ? "large" : "small").put("twice", 2 * n);
    }

    static ObjectNode attribute(String name, String value) {
        return AwsCaller.object().put("Name", name).put("Value", value);
    }

    /** The value of the attribute {@code name} in a Cognito attribute list, or null. */
    static String attributeValue(JsonNode attributes, String name) {
        if (attributes != null) {
            for (JsonNode attribute : attributes) {
                if (attribute.path("Name").asText().equals(name)) {
                    return attribute.path("Value").asText();
                }
            }
        }
        return null;
    }
}
