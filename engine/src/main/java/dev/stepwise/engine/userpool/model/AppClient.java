package dev.stepwise.engine.userpool.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A user pool's app client. Immutable; {@code new Builder(client)} makes an edited copy. */
public final class AppClient {

    /** The flows a client allows when it is created without {@code ExplicitAuthFlows}. */
    public static final List<String> DEFAULT_AUTH_FLOWS =
            List.of("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH");

    private final String clientId;
    private final String userPoolId;
    private final String clientName;
    private final String clientSecret;
    private final List<String> explicitAuthFlows;
    private final TokenValidity accessTokenValidity;
    private final TokenValidity idTokenValidity;
    private final TokenValidity refreshTokenValidity;
    private final List<String> readAttributes;
    private final List<String> writeAttributes;
    private final boolean preventUserExistenceErrors;
    private final boolean enableTokenRevocation;
    private final int authSessionValidityMinutes;
    private final boolean refreshTokenRotation;
    private final int retryGracePeriodSeconds;
    private final OAuthClientSettings oauth;
    private final Instant creationDate;
    private final Instant lastModifiedDate;

    private AppClient(Builder b) {
        this.clientId = Objects.requireNonNull(b.clientId, "clientId");
        this.userPoolId = Objects.requireNonNull(b.userPoolId, "userPoolId");
        this.clientName = Objects.requireNonNull(b.clientName, "clientName");
        this.clientSecret = b.clientSecret;
        this.explicitAuthFlows = List.copyOf(b.explicitAuthFlows);
        this.accessTokenValidity = Objects.requireNonNull(b.accessTokenValidity);
        this.idTokenValidity = Objects.requireNonNull(b.idTokenValidity);
        this.refreshTokenValidity = Objects.requireNonNull(b.refreshTokenValidity);
        this.readAttributes = List.copyOf(b.readAttributes);
        this.writeAttributes = List.copyOf(b.writeAttributes);
        this.preventUserExistenceErrors = b.preventUserExistenceErrors;
        this.enableTokenRevocation = b.enableTokenRevocation;
        if (b.authSessionValidityMinutes < 3 || b.authSessionValidityMinutes > 15) {
            throw new IllegalArgumentException("authSessionValidityMinutes must be 3..15");
        }
        this.authSessionValidityMinutes = b.authSessionValidityMinutes;
        this.refreshTokenRotation = b.refreshTokenRotation;
        if (b.retryGracePeriodSeconds < 0 || b.retryGracePeriodSeconds > 60) {
            throw new IllegalArgumentException("retryGracePeriodSeconds must be 0..60");
        }
        this.retryGracePeriodSeconds = b.retryGracePeriodSeconds;
        this.oauth = Objects.requireNonNull(b.oauth, "oauth");
        this.creationDate = Objects.requireNonNull(b.creationDate, "creationDate");
        this.lastModifiedDate = b.lastModifiedDate != null ? b.lastModifiedDate : b.creationDate;
    }

    public String clientId() { return clientId; }
    public String userPoolId() { return userPoolId; }
    public String clientName() { return clientName; }
    public Optional<String> clientSecret() { return Optional.ofNullable(clientSecret); }
    public List<String> explicitAuthFlows() { return explicitAuthFlows; }
    public TokenValidity accessTokenValidity() { return accessTokenValidity; }
    public TokenValidity idTokenValidity() { return idTokenValidity; }
    public TokenValidity refreshTokenValidity() { return refreshTokenValidity; }
    public List<String> readAttributes() { return readAttributes; }
    public List<String> writeAttributes() { return writeAttributes; }
    /** ENABLED (true) or LEGACY (false). */
    public boolean preventUserExistenceErrors() { return preventUserExistenceErrors; }
    public boolean enableTokenRevocation() { return enableTokenRevocation; }
    public int authSessionValidityMinutes() { return authSessionValidityMinutes; }
    /** RefreshTokenRotation.Feature ENABLED: refreshes go through GetTokensFromRefreshToken and rotate the token. */
    public boolean refreshTokenRotation() { return refreshTokenRotation; }
    public int retryGracePeriodSeconds() { return retryGracePeriodSeconds; }
    /** AllowedOAuthFlows, AllowedOAuthScopes, CallbackURLs and the other OAuth 2.0 settings. */
    public OAuthClientSettings oauth() { return oauth; }
    public Instant creationDate() { return creationDate; }
    public Instant lastModifiedDate() { return lastModifiedDate; }

