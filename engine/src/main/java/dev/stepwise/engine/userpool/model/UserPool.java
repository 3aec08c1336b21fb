package dev.stepwise.engine.userpool.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user pool's configuration. Immutable; {@code new Builder(pool)} makes an edited copy. The schema holds every
 * attribute, the standard ones and the {@code custom:} ones, as DescribeUserPool lists them.
 */
public final class UserPool {

    public static final String DEFAULT_EMAIL_VERIFICATION_SUBJECT = "Your verification code";
    public static final String DEFAULT_VERIFICATION_MESSAGE = "Your verification code is {####}. ";
    public static final String DEFAULT_INVITE_SUBJECT = "Your temporary password";
    public static final String DEFAULT_INVITE_MESSAGE = "Your username is {username} and temporary password is {####}. ";

    private final String id;
    private final String name;
    private final Instant creationDate;
    private final Instant lastModifiedDate;
    private final PasswordPolicy passwordPolicy;
    private final List<String> usernameAttributes;
    private final List<String> aliasAttributes;
    private final List<String> autoVerifiedAttributes;
    private final List<SchemaAttribute> schemaAttributes;
    private final MfaConfiguration mfaConfiguration;
    private final boolean deletionProtection;
    private final UserPoolTier tier;
    private final boolean usernameCaseSensitive;
    private final boolean allowAdminCreateUserOnly;
    private final String emailVerificationSubject;
    private final String emailVerificationMessage;
    private final String smsVerificationMessage;
    private final String inviteEmailSubject;
    private final String inviteEmailMessage;
    private final String inviteSmsMessage;
    private final LambdaConfig lambdaConfig;
    private final List<String> allowedFirstAuthFactors;
    private final AdvancedSecurityMode advancedSecurityMode;

    private UserPool(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.name = Objects.requireNonNull(b.name, "name");
        this.creationDate = Objects.requireNonNull(b.creationDate, "creationDate");
        this.lastModifiedDate = b.lastModifiedDate != null ? b.lastModifiedDate : b.creationDate;
        this.passwordPolicy = Objects.requireNonNull(b.passwordPolicy, "passwordPolicy");
        this.usernameAttributes = List.copyOf(b.usernameAttributes);
        this.aliasAttributes = List.copyOf(b.aliasAttributes);
        this.autoVerifiedAttributes = List.copyOf(b.autoVerifiedAttributes);
        this.schemaAttributes = List.copyOf(b.schemaAttributes);
        this.mfaConfiguration = Objects.requireNonNull(b.mfaConfiguration, "mfaConfiguration");
        this.deletionProtection = b.deletionProtection;
        this.tier = Objects.requireNonNull(b.tier, "tier");
        this.usernameCaseSensitive = b.usernameCaseSensitive;
        this.allowAdminCreateUserOnly = b.allowAdminCreateUserOnly;
        this.emailVerificationSubject = Objects.requireNonNull(b.emailVerificationSubject);
        this.emailVerificationMessage = Objects.requireNonNull(b.emailVerificationMessage);
        this.smsVerificationMessage = Objects.requireNonNull(b.smsVerificationMessage);
        this.inviteEmailSubject = Objects.requireNonNull(b.inviteEmailSubject);
        this.inviteEmailMessage = Objects.requireNonNull(b.inviteEmailMessage);
        this.inviteSmsMessage = Objects.requireNonNull(b.inviteSmsMessage);
        this.lambdaConfig = Objects.requireNonNull(b.lambdaConfig, "lambdaConfig");
        this.allowedFirstAuthFactors = List.copyOf(b.allowedFirstAuthFactors);
        this.advancedSecurityMode = Objects.requireNonNull(b.advancedSecurityMode, "advancedSecurityMode");
    }

