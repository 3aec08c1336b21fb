package dev.stepwise.app.prefs;

import java.util.Optional;

/**
 * Where preferences are kept: string values under string keys. Production uses
 * {@link JavaPreferencesStore}; tests use {@link InMemoryPreferencesStore} so they never touch the
 * user's real preferences.
 */
public interface PreferencesStore {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    /** Makes the stored values durable, where the store has such a notion. */
    default void flush() {
    }
}
