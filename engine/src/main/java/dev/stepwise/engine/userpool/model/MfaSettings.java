package dev.stepwise.engine.userpool.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A user's MFA settings: which methods are enabled, which is preferred, and the software token (secret, whether a
 * code from it was verified, and the last time step whose code was accepted, so a code is accepted once).
 */
public record MfaSettings(boolean smsEnabled, boolean softwareTokenEnabled, boolean emailEnabled, String preferred,
        String totpSecret, boolean totpVerified, long totpLastStep) {

    public static final String SMS_MFA = "SMS_MFA";
    public static final String SOFTWARE_TOKEN_MFA = "SOFTWARE_TOKEN_MFA";
    public static final String EMAIL_OTP = "EMAIL_OTP";

    public static final MfaSettings NONE = new MfaSettings(false, false, false, null, null, false, -1);

    public Optional<String> preferredMfa() {
        return Optional.ofNullable(preferred);
    }

    public Optional<String> secret() {
        return Optional.ofNullable(totpSecret);
    }

    /** The enabled methods, in Cognito's order (UserMFASettingList). */
    public List<String> enabled() {
        List<String> list = new ArrayList<>();
        if (smsEnabled) {
            list.add(SMS_MFA);
        }
        if (softwareTokenEnabled) {
            list.add(SOFTWARE_TOKEN_MFA);
        }
        if (emailEnabled) {
            list.add(EMAIL_OTP);
        }
        return List.copyOf(list);
    }

    public MfaSettings withMethod(String method, boolean enabled) {
        String pref = !enabled && method.equals(preferred) ? null : preferred;
        return new MfaSettings(method.equals(SMS_MFA) ? enabled : smsEnabled,
                method.equals(SOFTWARE_TOKEN_MFA) ? enabled : softwareTokenEnabled,
                method.equals(EMAIL_OTP) ? enabled : emailEnabled, pref, totpSecret, totpVerified, totpLastStep);
    }

    public MfaSettings withPreferred(String method) {
        return new MfaSettings(smsEnabled, softwareTokenEnabled, emailEnabled, method, totpSecret, totpVerified,
                totpLastStep);
    }

    /** A new, not yet verified secret (AssociateSoftwareToken); the accepted-step memory starts over. */
    public MfaSettings withNewSecret(String secret) {
        return new MfaSettings(smsEnabled, softwareTokenEnabled, emailEnabled, preferred, secret, false, -1);
    }

    public MfaSettings withVerifiedStep(long step) {
        return new MfaSettings(smsEnabled, softwareTokenEnabled, emailEnabled, preferred, totpSecret, true, step);
    }

    @Override
    public String toString() {
        return "MfaSettings[enabled=" + enabled() + ", preferred=" + preferred + ", token "
                + (totpSecret == null ? "none" : totpVerified ? "verified" : "unverified") + "]";
    }
}
