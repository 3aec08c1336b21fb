package dev.stepwise.engine.userpool;

import static dev.stepwise.engine.userpool.Wire.checkLength;
import static dev.stepwise.engine.userpool.Wire.checkRange;
import static dev.stepwise.engine.userpool.Wire.optional;
import static dev.stepwise.engine.userpool.Wire.optionalBoolean;
import static dev.stepwise.engine.userpool.Wire.optionalLong;
import static dev.stepwise.engine.userpool.Wire.optionalObject;
import static dev.stepwise.engine.userpool.Wire.optionalStrings;
import static dev.stepwise.engine.userpool.Wire.required;
import static dev.stepwise.engine.userpool.Wire.strings;
import static dev.stepwise.engine.userpool.Wire.timestamp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.MfaConfiguration;
import dev.stepwise.engine.userpool.trigger.LambdaConfigWire;
import dev.stepwise.engine.userpool.model.PasswordPolicy;
import dev.stepwise.engine.userpool.model.SchemaAttribute;
import dev.stepwise.engine.userpool.model.TokenValidity;
import dev.stepwise.engine.userpool.model.UserPool;
import dev.stepwise.engine.userpool.model.UserPoolTier;
import dev.stepwise.engine.userpool.model.AdvancedSecurityMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** CreateUserPool ... DeleteUserPoolClient: pool and app-client configuration. */
final class PoolOperations {

    private static final Pattern POOL_NAME = Pattern.compile("[\\w\\s+=,.@-]+");
    private static final Pattern CLIENT_NAME = Pattern.compile("[\\w\\s+=,.@-]+");
    private static final Set<String> AUTH_FLOWS = Set.of("ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY",
            "USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH",
            "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH");
    private static final Set<String> VERIFIABLE = Set.of("email", "phone_number");

    private final Context ctx;

    PoolOperations(Context ctx) {
        this.ctx = ctx;
    }

    // ---------------------------------------------------------------- user pools

