package dev.stepwise.engine.userpool.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.Group;
import dev.stepwise.engine.userpool.model.SchemaAttribute;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserAttribute;
import dev.stepwise.engine.userpool.model.UserPool;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.Optional;

/** Makes Cognito's ID and access tokens: RS256 with the pool's active key, Cognito's claims. */
public final class TokenIssuer {

    /** What one sign-in shares between its tokens. */
    public record SignIn(Instant authTime, Instant issuedAt, String originJti, String eventId) {
    }

    /** The scope of access tokens from the user-pools API (InitiateAuth and the rest). */
    public static final String USER_ADMIN_SCOPE = "aws.cognito.signin.user.admin";

    private final RSAKey key;
    private final String issuer;
    private final UnaryOperator<JWTClaimsSet> customizer;

    public TokenIssuer(RSAKey key, String issuer) {
        this(key, issuer, UnaryOperator.identity());
    }

    /** @param customizer changes each token's claims before signing (the pre token generation trigger) */
    public TokenIssuer(RSAKey key, String issuer, UnaryOperator<JWTClaimsSet> customizer) {
        this.key = key;
        this.issuer = issuer;
        this.customizer = customizer;
    }

    public String accessToken(AppClient client, User user, SignIn signIn, String jti) {
        return accessToken(client, user, List.of(), signIn, jti);
    }

    /**
     * The access token; a member of groups gets {@code cognito:groups} (by precedence, then name).
     */
    public String accessToken(AppClient client, User user, List<Group> groups, SignIn signIn, String jti) {
        return accessToken(client, user, groups, signIn, jti, USER_ADMIN_SCOPE);
    }

    /** An access token granting {@code scope} (space-separated, as the token endpoint granted it). */
    public String accessToken(AppClient client, User user, List<Group> groups, SignIn signIn, String jti,
            String scope) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(user.sub());
        if (!groups.isEmpty()) {
            claims.claim("cognito:groups", groupNames(groups));
        }
        claims.issuer(issuer)
                .claim("client_id", client.clientId())
                .claim("origin_jti", signIn.originJti())
                .claim("event_id", signIn.eventId())
                .claim("token_use", "access")
                .claim("scope", scope)
                .claim("auth_time", signIn.authTime().getEpochSecond())
                .expirationTime(Date.from(signIn.issuedAt().plus(client.accessTokenValidity().duration())))
                .issueTime(Date.from(signIn.issuedAt()))
                .jwtID(jti)
                .claim("username", user.username());
        return sign(claims.build());
    }

    /**
     * The access token of the client_credentials grant: the client acts for itself, so {@code sub} is the client id
     * and there is no user.
     */
    public String clientCredentialsToken(AppClient client, String scope, java.time.Instant issuedAt, String jti) {
        return sign(new JWTClaimsSet.Builder().subject(client.clientId())
                .issuer(issuer)
                .claim("client_id", client.clientId())
                .claim("token_use", "access")
                .claim("scope", scope)
                .claim("auth_time", issuedAt.getEpochSecond())
                .expirationTime(Date.from(issuedAt.plus(client.accessTokenValidity().duration())))
                .issueTime(Date.from(issuedAt))
                .jwtID(jti)
                .claim("version", 2)
                .build());
    }

    private static List<String> groupNames(List<Group> groups) {
        return groups.stream().sorted(Group.BY_PRECEDENCE).map(Group::groupName).toList();
    }

    /**
     * The role a member of these groups assumes by default: the role of the group with the highest precedence
     * (lowest number) among groups with a role; none when two such groups share that precedence.
     */
    static Optional<String> preferredRole(List<Group> groups) {
        List<Group> withRole = groups.stream().filter(g -> g.roleArn() != null).sorted(Group.BY_PRECEDENCE).toList();
        if (withRole.isEmpty()) {
            return Optional.empty();
        }
        Group first = withRole.get(0);
        if (withRole.size() > 1 && java.util.Objects.equals(withRole.get(1).precedence(), first.precedence())) {
            return Optional.empty();
        }
        return Optional.of(first.roleArn());
    }

    public String idToken(UserPool pool, AppClient client, User user, SignIn signIn, String jti) {
        return idToken(pool, client, user, List.of(), signIn, jti);
    }

    /**
     * The ID token; a member of groups gets {@code cognito:groups}, and, where groups have IAM roles,
     * {@code cognito:roles} and {@code cognito:preferred_role}.
     */
    public String idToken(UserPool pool, AppClient client, User user, List<Group> groups, SignIn signIn,
            String jti) {
        return idToken(pool, client, user, groups, signIn, jti, null);
    }

    /** The ID token; {@code nonce} (from the authorize request, or null) is echoed as OpenID Connect asks. */
    public String idToken(UserPool pool, AppClient client, User user, List<Group> groups, SignIn signIn,
            String jti, String nonce) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(user.sub());
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        if (!groups.isEmpty()) {
            claims.claim("cognito:groups", groupNames(groups));
            List<String> roles = groups.stream().sorted(Group.BY_PRECEDENCE).map(Group::roleArn)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            if (!roles.isEmpty()) {
                claims.claim("cognito:roles", roles);
            }
            preferredRole(groups).ifPresent(r -> claims.claim("cognito:preferred_role", r));
        }
        for (UserAttribute a : user.attributes()) {
            if (!client.readAttributes().isEmpty() && !client.readAttributes().contains(a.name())) {
                continue;
            }
            String type = pool.schemaAttribute(a.name()).map(SchemaAttribute::attributeDataType).orElse("String");
            if (type.equals("Boolean") && !a.name().startsWith("custom:")) {
                claims.claim(a.name(), Boolean.parseBoolean(a.value()));
            } else {
                claims.claim(a.name(), a.value());
            }
        }
        claims.issuer(issuer)
                .claim("cognito:username", user.username())
                .claim("origin_jti", signIn.originJti())
                .audience(client.clientId())
                .claim("event_id", signIn.eventId())
                .claim("token_use", "id")
                .claim("auth_time", signIn.authTime().getEpochSecond())
                .expirationTime(Date.from(signIn.issuedAt().plus(client.idTokenValidity().duration())))
                .issueTime(Date.from(signIn.issuedAt()))
                .jwtID(jti);
        return sign(claims.build());
    }

    private String sign(JWTClaimsSet issued) {
        JWTClaimsSet claims = customizer.apply(issued);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token with key " + key.getKeyID(), e);
        }
        return jwt.serialize();
    }
}
