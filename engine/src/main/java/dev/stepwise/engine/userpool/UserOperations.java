package dev.stepwise.engine.userpool;

import static dev.stepwise.engine.userpool.Wire.optional;
import static dev.stepwise.engine.userpool.Wire.optionalLong;
import static dev.stepwise.engine.userpool.Wire.optionalStrings;
import static dev.stepwise.engine.userpool.Wire.required;
import static dev.stepwise.engine.userpool.Wire.timestamp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.store.UserFilter;
import dev.stepwise.engine.store.UserPoolTransaction;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.auth.CompromisedPasswords;
import dev.stepwise.engine.userpool.model.AdvancedSecurityMode;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.ConfirmationCode;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import dev.stepwise.engine.userpool.model.PasswordPolicy;
import dev.stepwise.engine.userpool.model.SchemaAttribute;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserAttribute;
import dev.stepwise.engine.userpool.model.UserPool;
import dev.stepwise.engine.userpool.model.UserStatus;
import dev.stepwise.engine.userpool.trigger.TriggerRunner;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** SignUp, confirmation, and the administrator's user operations. */
final class UserOperations {

    /** How long a sign-up confirmation code works. */
    static final Duration CODE_VALIDITY = Duration.ofHours(24);
    /** How long a forgotten-password code works. */
    static final Duration RESET_CODE_VALIDITY = Duration.ofHours(1);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+[0-9]{4,20}");
    private static final Pattern FILTER =
            Pattern.compile("\\s*([\\w:]+)\\s*(=|\\^=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");
    private static final List<String> SEARCHABLE = List.of("username", "email", "phone_number", "name", "given_name",
            "family_name", "preferred_username", "cognito:user_status", "status", "sub");

    private final Context ctx;

    UserOperations(Context ctx) {
        this.ctx = ctx;
    }

    // ---------------------------------------------------------------- sign-up

    ObjectNode signUp(JsonNode request) {
        String clientId = required(request, "ClientId");
        String username = required(request, "Username");
        String password = required(request, "Password");
        Wire.checkLength("Username", username, 1, 128);
        return ctx.store.write(tx -> {
            AppClient client = Context.requireClient(tx, clientId);
            checkSecretHash(client, username, optional(request, "SecretHash"));
            UserPool pool = Context.requirePool(tx, client.userPoolId());
            if (pool.allowAdminCreateUserOnly()) {
                throw UserPoolException.notAuthorized("SignUp is not permitted for this user pool");
            }
            List<UserAttribute> attributes = attributes(pool, request.get("UserAttributes"), false);
            String storedName = username;
            if (!pool.usernameAttributes().isEmpty()) {
                String attribute = usernameAttributeFor(pool, username);
                attributes = withAttribute(attributes, attribute, username);
                storedName = ctx.uuid();
            }
            checkNewUser(tx, pool, storedName, attributes);
            checkRequiredAttributes(pool, attributes);
            checkNewPassword(pool, password);
            TriggerRunner.SignUpDecision pre = ctx.triggers.preSignUp(pool, storedName, attributes); // triggers
            String sub = pool.usernameAttributes().isEmpty() ? ctx.uuid() : storedName;
            User user = new User.Builder(pool.id(), storedName, sub, ctx.now())
                    .attributes(pre.attributes())
                    .status(pre.autoConfirmUser() ? UserStatus.CONFIRMED : UserStatus.UNCONFIRMED)
                    .passwordHash(ctx.hasher.hash(password))
                    .srpVerifier(ctx.srpVerifier(pool.id(), storedName, password))
                    .build();
            tx.insertUser(user);
            ObjectNode response = Wire.object();
            response.put("UserConfirmed", pre.autoConfirmUser());
            if (pre.autoConfirmUser()) {
                ctx.triggers.postConfirmation(pool, user); // triggers
            } else {
                sendConfirmationCode(tx, pool, user).ifPresent(d -> response.set("CodeDeliveryDetails", d));
            }
            response.put("UserSub", sub);
            return response;
        });
    }

