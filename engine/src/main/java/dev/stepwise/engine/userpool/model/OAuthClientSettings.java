package dev.stepwise.engine.userpool.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An app client's OAuth 2.0 settings, as CreateUserPoolClient takes them: whether the client may use the OAuth
 * endpoints at all ({@code AllowedOAuthFlowsUserPoolClient}), its grant types ({@code code}, {@code implicit},
 * {@code client_credentials}), scopes, callback and sign-out URLs, and identity providers.
 */
public record OAuthClientSettings(boolean enabled, List<String> flows, List<String> scopes,
        List<String> callbackUrls, List<String> logoutUrls, String defaultRedirectUri,
        List<String> supportedIdentityProviders) {

    /** A client that does not use the OAuth endpoints (what CreateUserPoolClient makes by default). */
    public static final OAuthClientSettings NONE =
            new OAuthClientSettings(false, List.of(), List.of(), List.of(), List.of(), null, List.of());

    public OAuthClientSettings {
        flows = List.copyOf(flows);
        scopes = List.copyOf(scopes);
        callbackUrls = List.copyOf(callbackUrls);
        logoutUrls = List.copyOf(logoutUrls);
        supportedIdentityProviders = List.copyOf(supportedIdentityProviders);
    }

    public Optional<String> defaultRedirect() {
        return Optional.ofNullable(defaultRedirectUri);
    }

    /** Whether the client may use this grant ({@code code}, {@code implicit}, {@code client_credentials}). */
    public boolean allows(String flow) {
        return enabled && flows.contains(flow);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OAuthClientSettings s && enabled == s.enabled && flows.equals(s.flows)
                && scopes.equals(s.scopes) && callbackUrls.equals(s.callbackUrls) && logoutUrls.equals(s.logoutUrls)
                && Objects.equals(defaultRedirectUri, s.defaultRedirectUri)
                && supportedIdentityProviders.equals(s.supportedIdentityProviders);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, flows, scopes, callbackUrls);
    }
}
