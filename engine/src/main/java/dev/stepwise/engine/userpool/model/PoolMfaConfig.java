package dev.stepwise.engine.userpool.model;

/**
 * The MFA methods a pool offers (SetUserPoolMfaConfig / GetUserPoolMfaConfig). Messages may be null (Cognito's
 * defaults apply). Whether MFA is OFF, ON or OPTIONAL is the pool's {@link UserPool#mfaConfiguration()}.
 */
public record PoolMfaConfig(boolean smsEnabled, String smsAuthenticationMessage, boolean softwareTokenEnabled,
        boolean emailEnabled, String emailMessage, String emailSubject) {

    public static final String DEFAULT_SMS_MESSAGE = "Your authentication code is {####}. ";
    public static final String DEFAULT_EMAIL_MESSAGE = "Your authentication code is {####}. ";
    public static final String DEFAULT_EMAIL_SUBJECT = "Your authentication code";

    /** A pool that never had SetUserPoolMfaConfig: SMS MFA when MFA is not OFF, as CreateUserPool sets it up. */
    public static PoolMfaConfig legacy(MfaConfiguration configuration) {
        return new PoolMfaConfig(configuration != MfaConfiguration.OFF, null, false, false, null, null);
    }

    public boolean anyEnabled() {
        return smsEnabled || softwareTokenEnabled || emailEnabled;
    }
}