    ObjectNode createUserPool(JsonNode request) {
        String name = required(request, "PoolName");
        checkPoolName(name);
        String id = ctx.region + "_" + ctx.randomString(9, Context.ALNUM);
        UserPool.Builder pool = new UserPool.Builder(id, name, ctx.now());
        applySettings(pool, request);
        List<String> usernameAttributes = optionalStrings(request, "UsernameAttributes").orElse(List.of());
        List<String> aliasAttributes = optionalStrings(request, "AliasAttributes").orElse(List.of());
        for (String a : usernameAttributes) {
            if (!VERIFIABLE.contains(a)) {
                throw UserPoolException.invalidParameter("1 validation error detected: Value '" + usernameAttributes
                        + "' at 'usernameAttributes' failed to satisfy constraint: Member must satisfy constraint: "
                        + "[Member must satisfy enum value set: [phone_number, email]]");
            }
        }
        for (String a : aliasAttributes) {
            if (!VERIFIABLE.contains(a) && !a.equals("preferred_username")) {
                throw UserPoolException.invalidParameter("1 validation error detected: Value '" + aliasAttributes
                        + "' at 'aliasAttributes' failed to satisfy constraint: Member must satisfy constraint: "
                        + "[Member must satisfy enum value set: [phone_number, email, preferred_username]]");
            }
        }
        if (!usernameAttributes.isEmpty() && !aliasAttributes.isEmpty()) {
            throw UserPoolException.invalidParameter(
                    "Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
        }
        pool.usernameAttributes(usernameAttributes).aliasAttributes(aliasAttributes);
        pool.usernameCaseSensitive(optionalObject(request, "UsernameConfiguration").path("CaseSensitive")
                .asBoolean(true));
        pool.schemaAttributes(schema(request.get("Schema")));
        UserPool built = pool.build();
        ctx.store.write(tx -> {
            tx.insertPool(built);
            return null;
        });
        ObjectNode response = Wire.object();
        response.set("UserPool", poolShape(built, 0));
        return response;
    }

    private static void checkPoolName(String name) {
        checkLength("PoolName", name, 1, 128);
        if (!POOL_NAME.matcher(name).matches()) {
            throw UserPoolException.invalidParameter("1 validation error detected: Value '" + name
                    + "' at 'poolName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "[\\w\\s+=,.@-]+");
        }
    }

    /**
     * The settings that CreateUserPool and UpdateUserPool share. As in AWS, UpdateUserPool sets every setting it is
     * given and returns every other one to its default.
     */
    private static void applySettings(UserPool.Builder pool, JsonNode request) {
        JsonNode policy = optionalObject(request, "Policies").path("PasswordPolicy");
        PasswordPolicy d = PasswordPolicy.DEFAULT;
        int minimumLength = policy.path("MinimumLength").asInt(d.minimumLength());
        checkRange("Policies.PasswordPolicy.MinimumLength", minimumLength, 6, 99);
        int validityDays = policy.path("TemporaryPasswordValidityDays").asInt(d.temporaryPasswordValidityDays());
        checkRange("Policies.PasswordPolicy.TemporaryPasswordValidityDays", validityDays, 0, 365);
        pool.passwordPolicy(new PasswordPolicy(minimumLength,
                policy.path("RequireUppercase").asBoolean(d.requireUppercase()),
                policy.path("RequireLowercase").asBoolean(d.requireLowercase()),
                policy.path("RequireNumbers").asBoolean(d.requireNumbers()),
                policy.path("RequireSymbols").asBoolean(d.requireSymbols()), validityDays));
        List<String> autoVerified = optionalStrings(request, "AutoVerifiedAttributes").orElse(List.of());
        for (String a : autoVerified) {
            if (!VERIFIABLE.contains(a)) {
                throw UserPoolException.invalidParameter("1 validation error detected: Value '" + autoVerified
                        + "' at 'autoVerifiedAttributes' failed to satisfy constraint: Member must satisfy constraint: "
                        + "[Member must satisfy enum value set: [phone_number, email]]");
            }
        }
        pool.autoVerifiedAttributes(autoVerified);
        pool.mfaConfiguration(enumValue(MfaConfiguration.class, "MfaConfiguration",
                optional(request, "MfaConfiguration").orElse("OFF")));
        String protection = optional(request, "DeletionProtection").orElse("INACTIVE");
        if (!protection.equals("ACTIVE") && !protection.equals("INACTIVE")) {
            throw enumError("DeletionProtection", protection, List.of("ACTIVE", "INACTIVE"));
        }
        pool.deletionProtection(protection.equals("ACTIVE"));
        pool.tier(enumValue(UserPoolTier.class, "UserPoolTier", optional(request, "UserPoolTier").orElse("ESSENTIALS")));
        JsonNode admin = optionalObject(request, "AdminCreateUserConfig");
        pool.allowAdminCreateUserOnly(admin.path("AllowAdminCreateUserOnly").asBoolean(false));
        JsonNode invite = admin.path("InviteMessageTemplate");
        pool.inviteEmailSubject(invite.path("EmailSubject").asText(UserPool.DEFAULT_INVITE_SUBJECT));
        pool.inviteEmailMessage(invite.path("EmailMessage").asText(UserPool.DEFAULT_INVITE_MESSAGE));
        pool.inviteSmsMessage(invite.path("SMSMessage").asText(UserPool.DEFAULT_INVITE_MESSAGE));
        JsonNode template = optionalObject(request, "VerificationMessageTemplate");
        pool.emailVerificationSubject(template.path("EmailSubject").asText(
                request.path("EmailVerificationSubject").asText(UserPool.DEFAULT_EMAIL_VERIFICATION_SUBJECT)));
        pool.emailVerificationMessage(template.path("EmailMessage").asText(
                request.path("EmailVerificationMessage").asText(UserPool.DEFAULT_VERIFICATION_MESSAGE)));
        pool.smsVerificationMessage(template.path("SmsMessage").asText(
                request.path("SmsVerificationMessage").asText(UserPool.DEFAULT_VERIFICATION_MESSAGE)));
        pool.lambdaConfig(LambdaConfigWire.parse(request.get("LambdaConfig"))); // triggers
        applySignInSettings(pool, request);
    }

    static final List<String> FIRST_AUTH_FACTORS = List.of("PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN");

    /**
     * Choice-based sign-in's first factors and threat protection, with the feature plan each needs: passwordless
     * factors need ESSENTIALS or PLUS, threat protection needs PLUS.
     */
    private static void applySignInSettings(UserPool.Builder pool, JsonNode request) {
        UserPool draft = pool.build();
        List<String> factors = new ArrayList<>();
        JsonNode requested = optionalObject(request, "Policies").path("SignInPolicy").path("AllowedFirstAuthFactors");
        if (requested.isArray() && !requested.isEmpty()) {
            for (JsonNode f : requested) {
                if (!FIRST_AUTH_FACTORS.contains(f.asText())) {
                    throw UserPoolException.invalidParameter("1 validation error detected: Value '" + requested
                            + "' at 'policies.signInPolicy.allowedFirstAuthFactors' failed to satisfy constraint: "
                            + "Member must satisfy constraint: [Member must satisfy enum value set: "
                            + FIRST_AUTH_FACTORS + "]");
                }
                if (!factors.contains(f.asText())) {
                    factors.add(f.asText());
                }
            }
        } else {
            factors.add("PASSWORD");
        }
        if (draft.tier() == UserPoolTier.LITE && !factors.equals(List.of("PASSWORD"))) {
            throw tierError(draft.tier(), "Passwordless sign-in");
        }
        pool.allowedFirstAuthFactors(factors);
        AdvancedSecurityMode mode = enumValue(AdvancedSecurityMode.class, "UserPoolAddOns.AdvancedSecurityMode",
                optionalObject(request, "UserPoolAddOns").path("AdvancedSecurityMode").asText("OFF"));
        if (mode != AdvancedSecurityMode.OFF && draft.tier() != UserPoolTier.PLUS) {
            throw tierError(draft.tier(), "Threat Protection");
        }
        pool.advancedSecurityMode(mode);
    }

    private static UserPoolException tierError(UserPoolTier tier, String feature) {
        return new UserPoolException(UserPoolErrorCode.FEATURE_UNAVAILABLE_IN_TIER,
                "The following features need to be disabled for the " + tier + " pricing tier configured: " + feature);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String member, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            throw enumError(member, value, names);
        }
    }

    private static UserPoolException enumError(String member, String value, List<String> allowed) {
        return UserPoolException.invalidParameter("1 validation error detected: Value '" + value + "' at '"
                + Wire.camel(member) + "' failed to satisfy constraint: Member must satisfy enum value set: "
                + allowed);
    }

    /** The standard attributes, as changed by the request, followed by its custom attributes. */
    private static List<SchemaAttribute> schema(JsonNode requested) {
        List<SchemaAttribute> schema = new ArrayList<>(SchemaAttribute.STANDARD);
        if (requested == null || requested.isNull()) {
            return schema;
        }
        if (!requested.isArray()) {
            throw UserPoolException.invalidParameter("Member Schema must be a list of SchemaAttributeType");
        }
        for (JsonNode a : requested) {
            String name = a.path("Name").asText("");
            if (name.isEmpty()) {
                throw UserPoolException.invalidParameter("1 validation error detected: Value null at "
                        + "'schema.member.name' failed to satisfy constraint: Member must not be null");
            }
            int standard = indexOf(schema, name);
            if (standard >= 0 && SchemaAttribute.isStandard(name)) {
                SchemaAttribute s = schema.get(standard);
                schema.set(standard, new SchemaAttribute(s.name(), s.attributeDataType(), s.developerOnly(),
                        a.path("Mutable").asBoolean(s.mutable()), a.path("Required").asBoolean(s.required()),
                        s.minLength(), s.maxLength(), s.minValue(), s.maxValue()));
                continue;
            }
            String customName = name.startsWith("custom:") ? name : "custom:" + name;
            if (indexOf(schema, customName) >= 0) {
                throw UserPoolException.invalidParameter("Existing attribute already has name " + customName + ".");
            }
            if (a.path("Required").asBoolean(false)) {
                throw UserPoolException.invalidParameter("Required custom attributes are not supported currently.");
            }
            String type = a.path("AttributeDataType").asText("String");
            if (!SchemaAttribute.DATA_TYPES.contains(type)) {
                throw enumError("AttributeDataType", type, SchemaAttribute.DATA_TYPES);
            }
            JsonNode strings = a.path("StringAttributeConstraints");
            JsonNode numbers = a.path("NumberAttributeConstraints");
            boolean isString = type.equals("String");
            boolean isNumber = type.equals("Number");
            schema.add(new SchemaAttribute(customName, type, a.path("DeveloperOnlyAttribute").asBoolean(false),
                    a.path("Mutable").asBoolean(true), false,
                    isString ? longOr(strings.path("MinLength"), 0L) : null,
                    isString ? longOr(strings.path("MaxLength"), 2048L) : null,
                    isNumber ? longOr(numbers.path("MinValue"), null) : null,
                    isNumber ? longOr(numbers.path("MaxValue"), null) : null));
        }
        return schema;
    }

    private static Long longOr(JsonNode node, Long fallback) {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        try {
            return Long.parseLong(node.asText());
        } catch (NumberFormatException e) {
            throw UserPoolException.invalidParameter("Attribute constraint is not a number: " + node.asText());
        }
    }

    private static int indexOf(List<SchemaAttribute> schema, String name) {
        for (int i = 0; i < schema.size(); i++) {
            if (schema.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    ObjectNode describeUserPool(JsonNode request) {
        String id = required(request, "UserPoolId");
        return ctx.store.read(q -> {
            UserPool pool = Context.requirePool(q, id);
            ObjectNode response = Wire.object();
            response.set("UserPool", poolShape(pool, q.countUsers(id)));
            return response;
        });
    }

    ObjectNode listUserPools(JsonNode request) {
        long max = optionalLong(request, "MaxResults").orElseThrow(() -> UserPoolException.invalidParameter(
                "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: "
                        + "Member must not be null"));
        checkRange("MaxResults", max, 1, 60);
        String after = decodeToken(optional(request, "NextToken"), "pool:");
        List<UserPool> pools = ctx.store.read(q -> q.listPools());
        ObjectNode response = Wire.object();
        ArrayNode items = response.putArray("UserPools");
        int start = startAfter(pools.stream().map(UserPool::id).toList(), after);
        int end = (int) Math.min(pools.size(), start + max);
        for (UserPool p : pools.subList(start, end)) {
            ObjectNode item = items.addObject();
            item.put("Id", p.id());
            item.put("Name", p.name());
            item.set("LambdaConfig", LambdaConfigWire.shape(p.lambdaConfig())); // triggers
            item.put("LastModifiedDate", timestamp(p.lastModifiedDate()));
            item.put("CreationDate", timestamp(p.creationDate()));
        }
        if (end < pools.size()) {
            response.put("NextToken", encodeToken("pool:", pools.get(end - 1).id()));
        }
        return response;
    }

    static String encodeToken(String prefix, String lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((prefix + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /** The id a pagination token continues after, or null for the first page. */
    static String decodeToken(java.util.Optional<String> token, String prefix) {
        if (token.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token.get()), StandardCharsets.UTF_8);
            if (decoded.startsWith(prefix)) {
                return decoded.substring(prefix.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw UserPoolException.invalidParameter("Invalid pagination token.");
    }

    /** Where a page starts: just after {@code after} in {@code ids}, or at the first id that sorts after it. */
    static int startAfter(List<String> ids, String after) {
        if (after == null) {
            return 0;
        }
        int index = ids.indexOf(after);
        return index >= 0 ? index + 1 : ids.size();
    }

    ObjectNode updateUserPool(JsonNode request) {
        String id = required(request, "UserPoolId");
        return ctx.store.write(tx -> {
            UserPool existing = Context.requirePool(tx, id);
            UserPool.Builder pool = new UserPool.Builder(existing);
            applySettings(pool, request);
            pool.lastModifiedDate(ctx.now());
            tx.updatePool(pool.build());
            return Wire.object();
        });
    }

    ObjectNode deleteUserPool(JsonNode request) {
        String id = required(request, "UserPoolId");
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, id);
            if (pool.deletionProtection()) {
                throw UserPoolException.invalidParameter("The user pool cannot be deleted because deletion "
                        + "protection is activated. Deletion protection must be inactivated first.");
            }
            tx.deletePool(id);
            return Wire.object();
        });
    }

    ObjectNode poolShape(UserPool p, long estimatedUsers) {
        ObjectNode n = Wire.object();
        n.put("Id", p.id());
        n.put("Name", p.name());
        PasswordPolicy pp = p.passwordPolicy();
        ObjectNode policy = n.putObject("Policies").putObject("PasswordPolicy");
        policy.put("MinimumLength", pp.minimumLength());
        policy.put("RequireUppercase", pp.requireUppercase());
        policy.put("RequireLowercase", pp.requireLowercase());
        policy.put("RequireNumbers", pp.requireNumbers());
        policy.put("RequireSymbols", pp.requireSymbols());
        policy.put("TemporaryPasswordValidityDays", pp.temporaryPasswordValidityDays());
        ((ObjectNode) n.get("Policies")).putObject("SignInPolicy")
                .set("AllowedFirstAuthFactors", strings(p.allowedFirstAuthFactors()));
        if (p.advancedSecurityMode() != AdvancedSecurityMode.OFF) {
            n.putObject("UserPoolAddOns").put("AdvancedSecurityMode", p.advancedSecurityMode().name());
        }
        n.put("DeletionProtection", p.deletionProtection() ? "ACTIVE" : "INACTIVE");
        n.set("LambdaConfig", LambdaConfigWire.shape(p.lambdaConfig())); // triggers
        n.put("LastModifiedDate", timestamp(p.lastModifiedDate()));
        n.put("CreationDate", timestamp(p.creationDate()));
        ArrayNode schema = n.putArray("SchemaAttributes");
        for (SchemaAttribute a : p.schemaAttributes()) {
            ObjectNode s = schema.addObject();
            s.put("Name", a.name());
            s.put("AttributeDataType", a.attributeDataType());
            s.put("DeveloperOnlyAttribute", a.developerOnly());
            s.put("Mutable", a.mutable());
            s.put("Required", a.required());
            if (a.minLength() != null || a.maxLength() != null) {
                ObjectNode c = s.putObject("StringAttributeConstraints");
                if (a.minLength() != null) {
                    c.put("MinLength", a.minLength().toString());
                }
                if (a.maxLength() != null) {
                    c.put("MaxLength", a.maxLength().toString());
                }
            }
            if (a.minValue() != null || a.maxValue() != null) {
                ObjectNode c = s.putObject("NumberAttributeConstraints");
                if (a.minValue() != null) {
                    c.put("MinValue", a.minValue().toString());
                }
                if (a.maxValue() != null) {
                    c.put("MaxValue", a.maxValue().toString());
                }
            }
        }
        if (!p.autoVerifiedAttributes().isEmpty()) {
            n.set("AutoVerifiedAttributes", strings(p.autoVerifiedAttributes()));
        }
        if (!p.usernameAttributes().isEmpty()) {
            n.set("UsernameAttributes", strings(p.usernameAttributes()));
        }
        if (!p.aliasAttributes().isEmpty()) {
            n.set("AliasAttributes", strings(p.aliasAttributes()));
        }
        n.put("SmsVerificationMessage", p.smsVerificationMessage());
        n.put("EmailVerificationMessage", p.emailVerificationMessage());
        n.put("EmailVerificationSubject", p.emailVerificationSubject());
        ObjectNode template = n.putObject("VerificationMessageTemplate");
        template.put("SmsMessage", p.smsVerificationMessage());
        template.put("EmailMessage", p.emailVerificationMessage());
        template.put("EmailSubject", p.emailVerificationSubject());
        template.put("DefaultEmailOption", "CONFIRM_WITH_CODE");
        n.putObject("UserAttributeUpdateSettings").putArray("AttributesRequireVerificationBeforeUpdate");
        n.put("MfaConfiguration", p.mfaConfiguration().name());
        n.put("EstimatedNumberOfUsers", estimatedUsers);
        n.putObject("EmailConfiguration").put("EmailSendingAccount", "COGNITO_DEFAULT");
        ObjectNode admin = n.putObject("AdminCreateUserConfig");
        admin.put("AllowAdminCreateUserOnly", p.allowAdminCreateUserOnly());
        admin.put("UnusedAccountValidityDays", pp.temporaryPasswordValidityDays());
        ObjectNode invite = admin.putObject("InviteMessageTemplate");
        invite.put("SMSMessage", p.inviteSmsMessage());
        invite.put("EmailMessage", p.inviteEmailMessage());
        invite.put("EmailSubject", p.inviteEmailSubject());
        n.putObject("UsernameConfiguration").put("CaseSensitive", p.usernameCaseSensitive());
        n.put("Arn", ctx.poolArn(p.id()));
        n.put("UserPoolTier", p.tier().name());
        return n;
    }

    // ---------------------------------------------------------------- app clients

    ObjectNode createUserPoolClient(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String name = required(request, "ClientName");
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, poolId);
            AppClient.Builder builder = new AppClient.Builder(ctx.randomString(26, Context.LOWER_ALNUM), poolId, name,
                    ctx.now());
            applyClientSettings(builder, pool, request);
            boolean secret = optionalBoolean(request, "GenerateSecret").orElse(false);
            builder.clientSecret(secret ? ctx.randomString(52, Context.LOWER_ALNUM) : null);
            builder.oauth(OAuthClientConfig.read(tx, poolId, request, secret)); // oauth
            AppClient client = builder.build();
            tx.insertClient(client);
            ObjectNode response = Wire.object();
            response.set("UserPoolClient", clientShape(client));
            return response;
        });
    }

    /**
     * UpdateUserPoolClient: like UpdateUserPool, every setting not in the request returns to its default. The id,
     * secret and creation date stay.
     */
    ObjectNode updateUserPoolClient(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String clientId = required(request, "ClientId");
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, poolId);
            AppClient existing = Context.requireClient(tx, poolId, clientId);
            AppClient.Builder builder = new AppClient.Builder(clientId, poolId,
                    optional(request, "ClientName").orElse(existing.clientName()), existing.creationDate())
                    .clientSecret(existing.clientSecret().orElse(null));
            applyClientSettings(builder, pool, request);
            builder.oauth(OAuthClientConfig.read(tx, poolId, request, existing.clientSecret().isPresent())); // oauth
            AppClient client = builder.lastModifiedDate(ctx.now()).build();
            tx.updateClient(client);
            ObjectNode response = Wire.object();
            response.set("UserPoolClient", clientShape(client));
            return response;
        });
    }

    private static void applyClientSettings(AppClient.Builder client, UserPool pool, JsonNode request) {
        String name = optional(request, "ClientName").orElse(null);
        if (name != null) {
            checkLength("ClientName", name, 1, 128);
            if (!CLIENT_NAME.matcher(name).matches()) {
                throw UserPoolException.invalidParameter("1 validation error detected: Value '" + name
                        + "' at 'clientName' failed to satisfy constraint: Member must satisfy regular expression "
                        + "pattern: [\\w\\s+=,.@-]+");
            }
        }
        List<String> flows = optionalStrings(request, "ExplicitAuthFlows").orElse(AppClient.DEFAULT_AUTH_FLOWS);
        for (String flow : flows) {
            if (!AUTH_FLOWS.contains(flow)) {
                throw UserPoolException.invalidParameter("1 validation error detected: Value '" + flows
                        + "' at 'explicitAuthFlows' failed to satisfy constraint: Member must satisfy constraint: "
                        + "[Member must satisfy enum value set: " + AUTH_FLOWS.stream().sorted().toList() + "]");
            }
        }
        boolean legacy = flows.stream().anyMatch(f -> !f.startsWith("ALLOW_"));
        boolean modern = flows.stream().anyMatch(f -> f.startsWith("ALLOW_"));
        if (legacy && modern) {
            throw UserPoolException.invalidParameter(
                    "The combination of ExplicitAuthFlows values is not valid: legacy values and ALLOW_ values "
                            + "cannot be mixed.");
        }
        JsonNode units = optionalObject(request, "TokenValidityUnits");
        TokenValidity access = validity(request, units, "AccessToken", ChronoUnit.HOURS,
                TokenValidity.DEFAULT_ACCESS, Duration.ofMinutes(5), Duration.ofDays(1));
        TokenValidity id = validity(request, units, "IdToken", ChronoUnit.HOURS,
                TokenValidity.DEFAULT_ID, Duration.ofMinutes(5), Duration.ofDays(1));
        TokenValidity refresh = validity(request, units, "RefreshToken", ChronoUnit.DAYS,
                TokenValidity.DEFAULT_REFRESH, Duration.ofMinutes(60), Duration.ofDays(3650));
        String prevent = optional(request, "PreventUserExistenceErrors").orElse("LEGACY");
        if (!prevent.equals("ENABLED") && !prevent.equals("LEGACY")) {
            throw enumError("PreventUserExistenceErrors", prevent, List.of("LEGACY", "ENABLED"));
        }
        long sessionMinutes = optionalLong(request, "AuthSessionValidity").orElse(3L);
        checkRange("AuthSessionValidity", sessionMinutes, 3, 15);
        List<String> read = optionalStrings(request, "ReadAttributes").orElse(List.of());
        List<String> write = optionalStrings(request, "WriteAttributes").orElse(List.of());
        for (String attribute : read) {
            if (pool.schemaAttribute(attribute).isEmpty()) {
                throw UserPoolException.invalidParameter("Invalid read attributes specified while creating a client");
            }
        }
        for (String attribute : write) {
            if (pool.schemaAttribute(attribute).isEmpty()) {
                throw UserPoolException.invalidParameter("Invalid write attributes specified while creating a "
                        + "client");
            }
        }
        JsonNode rotation = optionalObject(request, "RefreshTokenRotation");
        String feature = optional(rotation, "Feature").orElse("DISABLED");
        if (!feature.equals("ENABLED") && !feature.equals("DISABLED")) {
            throw enumError("RefreshTokenRotation.Feature", feature, List.of("ENABLED", "DISABLED"));
        }
        long grace = optionalLong(rotation, "RetryGracePeriodSeconds").orElse(0L);
        checkRange("RetryGracePeriodSeconds", grace, 0, 60);
        client.refreshTokenRotation(feature.equals("ENABLED")).retryGracePeriodSeconds((int) grace);
        client.explicitAuthFlows(flows)
                .accessTokenValidity(access)
                .idTokenValidity(id)
                .refreshTokenValidity(refresh)
                .readAttributes(read)
                .writeAttributes(write)
                .preventUserExistenceErrors(prevent.equals("ENABLED"))
                .enableTokenRevocation(optionalBoolean(request, "EnableTokenRevocation").orElse(true))
                .authSessionValidityMinutes((int) sessionMinutes);
    }

    private static TokenValidity validity(JsonNode request, JsonNode units, String kind, ChronoUnit defaultUnit,
            TokenValidity fallback, Duration min, Duration max) {
        var amount = optionalLong(request, kind + "Validity");
        if (amount.isEmpty()) {
            return fallback;
        }
        ChronoUnit unit = defaultUnit;
        JsonNode unitNode = units.get(kind);
        if (unitNode != null && !unitNode.isNull()) {
            try {
                unit = TokenValidity.parseUnit(unitNode.asText());
            } catch (IllegalArgumentException e) {
                throw enumError("TokenValidityUnits." + kind, unitNode.asText(),
                        List.of("seconds", "minutes", "hours", "days"));
            }
        }
        if (amount.get() <= 0) {
            throw UserPoolException.invalidParameter(kind + "Validity must be positive.");
        }
        TokenValidity validity = new TokenValidity(amount.get(), unit);
        Duration d = validity.duration();
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw UserPoolException.invalidParameter(kind + " validity must be between " + describe(min) + " and "
                    + describe(max) + ".");
        }
        return validity;
    }

    private static String describe(Duration d) {
        if (d.toDays() > 0 && d.toHours() % 24 == 0) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        return d.toMinutes() + " minutes";
    }

    ObjectNode describeUserPoolClient(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String clientId = required(request, "ClientId");
        return ctx.store.read(q -> {
            Context.requirePool(q, poolId);
            ObjectNode response = Wire.object();
            response.set("UserPoolClient", clientShape(Context.requireClient(q, poolId, clientId)));
            return response;
        });
    }

    ObjectNode listUserPoolClients(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        long max = optionalLong(request, "MaxResults").orElse(60L);
        checkRange("MaxResults", max, 1, 60);
        String after = decodeToken(optional(request, "NextToken"), "client:");
        List<AppClient> clients = ctx.store.read(q -> {
            Context.requirePool(q, poolId);
            return q.listClients(poolId);
        });
        int start = startAfter(clients.stream().map(AppClient::clientId).toList(), after);
        int end = (int) Math.min(clients.size(), start + max);
        ObjectNode response = Wire.object();
        ArrayNode items = response.putArray("UserPoolClients");
        for (AppClient c : clients.subList(start, end)) {
            ObjectNode item = items.addObject();
            item.put("ClientId", c.clientId());
            item.put("UserPoolId", c.userPoolId());
            item.put("ClientName", c.clientName());
        }
        if (end < clients.size()) {
            response.put("NextToken", encodeToken("client:", clients.get(end - 1).clientId()));
        }
        return response;
    }

    ObjectNode deleteUserPoolClient(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String clientId = required(request, "ClientId");
        return ctx.store.write(tx -> {
            Context.requirePool(tx, poolId);
            Context.requireClient(tx, poolId, clientId);
            tx.deleteClient(clientId);
            return Wire.object();
        });
    }

    static ObjectNode clientShape(AppClient c) {
        ObjectNode n = Wire.object();
        n.put("UserPoolId", c.userPoolId());
        n.put("ClientName", c.clientName());
        n.put("ClientId", c.clientId());
        c.clientSecret().ifPresent(secret -> n.put("ClientSecret", secret));
        n.put("LastModifiedDate", timestamp(c.lastModifiedDate()));
        n.put("CreationDate", timestamp(c.creationDate()));
        n.put("RefreshTokenValidity", c.refreshTokenValidity().amount());
        n.put("AccessTokenValidity", c.accessTokenValidity().amount());
        n.put("IdTokenValidity", c.idTokenValidity().amount());
        ObjectNode units = n.putObject("TokenValidityUnits");
        units.put("AccessToken", c.accessTokenValidity().unitName());
        units.put("IdToken", c.idTokenValidity().unitName());
        units.put("RefreshToken", c.refreshTokenValidity().unitName());
        if (!c.readAttributes().isEmpty()) {
            n.set("ReadAttributes", strings(c.readAttributes()));
        }
        if (!c.writeAttributes().isEmpty()) {
            n.set("WriteAttributes", strings(c.writeAttributes()));
        }
        n.set("ExplicitAuthFlows", strings(c.explicitAuthFlows()));
        OAuthClientConfig.describe(n, c.oauth());
        n.put("PreventUserExistenceErrors", c.preventUserExistenceErrors() ? "ENABLED" : "LEGACY");
        n.put("EnableTokenRevocation", c.enableTokenRevocation());
        n.put("EnablePropagateAdditionalUserContextData", false);
        n.put("AuthSessionValidity", c.authSessionValidityMinutes());
        ObjectNode rotation = n.putObject("RefreshTokenRotation");
        rotation.put("Feature", c.refreshTokenRotation() ? "ENABLED" : "DISABLED");
        rotation.put("RetryGracePeriodSeconds", c.retryGracePeriodSeconds());
        return n;
    }
}
