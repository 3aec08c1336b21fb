package dev.stepwise.engine.userpool;

import static dev.stepwise.engine.userpool.Wire.required;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.store.UserPoolTransaction;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.ConfirmationCode;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import dev.stepwise.engine.userpool.model.SchemaAttribute;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserAttribute;
import dev.stepwise.engine.userpool.model.UserPool;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changing a user's attributes and verifying e-mail and phone number: (Admin)UpdateUserAttributes,
 * AdminDeleteUserAttributes, GetUserAttributeVerificationCode, VerifyUserAttribute; and DeleteUser.
 */
final class AttributeOperations {

    static final List<String> VERIFIABLE = List.of("email", "phone_number");

    private final Context ctx;
    private final AuthOperations auth;

    AttributeOperations(Context ctx, AuthOperations auth) {
        this.ctx = ctx;
        this.auth = auth;
    }

    static String purpose(String attribute) {
        return "VERIFY_" + attribute;
    }

    ObjectNode updateUserAttributes(JsonNode request) {
        String token = required(request, "AccessToken");
        JsonNode list = request.get("UserAttributes");
        if (list == null || list.isNull()) {
            required(request, "UserAttributes");
        }
        return ctx.store.write(tx -> {
            AuthOperations.Bearer bearer = auth.bearer(tx, token);
            AppClient client = tx.findClient(String.valueOf(bearer.claims().getClaim("client_id")))
                    .orElseThrow(() -> UserPoolException.notAuthorized("Invalid Access Token"));
            List<UserAttribute> changes = UserOperations.attributes(bearer.pool(), list, false);
            for (UserAttribute a : changes) {
                if (!client.writeAttributes().isEmpty() && !client.writeAttributes().contains(a.name())) {
                    throw UserPoolException.notAuthorized("A client attempted to write unauthorized attribute");
                }
            }
            List<ObjectNode> deliveries = update(tx, bearer.pool(), bearer.user(), changes);
            ObjectNode response = Wire.object();
            ArrayNode details = response.putArray("CodeDeliveryDetailsList");
            deliveries.forEach(details::add);
            return response;
        });
    }

