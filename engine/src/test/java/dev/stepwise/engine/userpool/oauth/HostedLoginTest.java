package dev.stepwise.engine.userpool.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.engine.userpool.auth.Totp;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostedLoginTest extends OAuthFlowFixture {

    @Test
    void theFormHasTheFieldsABrowserFillsIn() {
        OAuthResponse page = openLoginPage(authorizeParameters("openid"));
        assertEquals(200, page.status());
        assertEquals("text/html;charset=UTF-8", page.header("Content-Type").orElseThrow());
        String html = page.bodyText();
        assertTrue(html.contains("<form method=\"post\" action=\"/login\">"), html);
        assertTrue(html.contains("<input type=\"text\" id=\"username\" name=\"username\""), html);
        assertTrue(html.contains("<input type=\"password\" id=\"password\" name=\"password\""), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithCognitosMessage() {
        OAuthResponse page = openLoginPage(authorizeParameters("openid"));
        String key = loginKey(page);
        OAuthResponse wrong = post(key, Map.of("username", "jane", "password", "Wrong-pass1"));
        assertEquals(200, wrong.status());
        assertTrue(wrong.bodyText().contains("<p class=\"error\" role=\"alert\">Incorrect username or password.</p>"),
                wrong.bodyText());
        assertTrue(wrong.bodyText().contains("value=\"jane\""));
        assertEquals("st-123", callbackParameters(post(key, Map.of("username", "jane", "password", PASSWORD)))
                .get("state"));
    }

    @Test
    void repeatedFailuresLockTheUserOutAsInitiateAuthDoes() {
        String key = loginKey(openLoginPage(authorizeParameters("openid")));
        OAuthResponse last = null;
        for (int i = 0; i < 6; i++) {
            last = post(key, Map.of("username", "jane", "password", "Wrong-pass1"));
        }
        OAuthResponse locked = post(key, Map.of("username", "jane", "password", PASSWORD));
        assertTrue(locked.bodyText().contains("Password attempts exceeded"), locked.bodyText());
        assertEquals(200, last.status());
    }

    @Test
    void aDisabledUserCannotSignIn() {
        call("AdminDisableUser", "{'UserPoolId': '" + pool + "', 'Username': 'jane'}");
        OAuthResponse page = signIn(authorizeParameters("openid"));
        assertEquals(200, page.status());
        assertTrue(page.bodyText().contains("User is disabled."), page.bodyText());
    }

    @Test
    void smsMfaAsksForTheCodeFromTheOutbox() {
        call("SetUserPoolMfaConfig", "{'UserPoolId': '" + pool + "', 'MfaConfiguration': 'ON',"
                + " 'SmsMfaConfiguration': {'SmsAuthenticationMessage': 'Code: {####}'}}");
        user("mona", true);
        String key = loginKey(openLoginPage(authorizeParameters("openid")));
        OAuthResponse codePage = post(key, Map.of("username", "mona", "password", PASSWORD));
        assertEquals(200, codePage.status());
        assertTrue(codePage.bodyText().contains("name=\"code\""), codePage.bodyText());
        assertTrue(codePage.bodyText().contains("+*******0100"), codePage.bodyText());
        List<OutboxMessage> sent = service.outbox(pool, "mona");
        String code = sent.get(sent.size() - 1).code();
        OAuthResponse wrong = post(key, Map.of("code", "000000".equals(code) ? "111111" : "000000"));
        assertTrue(wrong.bodyText().contains("Invalid code or auth state for the user."), wrong.bodyText());
        OAuthResponse done = post(key, Map.of("code", code));
        String authorizationCode = callbackParameters(done).get("code");
        assertEquals(200, redeem(authorizationCode, VERIFIER).status());
    }

    @Test
    void totpMfaTakesTheAuthenticatorCode() {
        call("SetUserPoolMfaConfig", "{'UserPoolId': '" + pool + "', 'MfaConfiguration': 'OPTIONAL',"
                + " 'SoftwareTokenMfaConfiguration': {'Enabled': true}}");
        String passwordClient = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH',"
                + " 'ALLOW_REFRESH_TOKEN_AUTH']").get("ClientId").asText();
        String access = call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + passwordClient
                + "', 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': '" + PASSWORD + "'}}")
                .get("AuthenticationResult").get("AccessToken").asText();
        String secret = call("AssociateSoftwareToken", "{'AccessToken': '" + access + "'}").get("SecretCode")
                .asText();
        call("VerifySoftwareToken", "{'AccessToken': '" + access + "', 'UserCode': '"
                + Totp.code(secret, Totp.step(clock.instant())) + "'}");
        call("AdminSetUserMFAPreference", "{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                + " 'SoftwareTokenMfaSettings': {'Enabled': true, 'PreferredMfa': true}}");
        clock.advance(java.time.Duration.ofSeconds(30)); // a TOTP code answers once: wait for the next one

        String key = loginKey(openLoginPage(authorizeParameters("openid")));
        OAuthResponse codePage = post(key, Map.of("username", "jane", "password", PASSWORD));
        assertTrue(codePage.bodyText().contains("Enter the code from your authenticator app."),
                codePage.bodyText());
        OAuthResponse done = post(key, Map.of("code", Totp.code(secret, Totp.step(clock.instant()))));
        assertEquals(200, redeem(callbackParameters(done).get("code"), VERIFIER).status());
    }

    @Test
    void aRequiredAuthenticatorIsSetUpOnThePageAndThenAsked() {
        call("SetUserPoolMfaConfig", "{'UserPoolId': '" + pool + "', 'MfaConfiguration': 'ON',"
                + " 'SoftwareTokenMfaConfiguration': {'Enabled': true}}");
        String key = loginKey(openLoginPage(authorizeParameters("openid")));
        OAuthResponse setup = post(key, Map.of("username", "jane", "password", PASSWORD));
        assertEquals(200, setup.status());
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("<code id=\"secret\">([A-Z2-7]+)</code>")
                .matcher(setup.bodyText());
        assertTrue(shown.find(), setup.bodyText());
        String secret = shown.group(1);
        assertTrue(setup.bodyText().contains("otpauth://totp/" + pool + ":jane?secret=" + secret), setup.bodyText());

        String right = Totp.code(secret, Totp.step(clock.instant()));
        OAuthResponse wrong = post(key, Map.of("code", "000000".equals(right) ? "111111" : "000000"));
        assertEquals(200, wrong.status());
        assertTrue(wrong.bodyText().contains("Code mismatch"), wrong.bodyText());
        assertTrue(wrong.bodyText().contains(secret), "the same secret is shown again");
        OAuthResponse done = post(key, Map.of("code", right));
        assertEquals(200, redeem(callbackParameters(done).get("code"), VERIFIER).status());

        clock.advance(java.time.Duration.ofSeconds(30));
        String again = loginKey(openLoginPage(authorizeParameters("openid")));
        OAuthResponse codePage = post(again, Map.of("username", "jane", "password", PASSWORD));
        assertTrue(codePage.bodyText().contains("Enter the code from your authenticator app."), codePage.bodyText());
    }

    @Test
    void aUserWithTwoSecondFactorsChoosesOne() {
        call("SetUserPoolMfaConfig", "{'UserPoolId': '" + pool + "', 'MfaConfiguration': 'OPTIONAL',"
                + " 'SmsMfaConfiguration': {'SmsAuthenticationMessage': 'Code: {####}'},"
                + " 'EmailMfaConfiguration': {'Message': 'Mail code {####}', 'Subject': 'Sign-in code'}}");
        user("mona", true);
        call("AdminSetUserMFAPreference", "{'UserPoolId': '" + pool + "', 'Username': 'mona',"
                + " 'SMSMfaSettings': {'Enabled': true}, 'EmailMfaSettings': {'Enabled': true}}");
        String key = loginKey(openLoginPage(authorizeParameters("openid")));
        OAuthResponse choice = post(key, Map.of("username", "mona", "password", PASSWORD));
        assertTrue(choice.bodyText().contains("value=\"SMS_MFA\""), choice.bodyText());
        assertTrue(choice.bodyText().contains("value=\"EMAIL_OTP\""), choice.bodyText());
        OAuthResponse codePage = post(key, Map.of("mfa_type", "EMAIL_OTP"));
        assertTrue(codePage.bodyText().contains("We sent a code by email"), codePage.bodyText());
        List<OutboxMessage> sent = service.outbox(pool, "mona");
        OutboxMessage mail = sent.get(sent.size() - 1);
        assertEquals(OutboxMessage.Channel.EMAIL, mail.channel());
        OAuthResponse done = post(key, Map.of("code", mail.code()));
        assertEquals(200, redeem(callbackParameters(done).get("code"), VERIFIER).status());
    }

    @Test
    void aTemporaryPasswordMustBeChangedOnThePage() throws Exception {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'newbie', 'MessageAction': 'SUPPRESS',"
                + " 'TemporaryPassword': 'Temp0rary!'}");
        String key = loginKey(openLoginPage(authorizeParameters("openid")));
        OAuthResponse change = post(key, Map.of("username", "newbie", "password", "Temp0rary!"));
        assertTrue(change.bodyText().contains("name=\"new_password\""), change.bodyText());
        OAuthResponse weak = post(key, Map.of("new_password", "short"));
        assertTrue(weak.bodyText().contains("class=\"error\""), weak.bodyText());
        String code = callbackParameters(post(key, Map.of("new_password", "N3w-Passw0rd!"))).get("code");
        String access = body(redeem(code, VERIFIER)).get("access_token").asText();
        assertEquals("newbie", verified(access).getStringClaim("username"));
        assertEquals("CONFIRMED", call("AdminGetUser", "{'UserPoolId': '" + pool + "', 'Username': 'newbie'}")
                .get("UserStatus").asText());
    }

    @Test
    void anUnknownOrFinishedFormKeyIsRefused() {
        OAuthResponse response = post("made-up", Map.of("username", "jane", "password", PASSWORD));
        assertEquals(400, response.status());
        String key = loginKey(openLoginPage(authorizeParameters("openid")));
        callbackParameters(post(key, Map.of("username", "jane", "password", PASSWORD)));
        assertEquals(400, post(key, Map.of("username", "jane", "password", PASSWORD)).status());
    }

    @Test
    void aSignedInBrowserGetsACodeWithoutTheFormUntilItSignsOut() {
        OAuthResponse signedIn = signIn(authorizeParameters("openid"));
        String setCookie = signedIn.header("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith("cognito=") && setCookie.contains("HttpOnly"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        Map<String, String> browser = Map.of("Cookie", cookie);

        OAuthResponse again = endpoints.authorize(OAuthRequest.get("/oauth2/authorize",
                authorizeParameters("openid"), browser));
        assertEquals(200, redeem(callbackParameters(again).get("code"), VERIFIER).status());

        OAuthResponse logout = endpoints.logout(OAuthRequest.get("/logout", Map.of("client_id", clientId,
                "logout_uri", "https://app.example.com/bye"), browser));
        assertEquals(302, logout.status());
        assertEquals("https://app.example.com/bye", logout.header("Location").orElseThrow());
        assertTrue(logout.header("Set-Cookie").orElseThrow().startsWith("cognito=; Path=/; Max-Age=0"));

        OAuthResponse afterLogout = endpoints.authorize(OAuthRequest.get("/oauth2/authorize",
                authorizeParameters("openid"), browser));
        assertEquals("/login", URI.create(afterLogout.header("Location").orElseThrow()).getPath());
    }

    @Test
    void logoutNeedsARegisteredLogoutUri() {
        OAuthResponse response = endpoints.logout(OAuthRequest.get("/logout", Map.of("client_id", clientId,
                "logout_uri", "https://evil.example.com/"), Map.of()));
        assertEquals(400, response.status());
        assertTrue(response.bodyText().contains("redirect_mismatch"));
        assertTrue(response.header("Location").isEmpty());
    }

    @Test
    void logoutWithRedirectUriGoesBackToTheForm() {
        OAuthResponse response = endpoints.logout(OAuthRequest.get("/logout", Map.of("client_id", clientId,
                "redirect_uri", CALLBACK, "response_type", "code"), Map.of()));
        assertEquals(302, response.status());
        assertEquals("/login", URI.create(response.header("Location").orElseThrow()).getPath());
    }
}
