package dev.stepwise.engine.userpool.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A pool's {@code LambdaConfig}: the Lambda function ARN of each trigger, by its AWS member name
 * ({@code PreSignUp}, ...), and the event version of the pre token generation trigger. Immutable.
 *
 * @param functions                  trigger member name to function ARN, kept in {@link #TRIGGERS} order
 * @param preTokenGenerationVersion  {@code V1_0}, {@code V2_0} or {@code V3_0}; null when the pool set only the
 *                                   legacy {@code PreTokenGeneration} member (version 1)
 */
public record LambdaConfig(Map<String, String> functions, String preTokenGenerationVersion) {

    public static final String PRE_SIGN_UP = "PreSignUp";
    public static final String CUSTOM_MESSAGE = "CustomMessage";
    public static final String POST_CONFIRMATION = "PostConfirmation";
    public static final String PRE_AUTHENTICATION = "PreAuthentication";
    public static final String POST_AUTHENTICATION = "PostAuthentication";
    public static final String DEFINE_AUTH_CHALLENGE = "DefineAuthChallenge";
    public static final String CREATE_AUTH_CHALLENGE = "CreateAuthChallenge";
    public static final String VERIFY_AUTH_CHALLENGE_RESPONSE = "VerifyAuthChallengeResponse";
    public static final String PRE_TOKEN_GENERATION = "PreTokenGeneration";
    public static final String USER_MIGRATION = "UserMigration";

    /** The trigger members in the order DescribeUserPool lists them. */
    public static final List<String> TRIGGERS = List.of(PRE_SIGN_UP, CUSTOM_MESSAGE, POST_CONFIRMATION,
            PRE_AUTHENTICATION, POST_AUTHENTICATION, DEFINE_AUTH_CHALLENGE, CREATE_AUTH_CHALLENGE,
            VERIFY_AUTH_CHALLENGE_RESPONSE, PRE_TOKEN_GENERATION, USER_MIGRATION);

    public static final List<String> PRE_TOKEN_GENERATION_VERSIONS = List.of("V1_0", "V2_0", "V3_0");

    public static final LambdaConfig NONE = new LambdaConfig(Map.of(), null);

    public LambdaConfig {
        Objects.requireNonNull(functions, "functions");
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String trigger : TRIGGERS) {
            if (functions.containsKey(trigger)) {
                ordered.put(trigger, Objects.requireNonNull(functions.get(trigger), trigger));
            }
        }
        if (ordered.size() != functions.size()) {
            throw new IllegalArgumentException("unknown triggers in " + functions.keySet());
        }
        if (preTokenGenerationVersion != null && !PRE_TOKEN_GENERATION_VERSIONS.contains(preTokenGenerationVersion)) {
            throw new IllegalArgumentException("unknown pre token generation version " + preTokenGenerationVersion);
        }
        functions = Collections.unmodifiableMap(ordered);
    }

    /** The function ARN of a trigger ({@link #PRE_SIGN_UP}, ...), if the pool sets one. */
    public Optional<String> function(String trigger) {
        return Optional.ofNullable(functions.get(trigger));
    }

    /** The pre token generation event version, {@code V1_0} unless the pool chose another. */
    public String effectivePreTokenGenerationVersion() {
        return preTokenGenerationVersion != null ? preTokenGenerationVersion : "V1_0";
    }
}
