package dev.stepwise.engine.store;

import dev.stepwise.engine.store.h2.H2Store;
import java.nio.file.Path;

/** Opens the engine's storage for callers outside the engine, which never see the database behind it. */
public final class Stores {

    private Stores() {
    }

    /**
     * The workspace database in {@code directory} (created if missing), kept across runs.
     *
     * @throws StoreException when it cannot be opened, e.g. another process holds it
     */
    public static UserPoolStore openWorkspace(Path directory) {
        return H2Store.openFile(directory);
    }

    /** A fresh database that lives until it is closed. */
    public static UserPoolStore inMemory() {
        return H2Store.inMemory();
    }
}