    private static String usernameAttributeFor(UserPool pool, String username) {
        if (pool.usernameAttributes().contains("email") && EMAIL.matcher(username).matches()) {
            return "email";
        }
        if (pool.usernameAttributes().contains("phone_number") && PHONE.matcher(username).matches()) {
            return "phone_number";
        }
        if (pool.usernameAttributes().contains("email") && !pool.usernameAttributes().contains("phone_number")) {
            throw UserPoolException.invalidParameter("Username should be an email.");
        }
        if (pool.usernameAttributes().contains("phone_number") && !pool.usernameAttributes().contains("email")) {
            throw UserPoolException.invalidParameter("Username should be a phone number.");
        }
        throw UserPoolException.invalidParameter("Username should be either an email or a phone number.");
    }

    private static void checkNewUser(UserPoolTransaction tx, UserPool pool, String username,
            List<UserAttribute> attributes) {
        if (tx.findUser(pool.id(), username, pool.usernameCaseSensitive()).isPresent()) {
            throw new UserPoolException(UserPoolErrorCode.USERNAME_EXISTS, "User already exists");
        }
        for (String attribute : pool.usernameAttributes()) {
            Optional<String> value = attributes.stream().filter(a -> a.name().equals(attribute))
                    .map(UserAttribute::value).findFirst();
            if (value.isPresent() && !tx.findUsersByAttribute(pool.id(), attribute, value.get()).isEmpty()) {
                throw new UserPoolException(UserPoolErrorCode.USERNAME_EXISTS, "An account with the given "
                        + (attribute.equals("email") ? "email" : "phone_number") + " already exists.");
            }
        }
    }

