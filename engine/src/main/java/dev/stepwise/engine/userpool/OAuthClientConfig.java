package dev.stepwise.engine.userpool;

import static dev.stepwise.engine.userpool.Wire.optional;
import static dev.stepwise.engine.userpool.Wire.optionalBoolean;
import static dev.stepwise.engine.userpool.Wire.optionalStrings;
import static dev.stepwise.engine.userpool.Wire.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.store.UserPoolQueries;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.OAuthClientSettings;
import dev.stepwise.engine.userpool.model.ResourceServer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The OAuth members of CreateUserPoolClient and UpdateUserPoolClient: reading, validating, describing. */
final class OAuthClientConfig {

    static final List<String> FLOWS = List.of("code", "implicit", "client_credentials");
    /** The scopes every pool has; custom scopes are {@code <resource server identifier>/<scope name>}. */
    static final List<String> STANDARD_SCOPES = List.of("phone", "email", "openid", "profile",
            "aws.cognito.signin.user.admin");
    private static final int MAX_URLS = 100;
    private static final int MAX_SCOPES = 50;

    private OAuthClientConfig() {
    }

    /** The settings a request asks for, checked against the pool's resource servers and the client's secret. */
    static OAuthClientSettings read(UserPoolQueries q, String poolId, JsonNode request, boolean hasSecret) {
        boolean enabled = optionalBoolean(request, "AllowedOAuthFlowsUserPoolClient").orElse(false);
        List<String> flows = optionalStrings(request, "AllowedOAuthFlows").orElse(List.of());
        List<String> scopes = optionalStrings(request, "AllowedOAuthScopes").orElse(List.of());
        List<String> callbacks = optionalStrings(request, "CallbackURLs").orElse(List.of());
        List<String> logouts = optionalStrings(request, "LogoutURLs").orElse(List.of());
        String defaultRedirect = optional(request, "DefaultRedirectURI").orElse(null);
        List<String> providers = optionalStrings(request, "SupportedIdentityProviders").orElse(List.of());
        for (String flow : flows) {
            if (!FLOWS.contains(flow)) {
                throw UserPoolException.invalidParameter("1 validation error detected: Value '" + flows
                        + "' at 'allowedOAuthFlows' failed to satisfy constraint: Member must satisfy constraint: "
                        + "[Member must satisfy enum value set: [implicit, client_credentials, code]]");
            }
        }
        if (flows.contains("client_credentials") && (flows.contains("code") || flows.contains("implicit"))) {
            throw new UserPoolException(UserPoolErrorCode.INVALID_OAUTH_FLOW,
                    "client_credentials flow can not be selected along with code flow or implicit flow.");
        }
        if (flows.contains("client_credentials") && !hasSecret) {
            throw new UserPoolException(UserPoolErrorCode.INVALID_OAUTH_FLOW,
                    "client_credentials flow can not be selected if client does not have a client secret.");
        }
        if (enabled && (flows.isEmpty() || scopes.isEmpty())) {
            throw new UserPoolException(UserPoolErrorCode.INVALID_OAUTH_FLOW,
                    "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use "
                            + "OAuth flows.");
        }
        checkSize("allowedOAuthScopes", scopes, MAX_SCOPES);
        checkSize("callbackURLs", callbacks, MAX_URLS);
        checkSize("logoutURLs", logouts, MAX_URLS);
        checkScopes(q, poolId, scopes);
        callbacks.forEach(u -> checkUrl("CallbackURLs", u));
        logouts.forEach(u -> checkUrl("LogoutURLs", u));
        if (defaultRedirect != null) {
            checkUrl("DefaultRedirectURI", defaultRedirect);
            if (!callbacks.contains(defaultRedirect)) {
                throw UserPoolException.invalidParameter("DefaultRedirectURI " + defaultRedirect
                        + " must be one of the CallbackURLs.");
            }
        }
        for (String provider : providers) {
            if (!provider.equals("COGNITO")) {
                throw UserPoolException.invalidParameter("The provider " + provider
                        + " does not exist for User Pool " + poolId);
            }
        }
        return new OAuthClientSettings(enabled, flows, scopes, callbacks, logouts, defaultRedirect, providers);
    }

    /** Every scope must be a standard one or a scope of one of the pool's resource servers. */
    private static void checkScopes(UserPoolQueries q, String poolId, List<String> scopes) {
        Set<String> custom = new HashSet<>();
        for (ResourceServer server : q.listResourceServers(poolId)) {
            server.scopes().forEach(s -> custom.add(server.fullName(s)));
        }
        for (String scope : scopes) {
            if (!STANDARD_SCOPES.contains(scope) && !custom.contains(scope)) {
                throw new UserPoolException(UserPoolErrorCode.SCOPE_DOES_NOT_EXIST,
                        "Invalid scope requested: " + scope);
            }
        }
    }

    private static void checkSize(String member, List<String> values, int max) {
        if (values.size() > max) {
            throw UserPoolException.invalidParameter("1 validation error detected: Value at '" + member
                    + "' failed to satisfy constraint: Member must have length less than or equal to " + max);
        }
    }

    /**
     * A redirect URL must be absolute and carry no fragment; plain HTTP is allowed only to this machine (Cognito
     * allows it for {@code localhost}; a local workbench also serves {@code 127.0.0.1} and {@code [::1]}).
     */
    static void checkUrl(String member, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalidUrl(member, url);
        }
        if (!uri.isAbsolute() || uri.getRawFragment() != null || uri.getHost() == null && !isAppScheme(uri)) {
            throw invalidUrl(member, url);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw invalidUrl(member, url);
        }
    }

    /** Custom schemes ({@code myapp://callback}) are how mobile apps receive codes; Cognito allows them. */
    private static boolean isAppScheme(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return !scheme.equals("http") && !scheme.equals("https");
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equalsIgnoreCase("localhost") || host.equals("127.0.0.1")
                || host.equals("[::1]"));
    }

    private static UserPoolException invalidUrl(String member, String url) {
        return UserPoolException.invalidParameter("Invalid " + member + " value " + url + ": a redirect URL must be "
                + "absolute, without a fragment, and use HTTPS except for http://localhost.");
    }

    /** Adds the client's OAuth members to a UserPoolClient description, as DescribeUserPoolClient shows them. */
    static void describe(ObjectNode n, OAuthClientSettings s) {
        if (!s.supportedIdentityProviders().isEmpty()) {
            n.set("SupportedIdentityProviders", strings(s.supportedIdentityProviders()));
        }
        if (!s.callbackUrls().isEmpty()) {
            n.set("CallbackURLs", strings(s.callbackUrls()));
        }
        if (!s.logoutUrls().isEmpty()) {
            n.set("LogoutURLs", strings(s.logoutUrls()));
        }
        if (s.defaultRedirectUri() != null) {
            n.put("DefaultRedirectURI", s.defaultRedirectUri());
        }
        if (!s.flows().isEmpty()) {
            n.set("AllowedOAuthFlows", strings(s.flows()));
        }
        if (!s.scopes().isEmpty()) {
            n.set("AllowedOAuthScopes", strings(s.scopes()));
        }
        n.put("AllowedOAuthFlowsUserPoolClient", s.enabled());
    }
}
