package dev.stepwise.engine.userpool.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code AuthFlow} of InitiateAuth/AdminInitiateAuth, with the {@code ExplicitAuthFlows} values of an app client
 * that allow it. Extensible constants, like Nimbus' {@code JWSAlgorithm}.
 */
public final class AuthFlow {

    private static final Map<String, AuthFlow> KNOWN = new LinkedHashMap<>();

    public static final AuthFlow USER_PASSWORD_AUTH =
            known("USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH");
    public static final AuthFlow ADMIN_USER_PASSWORD_AUTH =
            known("ADMIN_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH");
    /** The legacy name of ADMIN_USER_PASSWORD_AUTH. */
    public static final AuthFlow ADMIN_NO_SRP_AUTH =
            known("ADMIN_NO_SRP_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH");
    public static final AuthFlow REFRESH_TOKEN_AUTH = known("REFRESH_TOKEN_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", null);
    public static final AuthFlow REFRESH_TOKEN = known("REFRESH_TOKEN", "ALLOW_REFRESH_TOKEN_AUTH", null);
    public static final AuthFlow USER_SRP_AUTH = known("USER_SRP_AUTH", "ALLOW_USER_SRP_AUTH", null);
    public static final AuthFlow CUSTOM_AUTH = known("CUSTOM_AUTH", "ALLOW_CUSTOM_AUTH", null);
    public static final AuthFlow USER_AUTH = known("USER_AUTH", "ALLOW_USER_AUTH", null);

    private final String name;
    private final String allowValue;
    private final String legacyValue;

    private AuthFlow(String name, String allowValue, String legacyValue) {
        this.name = name;
        this.allowValue = allowValue;
        this.legacyValue = legacyValue;
    }

    private static AuthFlow known(String name, String allowValue, String legacyValue) {
        AuthFlow flow = new AuthFlow(name, allowValue, legacyValue);
        KNOWN.put(name, flow);
        return flow;
    }

    /** The flow with this name, if Cognito knows it. */
    public static Optional<AuthFlow> of(String name) {
        return Optional.ofNullable(KNOWN.get(name));
    }

    public static Map<String, AuthFlow> known() {
        return Collections.unmodifiableMap(KNOWN);
    }

    public String name() {
        return name;
    }

    /** The {@code ALLOW_*} value of {@code ExplicitAuthFlows} that allows this flow. */
    public String allowValue() {
        return allowValue;
    }

    /** The legacy {@code ExplicitAuthFlows} value that allows it too, if any. */
    public Optional<String> legacyValue() {
        return Optional.ofNullable(legacyValue);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthFlow other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
