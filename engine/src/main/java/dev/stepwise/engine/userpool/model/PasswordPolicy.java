package dev.stepwise.engine.userpool.model;

/**
 * A user pool's password policy ({@code Policies.PasswordPolicy}). AWS's defaults: at least 8 characters with
 * upper case, lower case, numbers and symbols, and temporary passwords valid for 7 days.
 */
public record PasswordPolicy(int minimumLength, boolean requireUppercase, boolean requireLowercase,
        boolean requireNumbers, boolean requireSymbols, int temporaryPasswordValidityDays) {

    public static final PasswordPolicy DEFAULT = new PasswordPolicy(8, true, true, true, true, 7);

    /** The characters Cognito counts as symbols. */
    public static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-";

    public PasswordPolicy {
        if (minimumLength < 6 || minimumLength > 99) {
            throw new IllegalArgumentException("minimumLength must be 6..99: " + minimumLength);
        }
        if (temporaryPasswordValidityDays < 0 || temporaryPasswordValidityDays > 365) {
            throw new IllegalArgumentException(
                    "temporaryPasswordValidityDays must be 0..365: " + temporaryPasswordValidityDays);
        }
    }
}