    /** Whether the client allows a flow, by its {@code ALLOW_} name or the legacy name that means the same. */
    public boolean allowsFlow(String allowName, String legacyName) {
        return explicitAuthFlows.contains(allowName) || (legacyName != null && explicitAuthFlows.contains(legacyName));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AppClient)) {
            return false;
        }
        AppClient c = (AppClient) o;
        return clientId.equals(c.clientId) && userPoolId.equals(c.userPoolId) && clientName.equals(c.clientName)
                && Objects.equals(clientSecret, c.clientSecret) && explicitAuthFlows.equals(c.explicitAuthFlows)
                && accessTokenValidity.equals(c.accessTokenValidity) && idTokenValidity.equals(c.idTokenValidity)
                && refreshTokenValidity.equals(c.refreshTokenValidity) && readAttributes.equals(c.readAttributes)
                && writeAttributes.equals(c.writeAttributes)
                && preventUserExistenceErrors == c.preventUserExistenceErrors
                && enableTokenRevocation == c.enableTokenRevocation
                && refreshTokenRotation == c.refreshTokenRotation
                && retryGracePeriodSeconds == c.retryGracePeriodSeconds
                && authSessionValidityMinutes == c.authSessionValidityMinutes && oauth.equals(c.oauth)
                && creationDate.equals(c.creationDate) && lastModifiedDate.equals(c.lastModifiedDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, userPoolId, lastModifiedDate);
    }

    @Override
    public String toString() {
        return "AppClient[" + clientId + ", " + clientName + "]";
    }

    public static final class Builder {
        private String clientId;
        private String userPoolId;
        private String clientName;
        private String clientSecret;
        private List<String> explicitAuthFlows = DEFAULT_AUTH_FLOWS;
        private TokenValidity accessTokenValidity = TokenValidity.DEFAULT_ACCESS;
        private TokenValidity idTokenValidity = TokenValidity.DEFAULT_ID;
        private TokenValidity refreshTokenValidity = TokenValidity.DEFAULT_REFRESH;
        private List<String> readAttributes = List.of();
        private List<String> writeAttributes = List.of();
        private boolean preventUserExistenceErrors = true;
        private boolean enableTokenRevocation = true;
        private int authSessionValidityMinutes = 3;
        private boolean refreshTokenRotation;
        private int retryGracePeriodSeconds;
        private OAuthClientSettings oauth = OAuthClientSettings.NONE;
        private Instant creationDate;
        private Instant lastModifiedDate;

        public Builder(String clientId, String userPoolId, String clientName, Instant creationDate) {
            this.clientId = clientId;
            this.userPoolId = userPoolId;
            this.clientName = clientName;
            this.creationDate = creationDate;
        }

        public Builder(AppClient c) {
            clientId = c.clientId;
            userPoolId = c.userPoolId;
            clientName = c.clientName;
            clientSecret = c.clientSecret;
            explicitAuthFlows = c.explicitAuthFlows;
            accessTokenValidity = c.accessTokenValidity;
            idTokenValidity = c.idTokenValidity;
            refreshTokenValidity = c.refreshTokenValidity;
            readAttributes = c.readAttributes;
            writeAttributes = c.writeAttributes;
            preventUserExistenceErrors = c.preventUserExistenceErrors;
            enableTokenRevocation = c.enableTokenRevocation;
            authSessionValidityMinutes = c.authSessionValidityMinutes;
            refreshTokenRotation = c.refreshTokenRotation;
            retryGracePeriodSeconds = c.retryGracePeriodSeconds;
            oauth = c.oauth;
            creationDate = c.creationDate;
            lastModifiedDate = c.lastModifiedDate;
        }

        public Builder clientName(String v) { clientName = v; return this; }
        public Builder clientSecret(String v) { clientSecret = v; return this; }
        public Builder explicitAuthFlows(List<String> v) { explicitAuthFlows = v; return this; }
        public Builder accessTokenValidity(TokenValidity v) { accessTokenValidity = v; return this; }
        public Builder idTokenValidity(TokenValidity v) { idTokenValidity = v; return this; }
        public Builder refreshTokenValidity(TokenValidity v) { refreshTokenValidity = v; return this; }
        public Builder readAttributes(List<String> v) { readAttributes = v; return this; }
        public Builder writeAttributes(List<String> v) { writeAttributes = v; return this; }
        public Builder preventUserExistenceErrors(boolean v) { preventUserExistenceErrors = v; return this; }
        public Builder enableTokenRevocation(boolean v) { enableTokenRevocation = v; return this; }
        public Builder authSessionValidityMinutes(int v) { authSessionValidityMinutes = v; return this; }
        public Builder refreshTokenRotation(boolean v) { refreshTokenRotation = v; return this; }
        public Builder retryGracePeriodSeconds(int v) { retryGracePeriodSeconds = v; return this; }
        public Builder oauth(OAuthClientSettings v) { oauth = v; return this; }
        public Builder lastModifiedDate(Instant v) { lastModifiedDate = v; return this; }

        public AppClient build() {
            return new AppClient(this);
        }
    }
}