    public String id() { return id; }
    public String name() { return name; }
    public Instant creationDate() { return creationDate; }
    public Instant lastModifiedDate() { return lastModifiedDate; }
    public PasswordPolicy passwordPolicy() { return passwordPolicy; }
    /** {@code email} and/or {@code phone_number} when they may be used as the user name; empty otherwise. */
    public List<String> usernameAttributes() { return usernameAttributes; }
    public List<String> aliasAttributes() { return aliasAttributes; }
    public List<String> autoVerifiedAttributes() { return autoVerifiedAttributes; }
    public List<SchemaAttribute> schemaAttributes() { return schemaAttributes; }
    public MfaConfiguration mfaConfiguration() { return mfaConfiguration; }
    public boolean deletionProtection() { return deletionProtection; }
    public UserPoolTier tier() { return tier; }
    public boolean usernameCaseSensitive() { return usernameCaseSensitive; }
    public boolean allowAdminCreateUserOnly() { return allowAdminCreateUserOnly; }
    public String emailVerificationSubject() { return emailVerificationSubject; }
    public String emailVerificationMessage() { return emailVerificationMessage; }
    public String smsVerificationMessage() { return smsVerificationMessage; }
    public String inviteEmailSubject() { return inviteEmailSubject; }
    public String inviteEmailMessage() { return inviteEmailMessage; }
    public String inviteSmsMessage() { return inviteSmsMessage; }
    /** The Lambda triggers ({@code LambdaConfig}); {@link LambdaConfig#NONE} when the pool has none. */
    public LambdaConfig lambdaConfig() { return lambdaConfig; }
    /** {@code Policies.SignInPolicy.AllowedFirstAuthFactors}: PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN. */
    public List<String> allowedFirstAuthFactors() { return allowedFirstAuthFactors; }
    /** {@code UserPoolAddOns.AdvancedSecurityMode} (threat protection). */
    public AdvancedSecurityMode advancedSecurityMode() { return advancedSecurityMode; }

    /** The region part of the id, {@code us-east-1} for {@code us-east-1_AbCdEfGhI}. */
    public String region() {
        return id.substring(0, id.indexOf('_'));
    }

