package dev.stepwise.engine.userpool.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.sun.net.httpserver.HttpServer;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import dev.stepwise.engine.userpool.trigger.TriggerInvocation.Outcome;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TriggersTest extends TriggerFixture {

    static final TriggerTarget PASS_THROUGH = machine("PassThrough",
            "{'StartAt': 'Ok', 'States': {'Ok': {'Type': 'Pass', 'End': true}}}");

    @AfterEach
    void closeStore() {
        close();
    }

    JsonNode user(String username) {
        return call("AdminGetUser", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "'}");
    }

    static String attribute(JsonNode user, String name) {
        for (JsonNode a : user.get("UserAttributes")) {
            if (a.get("Name").asText().equals(name)) {
                return a.get("Value").asText();
            }
        }
        return null;
    }

    static JWTClaimsSet claims(String token) throws Exception {
        return JWTParser.parse(token).getJWTClaimsSet();
    }

    // ---------------------------------------------------------------- LambdaConfig

    @Test
    void lambdaConfigIsStoredAndDescribedAsAwsDoes() {
        start(Map.of());
        createPool("{'PreSignUp': '" + ARN + "pre', 'UserMigration': '" + ARN + "migrate',"
                + " 'PreTokenGenerationConfig': {'LambdaVersion': 'V2_0', 'LambdaArn': '" + ARN + "tokens'}}", "");

        JsonNode described = call("DescribeUserPool", "{'UserPoolId': '" + pool + "'}").get("UserPool");

        assertEquals(json("{'PreSignUp': '" + ARN + "pre', 'PreTokenGeneration': '" + ARN + "tokens',"
                + " 'PreTokenGenerationConfig': {'LambdaVersion': 'V2_0', 'LambdaArn': '" + ARN + "tokens'},"
                + " 'UserMigration': '" + ARN + "migrate'}"), described.get("LambdaConfig"));
        assertEquals(described.get("LambdaConfig"), call("ListUserPools", "{'MaxResults': 10}").get("UserPools")
                .get(0).get("LambdaConfig"));
        call("UpdateUserPool", "{'UserPoolId': '" + pool + "', 'LambdaConfig': {'PreTokenGeneration': '" + ARN
                + "v1'}}");
        assertEquals(json("{'PreTokenGeneration': '" + ARN + "v1', 'PreTokenGenerationConfig':"
                + " {'LambdaVersion': 'V1_0', 'LambdaArn': '" + ARN + "v1'}}"),
                call("DescribeUserPool", "{'UserPoolId': '" + pool + "'}").get("UserPool").get("LambdaConfig"));
        call("UpdateUserPool", "{'UserPoolId': '" + pool + "'}");
        assertEquals(json("{}"), call("DescribeUserPool", "{'UserPoolId': '" + pool + "'}").get("UserPool")
                .get("LambdaConfig"));
    }

    @Test
    void lambdaConfigRefusesABadVersionAndDifferentPreTokenArns() {
        start(Map.of());
        assertRefused("InvalidParameterException", "1 validation error detected: Value 'V9_0' at "
                + "'lambdaConfig.preTokenGenerationConfig.lambdaVersion' failed to satisfy constraint: Member must "
                + "satisfy enum value set: [V1_0, V2_0, V3_0]", () -> createPool("{'PreTokenGenerationConfig':"
                + " {'LambdaVersion': 'V9_0', 'LambdaArn': '" + ARN + "t'}}", ""));
        assertRefused("InvalidParameterException",
                "PreTokenGeneration and PreTokenGenerationConfig.LambdaArn must be the same.",
                () -> createPool("{'PreTokenGeneration': '" + ARN + "a', 'PreTokenGenerationConfig':"
                        + " {'LambdaVersion': 'V1_0', 'LambdaArn': '" + ARN + "b'}}", ""));
    }

    // ---------------------------------------------------------------- sign-up and confirmation

    @Test
    void preSignUpSeesTheSignUpAndCanConfirmAndVerify() {
        start(Map.of(ARN + "pre", respond("AutoConfirm",
                        "{'autoConfirmUser': true, 'autoVerifyEmail': true, 'autoVerifyPhone': false}"),
                ARN + "post", PASS_THROUGH));
        createPool("{'PreSignUp': '" + ARN + "pre', 'PostConfirmation': '" + ARN + "post'}",
                ", 'AutoVerifiedAttributes': ['email']");

        JsonNode response = call("SignUp", "{'ClientId': '" + client + "', 'Username': 'ann', 'Password':"
                + " 'Passw0rd!', 'UserAttributes': [{'Name': 'email', 'Value': 'ann@example.com'}], 'ValidationData':"
                + " [{'Name': 'invite', 'Value': 'X1'}], 'ClientMetadata': {'app': 'lab'}}");

        assertEquals(true, response.get("UserConfirmed").asBoolean());
        assertFalse(response.has("CodeDeliveryDetails"));
        assertEquals("CONFIRMED", user("ann").get("UserStatus").asText());
        assertEquals("true", attribute(user("ann"), "email_verified"));
        assertEquals(List.of(), service.outbox(pool, "ann"));
        TriggerInvocation pre = last("PreSignUp");
        assertEquals(json("{'version': '1', 'triggerSource': 'PreSignUp_SignUp', 'region': 'us-east-1',"
                + " 'userPoolId': '" + pool + "', 'userName': 'ann', 'callerContext': {'awsSdkVersion':"
                + " 'aws-sdk-unknown-unknown', 'clientId': '" + client + "'}, 'request': {'userAttributes':"
                + " {'email': 'ann@example.com'}, 'validationData': {'invite': 'X1'}, 'clientMetadata': {'app': 'lab'}},"
                + " 'response': {'autoConfirmUser': false, 'autoVerifyEmail': false, 'autoVerifyPhone': false}}"),
                pre.event());
        assertEquals(Outcome.SUCCEEDED, pre.outcome());
        assertEquals("state machine AutoConfirm", pre.target());
        assertEquals(json("{'autoConfirmUser': true, 'autoVerifyEmail': true, 'autoVerifyPhone': false}"),
                pre.response().get("response"));
        assertEquals(Duration.ZERO, pre.duration());
        TriggerInvocation post = last("PostConfirmation");
        assertEquals("PostConfirmation_ConfirmSignUp", post.triggerSource());
        assertEquals("CONFIRMED", post.event().at("/request/userAttributes/cognito:user_status").asText());
        assertEquals("true", post.event().at("/request/userAttributes/email_verified").asText());
    }

    @Test
    void aPreSignUpErrorRefusesTheSignUpAndIsRecorded() {
        start(Map.of(ARN + "pre", machine("CheckDomain", "{'StartAt': 'Blocked?', 'States': {'Blocked?': {'Type':"
                + " 'Choice', 'Choices': [{'Variable': '$.request.userAttributes.email', 'StringMatches':"
                + " '*@blocked.com', 'Next': 'Reject'}], 'Default': 'Accept'}, 'Reject': {'Type': 'Fail', 'Error':"
                + " 'Error', 'Cause': 'Invalid email domain'}, 'Accept': {'Type': 'Pass', 'End': true}}}")));
        createPool("{'PreSignUp': '" + ARN + "pre'}", ", 'AutoVerifiedAttributes': ['email']");

        assertRefused("UserLambdaValidationException", "PreSignUp failed with error Invalid email domain.",
                () -> call("SignUp", "{'ClientId': '" + client + "', 'Username': 'bob', 'Password': 'Passw0rd!',"
                        + " 'UserAttributes': [{'Name': 'email', 'Value': 'bob@blocked.com'}]}"));
        assertRefused("UserNotFoundException", "User does not exist.", () -> user("bob"));
        TriggerInvocation failed = last("PreSignUp");
        assertEquals(Outcome.FAILED, failed.outcome());
        assertEquals("Invalid email domain", failed.error());
        assertNull(failed.response());

        JsonNode accepted = call("SignUp", "{'ClientId': '" + client + "', 'Username': 'cy', 'Password':"
                + " 'Passw0rd!', 'UserAttributes': [{'Name': 'email', 'Value': 'cy@example.com'}]}");
        assertEquals(false, accepted.get("UserConfirmed").asBoolean());
        assertEquals("EMAIL", accepted.at("/CodeDeliveryDetails/DeliveryMedium").asText());
        assertEquals("null", last("PreSignUp").event().at("/request/validationData").toString());
    }

    @Test
    void adminCreateUserRunsPreSignUpButIgnoresItsFlags() {
        start(Map.of(ARN + "pre", respond("AutoConfirm", "{'autoConfirmUser': true, 'autoVerifyEmail': true}")));
        createPool("{'PreSignUp': '" + ARN + "pre'}", "");

        createUser("dee", "Passw0rd!x");

        TriggerInvocation pre = last("PreSignUp");
        assertEquals("PreSignUp_AdminCreateUser", pre.triggerSource());
        assertEquals("CLIENT_ID_NOT_APPLICABLE", pre.event().at("/callerContext/clientId").asText());
        assertNull(attribute(user("dee"), "email_verified"));
    }

    @Test
    void postConfirmationRunsOnConfirmSignUpAndItsErrorUndoesTheConfirmation() {
        start(Map.of(ARN + "post", fail("Welcome", "CRM is down")));
        createPool("{'PostConfirmation': '" + ARN + "post'}", ", 'AutoVerifiedAttributes': ['email']");
        call("SignUp", "{'ClientId': '" + client + "', 'Username': 'eve', 'Password': 'Passw0rd!',"
                + " 'UserAttributes': [{'Name': 'email', 'Value': 'eve@example.com'}]}");
        String code = service.outbox(pool, "eve").get(0).code();

        assertRefused("UserLambdaValidationException", "PostConfirmation failed with error CRM is down.",
                () -> call("ConfirmSignUp", "{'ClientId': '" + client + "', 'Username': 'eve', 'ConfirmationCode': '"
                        + code + "'}"));

        assertEquals("UNCONFIRMED", user("eve").get("UserStatus").asText());
        JsonNode event = last("PostConfirmation").event();
        assertEquals("PostConfirmation_ConfirmSignUp", event.get("triggerSource").asText());
        assertEquals(json("{'sub': '" + attribute(user("eve"), "sub") + "', 'email': 'eve@example.com',"
                + " 'email_verified': 'true', 'cognito:user_status': 'CONFIRMED'}"), event.at("/request/userAttributes"));
    }

    @Test
    void customMessageReplacesTheOutboxText() {
        start(Map.of(ARN + "msg", machine("Message", "{'StartAt': 'Write', 'States': {'Write': {'Type': 'Pass',"
                + " 'Parameters': {'emailSubject': 'Welcome aboard', 'emailMessage.$': 'States.Format(`Hi {}, your"
                + " code is {}`, $.userName, $.request.codeParameter)', 'smsMessage': null}, 'ResultPath':"
                + " '$.response', 'End': true}}}")));
        createPool("{'CustomMessage': '" + ARN + "msg'}", ", 'AutoVerifiedAttributes': ['email']");

        call("SignUp", "{'ClientId': '" + client + "', 'Username': 'fay', 'Password': 'Passw0rd!',"
                + " 'UserAttributes': [{'Name': 'email', 'Value': 'fay@example.com'}]}");

        OutboxMessage sent = service.outbox(pool, "fay").get(0);
        assertEquals("Welcome aboard", sent.subject());
        assertEquals("Hi fay, your code is " + sent.code(), sent.message());
        JsonNode request = last("CustomMessage").event().get("request");
        assertEquals("CustomMessage_SignUp", last("CustomMessage").triggerSource());
        assertEquals("{####}", request.get("codeParameter").asText());
        assertEquals("{##Click Here##}", request.get("linkParameter").asText());
        assertEquals(true, request.get("usernameParameter").isNull());

        call("ResendConfirmationCode", "{'ClientId': '" + client + "', 'Username': 'fay'}");
        assertEquals("CustomMessage_ResendCode", last("CustomMessage").triggerSource());
    }

    // ---------------------------------------------------------------- sign-in and tokens

    @Test
    void preAuthenticationCanRefuseAndPostAuthenticationSeesTheSignIn() {
        start(Map.of(ARN + "preauth", machine("Gate", "{'StartAt': 'Blocked?', 'States': {'Blocked?': {'Type':"
                        + " 'Choice', 'Choices': [{'Variable': '$.userName', 'StringEquals': 'mallory', 'Next': 'No'}],"
                        + " 'Default': 'Yes'}, 'No': {'Type': 'Fail', 'Error': 'Error', 'Cause': 'User is blocked'},"
                        + " 'Yes': {'Type': 'Pass', 'End': true}}}"),
                ARN + "postauth", PASS_THROUGH));
        createPool("{'PreAuthentication': '" + ARN + "preauth', 'PostAuthentication': '" + ARN + "postauth'}", "");
        createUser("mallory", "Passw0rd!x");
        createUser("gus", "Passw0rd!x");

        assertRefused("UserLambdaValidationException", "PreAuthentication failed with error User is blocked.",
                () -> signIn("mallory", "Passw0rd!x"));
        call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "', 'AuthParameters':"
                + " {'USERNAME': 'gus', 'PASSWORD': 'Passw0rd!x'}, 'ClientMetadata': {'device': 'lab'}}");

        JsonNode pre = last("PreAuthentication").event();
        assertEquals("PreAuthentication_Authentication", pre.get("triggerSource").asText());
        assertEquals(json("{'device': 'lab'}"), pre.at("/request/validationData"));
        assertEquals("CONFIRMED", pre.at("/request/userAttributes/cognito:user_status").asText());
        JsonNode post = last("PostAuthentication").event();
        assertEquals("PostAuthentication_Authentication", post.get("triggerSource").asText());
        assertEquals(false, post.at("/request/newDeviceUsed").asBoolean());
        assertEquals(json("{'device': 'lab'}"), post.at("/request/clientMetadata"));
        assertEquals(List.of("gus"), invocations().stream().filter(i -> i.trigger().equals("PostAuthentication"))
                .map(i -> i.event().get("userName").asText()).toList());
    }

    @Test
    void preTokenGenerationVersionOneChangesTheIdToken() throws Exception {
        start(Map.of(ARN + "tokens", respond("Claims", "{'claimsOverrideDetails': {'claimsToAddOrOverride':"
                + " {'tenant': 'acme', 'sub': 'forged'}, 'claimsToSuppress': ['email'], 'groupOverrideDetails':"
                + " {'groupsToOverride': ['admins'], 'iamRolesToOverride': [], 'preferredRole': null}}}")));
        createPool("{'PreTokenGeneration': '" + ARN + "tokens'}", "");
        createUser("hal", "Passw0rd!x");

        JsonNode result = signIn("hal", "Passw0rd!x").get("AuthenticationResult");

        JWTClaimsSet id = claims(result.get("IdToken").asText());
        assertEquals("acme", id.getClaim("tenant"));
        assertNull(id.getClaim("email"));
        assertEquals(attribute(user("hal"), "sub"), id.getSubject());
        assertEquals(List.of("admins"), id.getClaim("cognito:groups"));
        JWTClaimsSet access = claims(result.get("AccessToken").asText());
        assertNull(access.getClaim("tenant"));
        assertEquals(List.of("admins"), access.getClaim("cognito:groups"));
        JsonNode event = last("PreTokenGeneration").event();
        assertEquals("1", event.get("version").asText());
        assertEquals("TokenGeneration_Authentication", event.get("triggerSource").asText());
        assertEquals(json("{'groupsToOverride': [], 'iamRolesToOverride': [], 'preferredRole': null}"),
                event.at("/request/groupConfiguration"));
        assertFalse(event.get("request").has("scopes"));

        call("InitiateAuth", "{'AuthFlow': 'REFRESH_TOKEN_AUTH', 'ClientId': '" + client + "', 'AuthParameters':"
                + " {'REFRESH_TOKEN': '" + result.get("RefreshToken").asText() + "'}}");
        assertEquals("TokenGeneration_RefreshTokens", last("PreTokenGeneration").triggerSource());
    }

    @Test
    void preTokenGenerationVersionTwoChangesBothTokensAndScopes() throws Exception {
        start(Map.of(ARN + "tokens", respond("Claims", "{'claimsAndScopeOverrideDetails': {'idTokenGeneration':"
                + " {'claimsToAddOrOverride': {'plan': 'gold', 'limits': {'orders': 5}}}, 'accessTokenGeneration':"
                + " {'claimsToAddOrOverride': {'plan': 'gold'}, 'claimsToSuppress': ['username'], 'scopesToAdd':"
                + " ['orders/read'], 'scopesToSuppress': ['aws.cognito.signin.user.admin']}}}")));
        createPool("{'PreTokenGenerationConfig': {'LambdaVersion': 'V2_0', 'LambdaArn': '" + ARN + "tokens'}}", "");
        createUser("ivy", "Passw0rd!x");

        JsonNode result = signIn("ivy", "Passw0rd!x").get("AuthenticationResult");

        JWTClaimsSet id = claims(result.get("IdToken").asText());
        assertEquals("gold", id.getClaim("plan"));
        assertEquals(Map.of("orders", 5L), id.getJSONObjectClaim("limits"));
        JWTClaimsSet access = claims(result.get("AccessToken").asText());
        assertEquals("gold", access.getClaim("plan"));
        assertEquals("orders/read", access.getClaim("scope"));
        assertEquals("ivy", access.getClaim("username"), "a protected claim is not suppressed");
        JsonNode event = last("PreTokenGeneration").event();
        assertEquals("2", event.get("version").asText());
        assertEquals(jsonValue("['aws.cognito.signin.user.admin']"), event.at("/request/scopes"));
        assertEquals(true, event.at("/response/claimsAndScopeOverrideDetails").isNull());
    }

    @Test
    void userMigrationCreatesAnUnknownUserAtSignIn() {
        start(Map.of(ARN + "migrate", machine("Legacy", "{'StartAt': 'Known?', 'States': {'Known?': {'Type':"
                + " 'Choice', 'Choices': [{'Variable': '$.request.password', 'StringEquals': 'Legacy-Pass1', 'Next':"
                + " 'Found'}], 'Default': 'Unknown'}, 'Unknown': {'Type': 'Fail', 'Error': 'Error', 'Cause': 'Bad"
                + " password'}, 'Found': {'Type': 'Pass', 'Result': {'userAttributes': {'email': 'old@example.com',"
                + " 'email_verified': 'true'}, 'finalUserStatus': 'CONFIRMED', 'messageAction': 'SUPPRESS'},"
                + " 'ResultPath': '$.response', 'End': true}}}")));
        createPool("{'UserMigration': '" + ARN + "migrate'}", "");

        assertRefused("UserNotFoundException", "Exception migrating user in app client " + client,
                () -> signIn("old", "wrong"));
        assertRefused("UserNotFoundException", "User does not exist.", () -> user("old"));
        JsonNode tokens = signIn("old", "Legacy-Pass1");

        assertEquals("Bearer", tokens.at("/AuthenticationResult/TokenType").asText());
        assertEquals("CONFIRMED", user("old").get("UserStatus").asText());
        assertEquals("old@example.com", attribute(user("old"), "email"));
        JsonNode event = last("UserMigration").event();
        assertEquals("UserMigration_Authentication", event.get("triggerSource").asText());
        assertEquals("old", event.get("userName").asText());
        assertEquals("Legacy-Pass1", event.at("/request/password").asText());
        signIn("old", "Legacy-Pass1");
        assertEquals(2, invocations().stream().filter(i -> i.trigger().equals("UserMigration")).count(),
                "a migrated user is not migrated again");
    }

    // ---------------------------------------------------------------- bindings

    @Test
    void anUnboundTriggerIsSkippedWithAWarning() {
        start(Map.of());
        createPool("{'PreSignUp': '" + ARN + "nowhere'}", "");

        JsonNode response = call("SignUp", "{'ClientId': '" + client + "', 'Username': 'jo', 'Password': 'Passw0rd!'}");

        assertEquals(false, response.get("UserConfirmed").asBoolean());
        TriggerInvocation warning = last("PreSignUp");
        assertEquals(Outcome.UNBOUND, warning.outcome());
        assertNull(warning.target());
        assertEquals("No local function is bound to " + ARN + "nowhere; the PreSignUp trigger was skipped as if the"
                + " pool had none.", warning.error());
    }

    @Test
    void anHttpFunctionGetsTheEventAndItsErrorsAreCognitoErrors() throws Exception {
        List<String> bodies = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/2015-03-31/functions/function/invocations", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            JsonNode event = JSON.readTree(body);
            String answer;
            if (event.at("/request/userAttributes/email").asText().endsWith("@blocked.com")) {
                answer = "{\"errorType\": \"Error\", \"errorMessage\": \"Blocked by HTTP\"}";
                exchange.getResponseHeaders().add("X-Amz-Function-Error", "Unhandled");
            } else {
                ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("response")).put("autoConfirmUser", true);
                answer = event.toString();
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            start(Map.of(ARN + "pre", TriggerTarget.http(base)));
            createPool("{'PreSignUp': '" + ARN + "pre'}", "");

            JsonNode response = call("SignUp", "{'ClientId': '" + client + "', 'Username': 'kim', 'Password':"
                    + " 'Passw0rd!', 'UserAttributes': [{'Name': 'email', 'Value': 'kim@example.com'}]}");
            assertRefused("UserLambdaValidationException", "PreSignUp failed with error Blocked by HTTP.",
                    () -> call("SignUp", "{'ClientId': '" + client + "', 'Username': 'lee', 'Password': 'Passw0rd!',"
                            + " 'UserAttributes': [{'Name': 'email', 'Value': 'lee@blocked.com'}]}"));

            assertEquals(true, response.get("UserConfirmed").asBoolean());
            assertEquals("PreSignUp_SignUp", JSON.readTree(bodies.get(0)).get("triggerSource").asText());
            assertEquals("kim", JSON.readTree(bodies.get(0)).get("userName").asText());
            assertEquals(List.of(Outcome.SUCCEEDED, Outcome.FAILED), invocations().stream()
                    .map(TriggerInvocation::outcome).toList());
            assertEquals(base.toString(), invocations().get(0).target());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnreachableHttpFunctionIsAnUnexpectedLambdaError() {
        start(Map.of(ARN + "pre", TriggerTarget.http(URI.create("http://127.0.0.1:9"))));
        createPool("{'PreSignUp': '" + ARN + "pre'}", "");

        UserPoolExceptionAssert.typeIs("UnexpectedLambdaException", () -> call("SignUp", "{'ClientId': '" + client
                + "', 'Username': 'max', 'Password': 'Passw0rd!'}"));
        assertEquals(Outcome.FAILED, last("PreSignUp").outcome());
    }
}
