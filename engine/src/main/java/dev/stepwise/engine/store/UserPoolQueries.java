package dev.stepwise.engine.store;

import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.AuthSession;
import dev.stepwise.engine.userpool.model.Group;
import dev.stepwise.engine.userpool.model.Lockout;
import dev.stepwise.engine.userpool.model.MfaSettings;
import dev.stepwise.engine.userpool.model.PoolMfaConfig;
import dev.stepwise.engine.userpool.model.ConfirmationCode;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import dev.stepwise.engine.userpool.model.RefreshToken;
import dev.stepwise.engine.userpool.model.SigningKey;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserPool;
import java.util.List;
import java.util.Optional;

/** Read port for user pools: what the user-pool engine may ask of storage. */
public interface UserPoolQueries extends TriggerQueries, OAuthQueries {

    Optional<UserPool> findPool(String userPoolId);

    /** All pools, oldest first (ties by id). */
    List<UserPool> listPools();

    long countUsers(String userPoolId);

    Optional<AppClient> findClient(String clientId);

    /** The pool's clients, oldest first (ties by id). */
    List<AppClient> listClients(String userPoolId);

    /**
     * The user with this user name; when {@code caseSensitive} is false the name is compared ignoring case.
     */
    Optional<User> findUser(String userPoolId, String username, boolean caseSensitive);

    /** The users whose attribute {@code name} has exactly {@code value}. */
    List<User> findUsersByAttribute(String userPoolId, String name, String value);

    /** The pool's users ordered by user name. */
    List<User> listUsers(String userPoolId);

    /**
     * One page of the pool's users ordered by user name: those matching {@code filter} (null for all) whose user name
     * sorts after {@code afterUsername} (null to start at the beginning), at most {@code limit}.
     */
    List<User> listUsers(String userPoolId, UserFilter filter, String afterUsername, int limit);

    /** Messages to this user, oldest first. */
    List<OutboxMessage> outbox(String userPoolId, String username);

    /** Messages of one pool, to one user name, or both, oldest first; a null filter matches everything. */
    List<OutboxMessage> searchOutbox(String userPoolId, String username);

    Optional<ConfirmationCode> findCode(String userPoolId, String username, String purpose);

    Optional<AuthSession> findSession(String sessionHash);

    Optional<RefreshToken> findRefreshToken(String tokenHash);

    /** Whether the sign-in whose tokens carry this {@code origin_jti} has been revoked. */
    boolean isOriginRevoked(String originJti);

    /** The pool's MFA methods as SetUserPoolMfaConfig last set them, if it ever did. */
    Optional<PoolMfaConfig> poolMfaConfig(String userPoolId);

    /** The user's MFA settings; {@link MfaSettings#NONE} for a user that has none. */
    MfaSettings userMfa(String userPoolId, String username);

    Optional<Group> findGroup(String userPoolId, String groupName);

    /** The pool's groups by name. */
    List<Group> listGroups(String userPoolId);

    /** The groups the user is in, by name. */
    List<Group> groupsOfUser(String userPoolId, String username);

    /** The members of a group, by user name. */
    List<User> usersInGroup(String userPoolId, String groupName);

    /** The user's failed sign-in attempts; {@link Lockout#NONE} when there are none. */
    Lockout lockout(String userPoolId, String username);

    /** The pool's signing keys, oldest first. */
    List<SigningKey> signingKeys(String userPoolId);
}
