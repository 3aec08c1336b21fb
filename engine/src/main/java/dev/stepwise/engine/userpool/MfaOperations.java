package dev.stepwise.engine.userpool;

import static dev.stepwise.engine.userpool.Wire.required;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.store.UserPoolTransaction;
import dev.stepwise.engine.userpool.auth.Totp;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.MfaConfiguration;
import dev.stepwise.engine.userpool.model.MfaSettings;
import dev.stepwise.engine.userpool.model.PoolMfaConfig;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserPool;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * MFA set-up: a pool's methods (Set/GetUserPoolMfaConfig), a user's preferences ((Admin)SetUserMFAPreference), and the
 * software token (AssociateSoftwareToken, VerifySoftwareToken), either for a signed-in user (AccessToken) or inside an
 * MFA_SETUP challenge (Session).
 */
final class MfaOperations {

    private final Context ctx;
    private final AuthOperations auth;

    MfaOperations(Context ctx, AuthOperations auth) {
        this.ctx = ctx;
        this.auth = auth;
    }

    // ---------------------------------------------------------------- pool

    ObjectNode setUserPoolMfaConfig(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        JsonNode sms = request.get("SmsMfaConfiguration");
        JsonNode token = request.get("SoftwareTokenMfaConfiguration");
        JsonNode email = request.get("EmailMfaConfiguration");
        Optional<String> mode = Wire.optional(request, "MfaConfiguration");
        mode.ifPresent(m -> {
            if (!List.of("OFF", "ON", "OPTIONAL").contains(m)) {
                throw UserPoolException.invalidParameter("1 validation error detected: Value '" + m + "' at "
                        + "'mfaConfiguration' failed to satisfy constraint: Member must satisfy enum value set: "
                        + "[OFF, ON, OPTIONAL]");
            }
        });
        Optional<String> smsMessage = present(sms) ? Wire.optional(sms, "SmsAuthenticationMessage") : Optional.empty();
        smsMessage.ifPresent(m -> {
            if (!m.contains("{####}")) {
                throw UserPoolException.invalidParameter("SmsAuthenticationMessage must contain {####}");
            }
        });
        boolean tokenEnabled = present(token) && Wire.optionalBoolean(token, "Enabled").orElse(false);
        Optional<String> emailMessage = present(email) ? Wire.optional(email, "Message") : Optional.empty();
        emailMessage.ifPresent(m -> {
            if (!m.contains("{####}")) {
                throw UserPoolException.invalidParameter("EmailMfaConfiguration Message must contain {####}");
            }
        });
        PoolMfaConfig config = new PoolMfaConfig(present(sms), smsMessage.orElse(null), tokenEnabled, present(email),
                emailMessage.orElse(null), present(email) ? Wire.optional(email, "Subject").orElse(null) : null);
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, poolId);
            MfaConfiguration configuration = mode.map(MfaConfiguration::valueOf).orElse(pool.mfaConfiguration());
            if (configuration != MfaConfiguration.OFF && !config.anyEnabled()) {
                throw UserPoolException.invalidParameter("Invalid MFA configuration given, can't disable all MFAs "
                        + "with a required or optional configuration.");
            }
            tx.putPoolMfaConfig(pool.id(), config);
            if (configuration != pool.mfaConfiguration()) {
                tx.updatePool(new UserPool.Builder(pool).mfaConfiguration(configuration).lastModifiedDate(ctx.now())
                        .build());
            }
            return shape(config, configuration);
        });
    }

    ObjectNode getUserPoolMfaConfig(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        return ctx.store.read(q -> {
            UserPool pool = Context.requirePool(q, poolId);
            return shape(AuthOperations.mfaConfig(q, pool), pool.mfaConfiguration());
        });
    }

    private static boolean present(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isObject()) {
            throw UserPoolException.invalidParameter("MFA configurations must be structures");
        }
        return true;
    }

    private static ObjectNode shape(PoolMfaConfig config, MfaConfiguration configuration) {
        ObjectNode response = Wire.object();
        if (config.smsEnabled()) {
            ObjectNode sms = response.putObject("SmsMfaConfiguration");
            if (config.smsAuthenticationMessage() != null) {
                sms.put("SmsAuthenticationMessage", config.smsAuthenticationMessage());
            }
        }
        response.putObject("SoftwareTokenMfaConfiguration").put("Enabled", config.softwareTokenEnabled());
        if (config.emailEnabled()) {
            ObjectNode email = response.putObject("EmailMfaConfiguration");
            if (config.emailMessage() != null) {
                email.put("Message", config.emailMessage());
            }
            if (config.emailSubject() != null) {
                email.put("Subject", config.emailSubject());
            }
        }
        response.put("MfaConfiguration", configuration.name());
        return response;
    }

    // ---------------------------------------------------------------- user preferences

    ObjectNode setUserMfaPreference(JsonNode request, boolean admin) {
        Optional<String> token = admin ? Optional.empty() : Optional.of(required(request, "AccessToken"));
        Optional<String> poolId = admin ? Optional.of(required(request, "UserPoolId")) : Optional.empty();
        Optional<String> username = admin ? Optional.of(required(request, "Username")) : Optional.empty();
        return ctx.store.write(tx -> {
            UserPool pool;
            User user;
            if (admin) {
                pool = Context.requirePool(tx, poolId.get());
                user = Context.requireUser(tx, pool, username.get());
            } else {
                AuthOperations.Bearer bearer = auth.bearer(tx, token.get());
                pool = bearer.pool();
                user = bearer.user();
            }
            MfaSettings mfa = tx.userMfa(pool.id(), user.username());
            mfa = apply(mfa, user, request.get("SMSMfaSettings"), MfaSettings.SMS_MFA);
            mfa = apply(mfa, user, request.get("SoftwareTokenMfaSettings"), MfaSettings.SOFTWARE_TOKEN_MFA);
            mfa = apply(mfa, user, request.get("EmailMfaSettings"), MfaSettings.EMAIL_OTP);
            tx.putUserMfa(pool.id(), user.username(), mfa);
            return Wire.object();
        });
    }

    private static MfaSettings apply(MfaSettings mfa, User user, JsonNode settings, String method) {
        if (!present(settings)) {
            return mfa;
        }
        Optional<Boolean> enabled = Wire.optionalBoolean(settings, "Enabled");
        Optional<Boolean> preferred = Wire.optionalBoolean(settings, "PreferredMfa");
        if (enabled.orElse(false) || preferred.orElse(false)) {
            boolean deliverable = switch (method) {
                case MfaSettings.SMS_MFA -> user.attribute("phone_number").isPresent();
                case MfaSettings.EMAIL_OTP -> user.attribute("email").isPresent();
                default -> mfa.totpVerified();
            };
            if (!deliverable) {
                throw UserPoolException.invalidParameter("User does not have delivery config set to turn on "
                        + method);
            }
        }
        MfaSettings result = enabled.map(e -> mfa.withMethod(method, e)).orElse(mfa);
        if (preferred.orElse(false)) {
            result = result.withMethod(method, true).withPreferred(method);
        } else if (preferred.isPresent() && method.equals(result.preferred())) {
            result = result.withPreferred(null);
        }
        return result;
    }

    /** Adds {@code UserMFASettingList} and {@code PreferredMfaSetting} to a GetUser/AdminGetUser response. */
    static void addMfa(ObjectNode response, MfaSettings mfa) {
        if (!mfa.enabled().isEmpty()) {
            response.set("UserMFASettingList", Wire.strings(mfa.enabled()));
        }
        mfa.preferredMfa().ifPresent(p -> response.put("PreferredMfaSetting", p));
    }

    // ---------------------------------------------------------------- software token

    /** The user a software-token call is about, and, in an MFA_SETUP challenge, the challenge it continues. */
    private record TokenTarget(UserPool pool, User user, AuthOperations.Challenge challenge) {
    }

    private TokenTarget target(UserPoolTransaction tx, JsonNode request) {
        Optional<String> token = Wire.optional(request, "AccessToken");
        Optional<String> session = Wire.optional(request, "Session");
        if (token.isPresent()) {
            AuthOperations.Bearer bearer = auth.bearer(tx, token.get());
            return new TokenTarget(bearer.pool(), bearer.user(), null);
        }
        if (session.isEmpty()) {
            throw UserPoolException.invalidParameter("Either AccessToken or Session must be given");
        }
        AuthOperations.Challenge c = auth.findSetupSession(tx, session.get());
        return new TokenTarget(c.pool(), c.user(), c);
    }

    ObjectNode associateSoftwareToken(JsonNode request) {
        return ctx.store.write(tx -> {
            TokenTarget target = target(tx, request);
            String secret = Totp.newSecret(ctx.random);
            MfaSettings mfa = tx.userMfa(target.pool().id(), target.user().username());
            tx.putUserMfa(target.pool().id(), target.user().username(), mfa.withNewSecret(secret));
            ObjectNode response = Wire.object();
            response.put("SecretCode", secret);
            if (target.challenge() != null) {
                response.put("Session", auth.continueSetup(tx, target.challenge(), false));
            }
            return response;
        });
    }

    ObjectNode verifySoftwareToken(JsonNode request) {
        String code = required(request, "UserCode");
        return ctx.store.write(tx -> {
            TokenTarget target = target(tx, request);
            MfaSettings mfa = tx.userMfa(target.pool().id(), target.user().username());
            if (mfa.secret().isEmpty()) {
                throw new UserPoolException(UserPoolErrorCode.SOFTWARE_TOKEN_MFA_NOT_FOUND,
                        "Software Token MFA does not exist for the user.");
            }
            OptionalLong step = Totp.verify(mfa.totpSecret(), code, ctx.clock.instant(),
                    mfa.totpVerified() ? mfa.totpLastStep() : -1);
            if (step.isEmpty()) {
                throw new UserPoolException(UserPoolErrorCode.ENABLE_SOFTWARE_TOKEN_MFA,
                        "Code mismatch and fail enable Software Token MFA");
            }
            MfaSettings verified = mfa.withVerifiedStep(step.getAsLong());
            if (target.challenge() != null) {
                // Set up during sign-in: the token becomes the user's (preferred) MFA method.
                verified = verified.withMethod(MfaSettings.SOFTWARE_TOKEN_MFA, true)
                        .withPreferred(MfaSettings.SOFTWARE_TOKEN_MFA);
            }
            tx.putUserMfa(target.pool().id(), target.user().username(), verified);
            ObjectNode response = Wire.object();
            response.put("Status", "SUCCESS");
            if (target.challenge() != null) {
                response.put("Session", auth.continueSetup(tx, target.challenge(), true));
            }
            return response;
        });
    }
}
