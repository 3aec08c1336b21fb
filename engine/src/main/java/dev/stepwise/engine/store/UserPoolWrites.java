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

/** Write port for user pools. Writes take effect when the surrounding transaction commits. */
public interface UserPoolWrites extends TriggerWrites, OAuthWrites {

    void insertPool(UserPool pool);

    void updatePool(UserPool pool);

    /** Deletes the pool with its clients, users, codes, sessions, tokens, keys and outbox. */
    void deletePool(String userPoolId);

    void insertClient(AppClient client);

    void updateClient(AppClient client);

    void deleteClient(String clientId);

    void insertUser(User user);

    /** Replaces the stored user with the same pool and user name. */
    void updateUser(User user);

    void deleteUser(String userPoolId, String username);

    /** Appends a message and returns its id. */
    long appendOutbox(OutboxMessage message);

    /** Stores a code, replacing an earlier one for the same user and purpose. */
    void putCode(ConfirmationCode code);

    void deleteCode(String userPoolId, String username, String purpose);

    void insertSession(AuthSession session);

    void markSessionUsed(String sessionHash);

    void insertRefreshToken(RefreshToken token);

    /** Revokes every refresh token of the user (and with them the sign-ins they started). */
    void revokeRefreshTokens(String userPoolId, String username);

    /** Records that a refresh token was rotated out at {@code at} (it was not before). */
    void markRotated(String tokenHash, java.time.Instant at);

    /** Revokes the refresh token of one sign-in (and the access and ID tokens that carry its origin). */
    void revokeOrigin(String originJti);

    void insertSigningKey(SigningKey key);

    /** Marks every signing key of the pool retired: they stay in the JWKS but no longer sign. */
    void retireSigningKeys(String userPoolId);

    void insertGroup(Group group);

    void updateGroup(Group group);

    /** Deletes the group; its members stay in the pool. */
    void deleteGroup(String userPoolId, String groupName);

    /** Adds the user to the group; adding a member again changes nothing. */
    void addToGroup(String userPoolId, String groupName, String username);

    void removeFromGroup(String userPoolId, String groupName, String username);

    /** Stores the user's failed sign-in attempts ({@link Lockout#NONE} forgets them). */
    void putLockout(String userPoolId, String username, Lockout lockout);

    void putPoolMfaConfig(String userPoolId, PoolMfaConfig config);

    void putUserMfa(String userPoolId, String username, MfaSettings settings);
}