    ObjectNode adminUpdateUserAttributes(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String username = required(request, "Username");
        JsonNode list = request.get("UserAttributes");
        if (list == null || list.isNull()) {
            required(request, "UserAttributes");
        }
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, poolId);
            User user = Context.requireUser(tx, pool, username);
            update(tx, pool, user, UserOperations.attributes(pool, list, true));
            return Wire.object();
        });
    }

    /**
     * Applies attribute changes. A changed e-mail or phone number is unverified again unless the same request says it
     * is verified; when the pool verifies it automatically, a code goes to the new value.
     */
    private List<ObjectNode> update(UserPoolTransaction tx, UserPool pool, User user, List<UserAttribute> changes) {
        List<UserAttribute> attributes = user.attributes();
        List<String> changedVerifiable = new ArrayList<>();
        for (UserAttribute a : changes) {
            SchemaAttribute schema = pool.schemaAttribute(a.name()).orElseThrow();
            Optional<String> old = user.attribute(a.name());
            if (!schema.mutable() && old.isPresent() && !old.get().equals(a.value())) {
                throw UserPoolException.invalidParameter("Cannot modify the non-mutable attribute " + a.name());
            }
            if (VERIFIABLE.contains(a.name()) && !old.equals(Optional.of(a.value()))) {
                checkUnique(tx, pool, user, a);
                changedVerifiable.add(a.name());
            }
            attributes = UserOperations.withAttribute(attributes, a.name(), a.value());
        }
        List<ObjectNode> deliveries = new ArrayList<>();
        for (String name : changedVerifiable) {
            boolean statedVerified = changes.stream().anyMatch(c -> c.name().equals(name + "_verified"));
            if (!statedVerified) {
                attributes = UserOperations.withAttribute(attributes, name + "_verified", "false");
                if (pool.autoVerifiedAttributes().contains(name)) {
                    deliveries.add(sendCode(tx, pool, user, name, attributes));
                }
            }
        }
        tx.updateUser(new User.Builder(user).attributes(attributes).lastModifiedDate(ctx.now()).build());
        return deliveries;
    }

    /** An e-mail or phone number that signs users in (user name attribute or alias) names one user only. */
    private static void checkUnique(UserPoolTransaction tx, UserPool pool, User user, UserAttribute a) {
        if (!pool.usernameAttributes().contains(a.name()) && !pool.aliasAttributes().contains(a.name())) {
            return;
        }
        boolean taken = tx.findUsersByAttribute(pool.id(), a.name(), a.value()).stream()
                .anyMatch(other -> !other.username().equals(user.username()));
        if (taken) {
            throw new UserPoolException(UserPoolErrorCode.ALIAS_EXISTS,
                    "An account with the given " + a.name() + " already exists.");
        }
    }

    private ObjectNode sendCode(UserPoolTransaction tx, UserPool pool, User user, String attribute,
            List<UserAttribute> attributes) {
        String destination = attributes.stream().filter(a -> a.name().equals(attribute)).map(UserAttribute::value)
                .findFirst().orElseThrow();
        String code = ctx.digits(6);
        tx.putCode(new ConfirmationCode(pool.id(), user.username(), purpose(attribute), code,
                ctx.now().plus(UserOperations.CODE_VALIDITY)));
        boolean email = attribute.equals("email");
        tx.appendOutbox(new OutboxMessage(0, pool.id(), user.username(),
                email ? OutboxMessage.Channel.EMAIL : OutboxMessage.Channel.SMS, destination,
                email ? pool.emailVerificationSubject() : null, code,
                UserOperations.fill(email ? pool.emailVerificationMessage() : pool.smsVerificationMessage(),
                        user.username(), code), ctx.now()));
        ObjectNode details = Wire.object();
        details.put("Destination", UserOperations.mask(attribute, destination));
        details.put("DeliveryMedium", email ? "EMAIL" : "SMS");
        details.put("AttributeName", attribute);
        return details;
    }

    ObjectNode adminDeleteUserAttributes(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String username = required(request, "Username");
        List<String> names = Wire.optionalStrings(request, "UserAttributeNames").orElseGet(() -> {
            required(request, "UserAttributeNames");
            return List.of();
        });
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, poolId);
            User user = Context.requireUser(tx, pool, username);
            List<String> gone = new ArrayList<>();
            for (String name : names) {
                Optional<SchemaAttribute> schema = pool.schemaAttribute(name);
                if (schema.isEmpty() || name.equals("sub")) {
                    throw UserPoolException.invalidParameter("Invalid attribute name: " + name);
                }
                if (schema.get().required()) {
                    throw UserPoolException.invalidParameter("Attributes did not conform to the schema: " + name
                            + ": The attribute is required\n");
                }
                gone.add(name);
                if (VERIFIABLE.contains(name)) {
                    gone.add(name + "_verified");
                }
            }
            List<UserAttribute> kept = user.attributes().stream().filter(a -> !gone.contains(a.name())).toList();
            tx.updateUser(new User.Builder(user).attributes(kept).lastModifiedDate(ctx.now()).build());
            return Wire.object();
        });
    }

    ObjectNode getUserAttributeVerificationCode(JsonNode request) {
        String token = required(request, "AccessToken");
        String attribute = required(request, "AttributeName");
        return ctx.store.write(tx -> {
            AuthOperations.Bearer bearer = auth.bearer(tx, token);
            if (!VERIFIABLE.contains(attribute) || bearer.user().attribute(attribute).isEmpty()) {
                throw UserPoolException.invalidParameter("Invalid attribute name: " + attribute
                        + " cannot be verified for this user");
            }
            ObjectNode response = Wire.object();
            response.set("CodeDeliveryDetails", sendCode(tx, bearer.pool(), bearer.user(), attribute,
                    bearer.user().attributes()));
            return response;
        });
    }

    ObjectNode verifyUserAttribute(JsonNode request) {
        String token = required(request, "AccessToken");
        String attribute = required(request, "AttributeName");
        String code = required(request, "Code");
        return ctx.store.write(tx -> {
            AuthOperations.Bearer bearer = auth.bearer(tx, token);
            User user = bearer.user();
            Optional<ConfirmationCode> sent = VERIFIABLE.contains(attribute)
                    ? tx.findCode(bearer.pool().id(), user.username(), purpose(attribute)) : Optional.empty();
            if (sent.isEmpty() || !MessageDigest.isEqual(sent.get().code().getBytes(StandardCharsets.UTF_8),
                    code.getBytes(StandardCharsets.UTF_8))) {
                throw new UserPoolException(UserPoolErrorCode.CODE_MISMATCH,
                        "Invalid verification code provided, please try again.");
            }
            if (!ctx.now().isBefore(sent.get().expires())) {
                throw new UserPoolException(UserPoolErrorCode.EXPIRED_CODE,
                        "Invalid code provided, please request a code again.");
            }
            tx.updateUser(new User.Builder(user)
                    .attributes(UserOperations.withAttribute(user.attributes(), attribute + "_verified", "true"))
                    .lastModifiedDate(ctx.now()).build());
            tx.deleteCode(bearer.pool().id(), user.username(), purpose(attribute));
            return Wire.object();
        });
    }

    ObjectNode deleteUser(JsonNode request) {
        String token = required(request, "AccessToken");
        return ctx.store.write(tx -> {
            AuthOperations.Bearer bearer = auth.bearer(tx, token);
            tx.deleteUser(bearer.pool().id(), bearer.user().username());
            return Wire.object();
        });
    }
}
