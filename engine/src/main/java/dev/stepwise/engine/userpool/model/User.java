package dev.stepwise.engine.userpool.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user of a pool. Attributes exclude {@code sub}, which is {@link #sub()}. The password is only ever held as a
 * {@link PasswordHash}. Immutable; {@code new Builder(user)} makes an edited copy.
 */
public final class User {

    private final String userPoolId;
    private final String username;
    private final String sub;
    private final List<UserAttribute> attributes;
    private final UserStatus status;
    private final boolean enabled;
    private final Instant creationDate;
    private final Instant lastModifiedDate;
    private final PasswordHash passwordHash;
    private final Instant temporaryPasswordExpires;
    private final SrpVerifier srpVerifier;

    private User(Builder b) {
        this.userPoolId = Objects.requireNonNull(b.userPoolId, "userPoolId");
        this.username = Objects.requireNonNull(b.username, "username");
        this.sub = Objects.requireNonNull(b.sub, "sub");
        this.attributes = List.copyOf(b.attributes);
        if (attributes.stream().anyMatch(a -> a.name().equals("sub"))) {
            throw new IllegalArgumentException("sub is not an attribute of the builder; it is User.sub()");
        }
        this.status = Objects.requireNonNull(b.status, "status");
        this.enabled = b.enabled;
        this.creationDate = Objects.requireNonNull(b.creationDate, "creationDate");
        this.lastModifiedDate = b.lastModifiedDate != null ? b.lastModifiedDate : b.creationDate;
        this.passwordHash = b.passwordHash;
        this.temporaryPasswordExpires = b.temporaryPasswordExpires;
        this.srpVerifier = b.srpVerifier;
    }

    public String userPoolId() { return userPoolId; }
    public String username() { return username; }
    public String sub() { return sub; }
    public List<UserAttribute> attributes() { return attributes; }
    public UserStatus status() { return status; }
    public boolean enabled() { return enabled; }
    public Instant creationDate() { return creationDate; }
    public Instant lastModifiedDate() { return lastModifiedDate; }
    public Optional<PasswordHash> passwordHash() { return Optional.ofNullable(passwordHash); }
    /** When the temporary password of a FORCE_CHANGE_PASSWORD user stops working. */
    public Optional<Instant> temporaryPasswordExpires() { return Optional.ofNullable(temporaryPasswordExpires); }
    /** The SRP verifier of the current password, for USER_SRP_AUTH. */
    public Optional<SrpVerifier> srpVerifier() { return Optional.ofNullable(srpVerifier); }

    public Optional<String> attribute(String name) {
        if (name.equals("sub")) {
            return Optional.of(sub);
        }
        return attributes.stream().filter(a -> a.name().equals(name)).map(UserAttribute::value).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof User)) {
            return false;
        }
        User u = (User) o;
        return userPoolId.equals(u.userPoolId) && username.equals(u.username) && sub.equals(u.sub)
                && attributes.equals(u.attributes) && status == u.status && enabled == u.enabled
                && creationDate.equals(u.creationDate) && lastModifiedDate.equals(u.lastModifiedDate)
                && Objects.equals(passwordHash, u.passwordHash)
                && Objects.equals(temporaryPasswordExpires, u.temporaryPasswordExpires)
                && Objects.equals(srpVerifier, u.srpVerifier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userPoolId, username, sub);
    }

    @Override
    public String toString() {
        return "User[" + userPoolId + "/" + username + ", " + status + (enabled ? "" : ", disabled") + "]";
    }

    public static final class Builder {
        private String userPoolId;
        private String username;
        private String sub;
        private List<UserAttribute> attributes = List.of();
        private UserStatus status = UserStatus.UNCONFIRMED;
        private boolean enabled = true;
        private Instant creationDate;
        private Instant lastModifiedDate;
        private PasswordHash passwordHash;
        private Instant temporaryPasswordExpires;
        private SrpVerifier srpVerifier;

        public Builder(String userPoolId, String username, String sub, Instant creationDate) {
            this.userPoolId = userPoolId;
            this.username = username;
            this.sub = sub;
            this.creationDate = creationDate;
        }

        public Builder(User u) {
            userPoolId = u.userPoolId;
            username = u.username;
            sub = u.sub;
            attributes = u.attributes;
            status = u.status;
            enabled = u.enabled;
            creationDate = u.creationDate;
            lastModifiedDate = u.lastModifiedDate;
            passwordHash = u.passwordHash;
            temporaryPasswordExpires = u.temporaryPasswordExpires;
            srpVerifier = u.srpVerifier;
        }

        public Builder attributes(List<UserAttribute> v) { attributes = v; return this; }
        public Builder status(UserStatus v) { status = v; return this; }
        public Builder enabled(boolean v) { enabled = v; return this; }
        public Builder lastModifiedDate(Instant v) { lastModifiedDate = v; return this; }
        public Builder passwordHash(PasswordHash v) { passwordHash = v; return this; }
        public Builder temporaryPasswordExpires(Instant v) { temporaryPasswordExpires = v; return this; }
        public Builder srpVerifier(SrpVerifier v) { srpVerifier = v; return this; }

        public User build() {
            return new User(this);
        }
    }
}