    /**
     * The request's {@code [{Name, Value}]} attributes checked against the schema. {@code admin} operations may set
     * developer-only attributes.
     */
    static List<UserAttribute> attributes(UserPool pool, JsonNode list, boolean admin) {
        Map<String, String> values = new LinkedHashMap<>();
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw UserPoolException.invalidParameter("Member UserAttributes must be a list of AttributeType");
            }
            for (JsonNode item : list) {
                String name = item.path("Name").asText("");
                if (name.isEmpty()) {
                    throw UserPoolException.invalidParameter("1 validation error detected: Value null at "
                            + "'userAttributes.member.name' failed to satisfy constraint: Member must not be null");
                }
                String value = item.path("Value").asText("");
                Optional<SchemaAttribute> schema = pool.schemaAttribute(name);
                if (schema.isEmpty() || name.equals("sub")) {
                    throw UserPoolException.invalidParameter("Attributes did not conform to the schema: " + name
                            + ": Attribute does not exist in the schema.\n");
                }
                if (schema.get().developerOnly() && !admin) {
                    throw UserPoolException.notAuthorized("A client attempted to write unauthorized attribute");
                }
                SchemaAttribute s = schema.get();
                if (s.maxLength() != null && value.length() > s.maxLength()) {
                    throw UserPoolException.invalidParameter("Attributes did not conform to the schema: " + name
                            + ": String must be no longer than " + s.maxLength() + " characters\n");
                }
                if (name.equals("email") && !EMAIL.matcher(value).matches()) {
                    throw UserPoolException.invalidParameter("Invalid email address format.");
                }
                if (name.equals("phone_number") && !PHONE.matcher(value).matches()) {
                    throw UserPoolException.invalidParameter("Invalid phone number format.");
                }
                values.put(name, value);
            }
        }
        List<UserAttribute> result = new ArrayList<>();
        values.forEach((k, v) -> result.add(new UserAttribute(k, v)));
        return result;
    }

    private static void checkRequiredAttributes(UserPool pool, List<UserAttribute> attributes) {
        for (SchemaAttribute s : pool.schemaAttributes()) {
            if (s.required() && !s.name().equals("sub")
                    && attributes.stream().noneMatch(a -> a.name().equals(s.name()))) {
                throw UserPoolException.invalidParameter("Attributes did not conform to the schema: " + s.name()
                        + ": The attribute is required\n");
            }
        }
    }

    static List<UserAttribute> withAttribute(List<UserAttribute> attributes, String name, String value) {
        List<UserAttribute> result = new ArrayList<>();
        boolean replaced = false;
        for (UserAttribute a : attributes) {
            if (a.name().equals(name)) {
                result.add(new UserAttribute(name, value));
                replaced = true;
            } else {
                result.add(a);
            }
        }
        if (!replaced) {
            result.add(new UserAttribute(name, value));
        }
        return result;
    }

    /** Cognito's password-policy check, with its messages, in its order. */
    /**
     * Checks a password a user chooses: the pool's policy first, then, when threat protection is ENFORCED, the list of
     * compromised passwords (Cognito blocks them at sign-up and password changes).
     */
    static void checkNewPassword(UserPool pool, String password) {
        checkPassword(pool.passwordPolicy(), password);
        if (pool.advancedSecurityMode() == AdvancedSecurityMode.ENFORCED && CompromisedPasswords.contains(password)) {
            throw new UserPoolException(UserPoolErrorCode.INVALID_PASSWORD,
                    "Provided password cannot be used for security reasons.");
        }
    }

    static void checkPassword(PasswordPolicy policy, String password) {
        String problem = null;
        if (password.length() < policy.minimumLength()) {
            problem = "Password not long enough";
        } else if (policy.requireLowercase() && password.chars().noneMatch(Character::isLowerCase)) {
            problem = "Password must have lowercase characters";
        } else if (policy.requireUppercase() && password.chars().noneMatch(Character::isUpperCase)) {
            problem = "Password must have uppercase characters";
        } else if (policy.requireNumbers() && password.chars().noneMatch(Character::isDigit)) {
            problem = "Password must have numeric characters";
        } else if (policy.requireSymbols() && password.chars().noneMatch(c -> PasswordPolicy.SYMBOLS.indexOf(c) >= 0)) {
            problem = "Password must have symbol characters";
        }
        if (problem != null) {
            throw new UserPoolException(UserPoolErrorCode.INVALID_PASSWORD,
                    "Password did not conform with policy: " + problem);
        }
    }

    /** Checks {@code SECRET_HASH} = Base64(HMAC-SHA256(client secret, username + client id)). */
    static void checkSecretHash(AppClient client, String username, Optional<String> secretHash) {
        if (client.clientSecret().isEmpty()) {
            return;
        }
        if (secretHash.isEmpty()) {
            throw UserPoolException.notAuthorized("Client " + client.clientId()
                    + " is configured with secret but SECRET_HASH was not received");
        }
        byte[] expected = secretHash(client.clientSecret().get(), username, client.clientId())
                .getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, secretHash.get().getBytes(StandardCharsets.UTF_8))) {
            throw UserPoolException.notAuthorized("Unable to verify secret hash for client " + client.clientId());
        }
    }

    static String secretHash(String clientSecret, String username, String clientId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * Sends a sign-up code to the first auto-verified attribute the user has (e-mail before phone), or to none when
     * the pool verifies nothing: the user then waits for AdminConfirmSignUp.
     */
    private Optional<ObjectNode> sendConfirmationCode(UserPoolTransaction tx, UserPool pool, User user) {
        return sendCode(tx, pool, user, ConfirmationCode.SIGN_UP, CODE_VALIDITY, false);
    }

    /**
     * Sends a code for {@code purpose} to the first attribute that can take it: an auto-verified one for sign-up, a
     * verified one ({@code email_verified}/{@code phone_number_verified} true) for a password reset.
     */
    private Optional<ObjectNode> sendCode(UserPoolTransaction tx, UserPool pool, User user, String purpose,
            Duration validity, boolean needsVerified) {
        for (String attribute : List.of("email", "phone_number")) {
            Optional<String> destination = user.attribute(attribute);
            boolean usable = needsVerified
                    ? user.attribute(attribute + "_verified").orElse("false").equals("true")
                    : pool.autoVerifiedAttributes().contains(attribute);
            if (!usable || destination.isEmpty()) {
                continue;
            }
            String code = ctx.digits(6);
            tx.putCode(new ConfirmationCode(pool.id(), user.username(), purpose, code, ctx.now().plus(validity)));
            boolean email = attribute.equals("email");
            String template = email ? pool.emailVerificationMessage() : pool.smsVerificationMessage();
            tx.appendOutbox(ctx.triggers.customMessage(pool, user, new OutboxMessage(0, pool.id(), user.username(),
                    email ? OutboxMessage.Channel.EMAIL : OutboxMessage.Channel.SMS, destination.get(),
                    email ? pool.emailVerificationSubject() : null, code,
                    fill(template, user.username(), code), ctx.now()))); // triggers: CustomMessage
            ObjectNode details = Wire.object();
            details.put("Destination", mask(attribute, destination.get()));
            details.put("DeliveryMedium", email ? "EMAIL" : "SMS");
            details.put("AttributeName", attribute);
            return Optional.of(details);
        }
        return Optional.empty();
    }

    static String fill(String template, String username, String code) {
        return template.replace("{username}", username).replace("{####}", code);
    }

    /** How Cognito shows a destination: {@code j***@e***} for e-mail, {@code +*******0100} for phones. */
    static String mask(String attribute, String value) {
        if (attribute.equals("email")) {
            int at = value.indexOf('@');
            return value.charAt(0) + "***@" + value.charAt(at + 1) + "***";
        }
        int keep = Math.min(4, value.length());
        return "+" + "*".repeat(Math.max(0, value.length() - 1 - keep)) + value.substring(value.length() - keep);
    }

    ObjectNode confirmSignUp(JsonNode request) {
        String clientId = required(request, "ClientId");
        String username = required(request, "Username");
        String code = required(request, "ConfirmationCode");
        return ctx.store.write(tx -> {
            AppClient client = Context.requireClient(tx, clientId);
            checkSecretHash(client, username, optional(request, "SecretHash"));
            UserPool pool = Context.requirePool(tx, client.userPoolId());
            User user = userForCode(tx, pool, client, username);
            if (user.status() != UserStatus.UNCONFIRMED) {
                throw UserPoolException.notAuthorized("User cannot be confirmed. Current status is "
                        + user.status().name());
            }
            checkCode(tx, pool, user, ConfirmationCode.SIGN_UP, code);
            List<UserAttribute> attributes = user.attributes();
            for (String attribute : List.of("email", "phone_number")) {
                if (pool.autoVerifiedAttributes().contains(attribute) && user.attribute(attribute).isPresent()) {
                    attributes = withAttribute(attributes, attribute + "_verified", "true");
                    break;
                }
            }
            User confirmed = new User.Builder(user).status(UserStatus.CONFIRMED).attributes(attributes)
                    .lastModifiedDate(ctx.now()).build();
            tx.updateUser(confirmed);
            tx.deleteCode(pool.id(), user.username(), ConfirmationCode.SIGN_UP);
            ctx.triggers.postConfirmation(pool, confirmed); // triggers
            return Wire.object();
        });
    }

    ObjectNode resendConfirmationCode(JsonNode request) {
        String clientId = required(request, "ClientId");
        String username = required(request, "Username");
        return ctx.store.write(tx -> {
            AppClient client = Context.requireClient(tx, clientId);
            checkSecretHash(client, username, optional(request, "SecretHash"));
            UserPool pool = Context.requirePool(tx, client.userPoolId());
            User user = Context.findUser(tx, pool, username).orElseThrow(() -> new UserPoolException(
                    UserPoolErrorCode.USER_NOT_FOUND, "Username/client id combination not found."));
            if (user.status() != UserStatus.UNCONFIRMED) {
                throw UserPoolException.invalidParameter("User is already confirmed.");
            }
            ObjectNode details = sendConfirmationCode(tx, pool, user).orElseThrow(() ->
                    UserPoolException.invalidParameter("Cannot resend codes. Auto verification not turned on."));
            ObjectNode response = Wire.object();
            response.set("CodeDeliveryDetails", details);
            return response;
        });
    }

    ObjectNode forgotPassword(JsonNode request) {
        String clientId = required(request, "ClientId");
        String username = required(request, "Username");
        return ctx.store.write(tx -> {
            AppClient client = Context.requireClient(tx, clientId);
            checkSecretHash(client, username, optional(request, "SecretHash"));
            UserPool pool = Context.requirePool(tx, client.userPoolId());
            User user = Context.findUser(tx, pool, username)
                    .or(() -> ctx.triggers.userMigration(tx, pool, username, null)) // triggers: UserMigration
                    .orElseThrow(() -> new UserPoolException(
                    UserPoolErrorCode.USER_NOT_FOUND, "Username/client id combination not found."));
            if (!user.enabled()) {
                throw UserPoolException.notAuthorized("User is disabled.");
            }
            ObjectNode details = sendCode(tx, pool, user, ConfirmationCode.FORGOT_PASSWORD, RESET_CODE_VALIDITY, true)
                    .orElseThrow(() -> UserPoolException.invalidParameter("Cannot reset password for the user as "
                            + "there is no registered/verified email or phone_number"));
            ObjectNode response = Wire.object();
            response.set("CodeDeliveryDetails", details);
            return response;
        });
    }

    ObjectNode confirmForgotPassword(JsonNode request) {
        String clientId = required(request, "ClientId");
        String username = required(request, "Username");
        String code = required(request, "ConfirmationCode");
        String password = required(request, "Password");
        return ctx.store.write(tx -> {
            AppClient client = Context.requireClient(tx, clientId);
            checkSecretHash(client, username, optional(request, "SecretHash"));
            UserPool pool = Context.requirePool(tx, client.userPoolId());
            User user = userForCode(tx, pool, client, username);
            checkCode(tx, pool, user, ConfirmationCode.FORGOT_PASSWORD, code);
            checkNewPassword(pool, password);
            User reset = new User.Builder(user).status(UserStatus.CONFIRMED).passwordHash(ctx.hasher.hash(password))
                    .srpVerifier(ctx.srpVerifier(pool.id(), user.username(), password))
                    .temporaryPasswordExpires(null).lastModifiedDate(ctx.now()).build();
            tx.updateUser(reset);
            tx.deleteCode(pool.id(), user.username(), ConfirmationCode.FORGOT_PASSWORD);
            ctx.triggers.postConfirmation(pool, reset); // triggers
            return Wire.object();
        });
    }

    /**
     * The user a confirmation code is for. An unknown user is UserNotFoundException, or — when the client prevents
     * user-existence errors — the same CodeMismatchException a wrong code gets.
     */
    private static User userForCode(UserPoolTransaction tx, UserPool pool, AppClient client, String username) {
        return Context.findUser(tx, pool, username).orElseThrow(() -> client.preventUserExistenceErrors()
                ? new UserPoolException(UserPoolErrorCode.CODE_MISMATCH,
                        "Invalid verification code provided, please try again.")
                : new UserPoolException(UserPoolErrorCode.USER_NOT_FOUND, "Username/client id combination not found."));
    }

    private void checkCode(UserPoolTransaction tx, UserPool pool, User user, String purpose, String code) {
        Optional<ConfirmationCode> sent = tx.findCode(pool.id(), user.username(), purpose);
        if (sent.isEmpty() || !MessageDigest.isEqual(sent.get().code().getBytes(StandardCharsets.UTF_8),
                code.getBytes(StandardCharsets.UTF_8))) {
            throw new UserPoolException(UserPoolErrorCode.CODE_MISMATCH,
                    "Invalid verification code provided, please try again.");
        }
        if (!ctx.now().isBefore(sent.get().expires())) {
            throw new UserPoolException(UserPoolErrorCode.EXPIRED_CODE,
                    "Invalid code provided, please request a code again.");
        }
    }

    // ---------------------------------------------------------------- administration

    ObjectNode adminConfirmSignUp(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String username = required(request, "Username");
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, poolId);
            User user = Context.requireUser(tx, pool, username);
            if (user.status() != UserStatus.UNCONFIRMED) {
                throw UserPoolException.notAuthorized("User cannot be confirmed. Current status is "
                        + user.status().name());
            }
            User confirmed = new User.Builder(user).status(UserStatus.CONFIRMED).lastModifiedDate(ctx.now()).build();
            tx.updateUser(confirmed);
            tx.deleteCode(pool.id(), user.username(), ConfirmationCode.SIGN_UP);
            ctx.triggers.postConfirmation(pool, confirmed); // triggers
            return Wire.object();
        });
    }

    ObjectNode adminSetUserPassword(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String username = required(request, "Username");
        String password = required(request, "Password");
        boolean permanent = Wire.optionalBoolean(request, "Permanent").orElse(false);
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, poolId);
            User user = Context.requireUser(tx, pool, username);
            checkNewPassword(pool, password);
            User.Builder changed = new User.Builder(user).passwordHash(ctx.hasher.hash(password))
                    .srpVerifier(ctx.srpVerifier(pool.id(), user.username(), password))
                    .lastModifiedDate(ctx.now());
            if (permanent) {
                changed.status(UserStatus.CONFIRMED).temporaryPasswordExpires(null);
            } else {
                changed.status(UserStatus.FORCE_CHANGE_PASSWORD).temporaryPasswordExpires(ctx.now().plus(
                        Duration.ofDays(pool.passwordPolicy().temporaryPasswordValidityDays())));
            }
            tx.updateUser(changed.build());
            return Wire.object();
        });
    }

    ObjectNode adminResetUserPassword(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String username = required(request, "Username");
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, poolId);
            User user = Context.requireUser(tx, pool, username);
            if (!user.enabled()) {
                throw UserPoolException.notAuthorized("User is disabled.");
            }
            sendCode(tx, pool, user, ConfirmationCode.FORGOT_PASSWORD, RESET_CODE_VALIDITY, true)
                    .orElseThrow(() -> UserPoolException.invalidParameter("Cannot reset password for the user as "
                            + "there is no registered/verified email or phone_number"));
            tx.updateUser(new User.Builder(user).status(UserStatus.RESET_REQUIRED).lastModifiedDate(ctx.now())
                    .build());
            return Wire.object();
        });
    }

    ObjectNode adminUserGlobalSignOut(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String username = required(request, "Username");
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, poolId);
            User user = Context.requireUser(tx, pool, username);
            tx.revokeRefreshTokens(pool.id(), user.username());
            return Wire.object();
        });
    }

    ObjectNode adminCreateUser(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String username = required(request, "Username");
        Wire.checkLength("Username", username, 1, 128);
        Optional<String> action = optional(request, "MessageAction");
        if (action.isPresent() && !action.get().equals("RESEND") && !action.get().equals("SUPPRESS")) {
            throw UserPoolException.invalidParameter("1 validation error detected: Value '" + action.get()
                    + "' at 'messageAction' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[RESEND, SUPPRESS]");
        }
        List<String> mediums = optionalStrings(request, "DesiredDeliveryMediums").orElse(List.of("SMS"));
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, poolId);
            List<UserAttribute> attributes = attributes(pool, request.get("UserAttributes"), true);
            String storedName = username;
            if (!pool.usernameAttributes().isEmpty()) {
                attributes = withAttribute(attributes, usernameAttributeFor(pool, username), username);
                storedName = ctx.uuid();
            }
            if (Context.findUser(tx, pool, username).isPresent()
                    || tx.findUser(pool.id(), storedName, pool.usernameCaseSensitive()).isPresent()) {
                throw new UserPoolException(UserPoolErrorCode.USERNAME_EXISTS, "User account already exists");
            }
            checkRequiredAttributes(pool, attributes);
            Optional<String> given = optional(request, "TemporaryPassword");
            given.ifPresent(p -> checkPassword(pool.passwordPolicy(), p));
            String temporary = given.orElseGet(() -> temporaryPassword(pool.passwordPolicy()));
            ctx.triggers.preSignUp(pool, storedName, attributes); // triggers: PreSignUp_AdminCreateUser
            String sub = pool.usernameAttributes().isEmpty() ? ctx.uuid() : storedName;
            User user = new User.Builder(pool.id(), storedName, sub, ctx.now())
                    .attributes(attributes)
                    .status(UserStatus.FORCE_CHANGE_PASSWORD)
                    .passwordHash(ctx.hasher.hash(temporary))
                    .srpVerifier(ctx.srpVerifier(pool.id(), storedName, temporary))
                    .temporaryPasswordExpires(ctx.now().plus(
                            Duration.ofDays(pool.passwordPolicy().temporaryPasswordValidityDays())))
                    .build();
            tx.insertUser(user);
            if (!action.equals(Optional.of("SUPPRESS"))) {
                sendInvitation(tx, pool, user, username, temporary, mediums);
            }
            ObjectNode response = Wire.object();
            response.set("User", userShape(user, "Attributes"));
            return response;
        });
    }

    private void sendInvitation(UserPoolTransaction tx, UserPool pool, User user, String shownName, String password,
            List<String> mediums) {
        if (mediums.contains("EMAIL") && user.attribute("email").isPresent()) {
            tx.appendOutbox(ctx.triggers.customMessage(pool, user, new OutboxMessage(0, pool.id(), user.username(),
                    OutboxMessage.Channel.EMAIL, user.attribute("email").get(), pool.inviteEmailSubject(), password,
                    fill(pool.inviteEmailMessage(), shownName, password), ctx.now()))); // triggers
        }
        if (mediums.contains("SMS") && user.attribute("phone_number").isPresent()) {
            tx.appendOutbox(ctx.triggers.customMessage(pool, user, new OutboxMessage(0, pool.id(), user.username(),
                    OutboxMessage.Channel.SMS, user.attribute("phone_number").get(), null, password,
                    fill(pool.inviteSmsMessage(), shownName, password), ctx.now()))); // triggers
        }
    }

    /** A random password that satisfies the policy: one of each required class, then mixed characters. */
    private String temporaryPassword(PasswordPolicy policy) {
        List<Character> chars = new ArrayList<>();
        String lower = "abcdefghijkmnopqrstuvwxyz";
        String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String digits = "23456789";
        String symbols = "^$*.!@#%&-_=+";
        chars.add(lower.charAt(ctx.random.nextInt(lower.length())));
        chars.add(upper.charAt(ctx.random.nextInt(upper.length())));
        chars.add(digits.charAt(ctx.random.nextInt(digits.length())));
        chars.add(symbols.charAt(ctx.random.nextInt(symbols.length())));
        String all = lower + upper + digits;
        while (chars.size() < Math.max(12, policy.minimumLength())) {
            chars.add(all.charAt(ctx.random.nextInt(all.length())));
        }
        java.util.Collections.shuffle(chars, ctx.random);
        StringBuilder sb = new StringBuilder();
        chars.forEach(sb::append);
        return sb.toString();
    }

    ObjectNode adminGetUser(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String username = required(request, "Username");
        return ctx.store.read(q -> {
            UserPool pool = Context.requirePool(q, poolId);
            User user = Context.requireUser(q, pool, username);
            ObjectNode shape = userShape(user, "UserAttributes");
            MfaOperations.addMfa(shape, q.userMfa(pool.id(), user.username()));
            return shape;
        });
    }

    ObjectNode adminDeleteUser(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String username = required(request, "Username");
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, poolId);
            User user = Context.requireUser(tx, pool, username);
            tx.deleteUser(pool.id(), user.username());
            return Wire.object();
        });
    }

    ObjectNode adminSetEnabled(JsonNode request, boolean enabled) {
        String poolId = required(request, "UserPoolId");
        String username = required(request, "Username");
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, poolId);
            User user = Context.requireUser(tx, pool, username);
            tx.updateUser(new User.Builder(user).enabled(enabled).lastModifiedDate(ctx.now()).build());
            if (!enabled) {
                tx.revokeRefreshTokens(pool.id(), user.username());
            }
            return Wire.object();
        });
    }

    ObjectNode listUsers(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        long limit = optionalLong(request, "Limit").orElse(60L);
        Wire.checkRange("Limit", limit, 0, 60);
        if (limit == 0) {
            limit = 60;
        }
        Optional<List<String>> attributesToGet = optionalStrings(request, "AttributesToGet");
        String after = PoolOperations.decodeToken(optional(request, "PaginationToken"), "user:");
        Optional<String> filterText = optional(request, "Filter").filter(f -> !f.isBlank());
        UserFilter filter = null;
        if (filterText.isPresent()) {
            Matcher m = FILTER.matcher(filterText.get());
            if (!m.matches()) {
                throw UserPoolException.invalidParameter("Error while parsing filter.");
            }
            String attribute = m.group(1);
            if (!SEARCHABLE.contains(attribute)) {
                throw UserPoolException.invalidParameter("Invalid search attribute: " + attribute);
            }
            filter = new UserFilter(attribute, m.group(3).replaceAll("\\\\(.)", "$1"), m.group(2).equals("^="));
        }
        UserFilter chosen = filter;
        int pageSize = (int) limit;
        // One more than a page: whether there is a next page.
        List<User> users = ctx.store.read(q -> {
            Context.requirePool(q, poolId);
            return q.listUsers(poolId, chosen, after, pageSize + 1);
        });
        int end = Math.min(users.size(), pageSize);
        ObjectNode response = Wire.object();
        ArrayNode items = response.putArray("Users");
        for (User u : users.subList(0, end)) {
            ObjectNode shape = userShape(u, "Attributes");
            if (attributesToGet.isPresent()) {
                ArrayNode kept = Wire.NODES.arrayNode();
                for (JsonNode a : shape.get("Attributes")) {
                    if (attributesToGet.get().contains(a.get("Name").asText())) {
                        kept.add(a);
                    }
                }
                shape.set("Attributes", kept);
            }
            items.add(shape);
        }
        if (users.size() > pageSize) {
            response.put("PaginationToken", PoolOperations.encodeToken("user:", users.get(end - 1).username()));
        }
        return response;
    }

    /** A {@code UserType} (ListUsers, AdminCreateUser) or AdminGetUser response; attributes start with sub. */
    static ObjectNode userShape(User u, String attributesMember) {
        ObjectNode n = Wire.object();
        n.put("Username", u.username());
        ArrayNode attributes = n.putArray(attributesMember);
        ObjectNode sub = attributes.addObject();
        sub.put("Name", "sub");
        sub.put("Value", u.sub());
        for (UserAttribute a : u.attributes()) {
            ObjectNode item = attributes.addObject();
            item.put("Name", a.name());
            item.put("Value", a.value());
        }
        n.put("UserCreateDate", timestamp(u.creationDate()));
        n.put("UserLastModifiedDate", timestamp(u.lastModifiedDate()));
        n.put("Enabled", u.enabled());
        n.put("UserStatus", u.status().name());
        return n;
    }
}