    public Optional<SchemaAttribute> schemaAttribute(String attributeName) {
        return schemaAttributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UserPool)) {
            return false;
        }
        UserPool p = (UserPool) o;
        return id.equals(p.id) && name.equals(p.name) && creationDate.equals(p.creationDate)
                && lastModifiedDate.equals(p.lastModifiedDate) && passwordPolicy.equals(p.passwordPolicy)
                && usernameAttributes.equals(p.usernameAttributes) && aliasAttributes.equals(p.aliasAttributes)
                && autoVerifiedAttributes.equals(p.autoVerifiedAttributes)
                && schemaAttributes.equals(p.schemaAttributes) && mfaConfiguration == p.mfaConfiguration
                && deletionProtection == p.deletionProtection && tier == p.tier
                && usernameCaseSensitive == p.usernameCaseSensitive
                && allowAdminCreateUserOnly == p.allowAdminCreateUserOnly
                && emailVerificationSubject.equals(p.emailVerificationSubject)
                && emailVerificationMessage.equals(p.emailVerificationMessage)
                && smsVerificationMessage.equals(p.smsVerificationMessage)
                && inviteEmailSubject.equals(p.inviteEmailSubject) && inviteEmailMessage.equals(p.inviteEmailMessage)
                && inviteSmsMessage.equals(p.inviteSmsMessage)
                && lambdaConfig.equals(p.lambdaConfig)
                && allowedFirstAuthFactors.equals(p.allowedFirstAuthFactors)
                && advancedSecurityMode == p.advancedSecurityMode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, lastModifiedDate);
    }

    @Override
    public String toString() {
        return "UserPool[" + id + ", " + name + "]";
    }

    public static final class Builder {
        private String id;
        private String name;
        private Instant creationDate;
        private Instant lastModifiedDate;
        private PasswordPolicy passwordPolicy = PasswordPolicy.DEFAULT;
        private List<String> usernameAttributes = List.of();
        private List<String> aliasAttributes = List.of();
        private List<String> autoVerifiedAttributes = List.of();
        private List<SchemaAttribute> schemaAttributes = SchemaAttribute.STANDARD;
        private MfaConfiguration mfaConfiguration = MfaConfiguration.OFF;
        private boolean deletionProtection;
        private UserPoolTier tier = UserPoolTier.ESSENTIALS;
        private boolean usernameCaseSensitive = true;
        private boolean allowAdminCreateUserOnly;
        private String emailVerificationSubject = DEFAULT_EMAIL_VERIFICATION_SUBJECT;
        private String emailVerificationMessage = DEFAULT_VERIFICATION_MESSAGE;
        private String smsVerificationMessage = DEFAULT_VERIFICATION_MESSAGE;
        private String inviteEmailSubject = DEFAULT_INVITE_SUBJECT;
        private String inviteEmailMessage = DEFAULT_INVITE_MESSAGE;
        private String inviteSmsMessage = DEFAULT_INVITE_MESSAGE;
        private LambdaConfig lambdaConfig = LambdaConfig.NONE;
        private List<String> allowedFirstAuthFactors = List.of("PASSWORD");
        private AdvancedSecurityMode advancedSecurityMode = AdvancedSecurityMode.OFF;

        public Builder(String id, String name, Instant creationDate) {
            this.id = id;
            this.name = name;
            this.creationDate = creationDate;
        }

        public Builder(UserPool p) {
            id = p.id;
            name = p.name;
            creationDate = p.creationDate;
            lastModifiedDate = p.lastModifiedDate;
            passwordPolicy = p.passwordPolicy;
            usernameAttributes = p.usernameAttributes;
            aliasAttributes = p.aliasAttributes;
            autoVerifiedAttributes = p.autoVerifiedAttributes;
            schemaAttributes = p.schemaAttributes;
            mfaConfiguration = p.mfaConfiguration;
            deletionProtection = p.deletionProtection;
            tier = p.tier;
            usernameCaseSensitive = p.usernameCaseSensitive;
            allowAdminCreateUserOnly = p.allowAdminCreateUserOnly;
            emailVerificationSubject = p.emailVerificationSubject;
            emailVerificationMessage = p.emailVerificationMessage;
            smsVerificationMessage = p.smsVerificationMessage;
            inviteEmailSubject = p.inviteEmailSubject;
            inviteEmailMessage = p.inviteEmailMessage;
            inviteSmsMessage = p.inviteSmsMessage;
            lambdaConfig = p.lambdaConfig;
            allowedFirstAuthFactors = p.allowedFirstAuthFactors;
            advancedSecurityMode = p.advancedSecurityMode;
        }

        public Builder name(String v) { name = v; return this; }
        public Builder lastModifiedDate(Instant v) { lastModifiedDate = v; return this; }
        public Builder passwordPolicy(PasswordPolicy v) { passwordPolicy = v; return this; }
        public Builder usernameAttributes(List<String> v) { usernameAttributes = v; return this; }
        public Builder aliasAttributes(List<String> v) { aliasAttributes = v; return this; }
        public Builder autoVerifiedAttributes(List<String> v) { autoVerifiedAttributes = v; return this; }
        public Builder schemaAttributes(List<SchemaAttribute> v) { schemaAttributes = v; return this; }
        public Builder mfaConfiguration(MfaConfiguration v) { mfaConfiguration = v; return this; }
        public Builder deletionProtection(boolean v) { deletionProtection = v; return this; }
        public Builder tier(UserPoolTier v) { tier = v; return this; }
        public Builder usernameCaseSensitive(boolean v) { usernameCaseSensitive = v; return this; }
        public Builder allowAdminCreateUserOnly(boolean v) { allowAdminCreateUserOnly = v; return this; }
        public Builder emailVerificationSubject(String v) { emailVerificationSubject = v; return this; }
        public Builder emailVerificationMessage(String v) { emailVerificationMessage = v; return this; }
        public Builder smsVerificationMessage(String v) { smsVerificationMessage = v; return this; }
        public Builder inviteEmailSubject(String v) { inviteEmailSubject = v; return this; }
        public Builder inviteEmailMessage(String v) { inviteEmailMessage = v; return this; }
        public Builder inviteSmsMessage(String v) { inviteSmsMessage = v; return this; }
        public Builder lambdaConfig(LambdaConfig v) { lambdaConfig = v; return this; }
        public Builder allowedFirstAuthFactors(List<String> v) { allowedFirstAuthFactors = v; return this; }
        public Builder advancedSecurityMode(AdvancedSecurityMode v) { advancedSecurityMode = v; return this; }

        public UserPool build() {
            return new UserPool(this);
        }
    }
}
