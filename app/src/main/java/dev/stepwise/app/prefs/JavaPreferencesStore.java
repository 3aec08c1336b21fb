package dev.stepwise.app.prefs;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Preferences in {@link java.util.prefs.Preferences}, under the user node {@value #NODE}. */
public final class JavaPreferencesStore implements PreferencesStore {

    public static final String NODE = "dev/stepwise";

    private final Preferences node;

    public JavaPreferencesStore() {
        this(Preferences.userRoot().node(NODE));
    }

    public JavaPreferencesStore(Preferences node) {
        this.node = node;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(node.get(key, null));
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
    }

    @Override
    public void remove(String key) {
        node.remove(key);
    }

    @Override
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: losing them must not stop the application.
            System.getLogger(JavaPreferencesStore.class.getName())
                    .log(System.Logger.Level.WARNING, "could not save preferences", e);
        }
    }
}
