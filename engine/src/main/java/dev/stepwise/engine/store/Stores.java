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
    public static Workspace openWorkspace(Path directory) {
        return new Workspace(H2Store.openFile(directory));
    }

    /** A fresh database that lives until it is closed. */
    public static Workspace inMemory() {
        return new Workspace(H2Store.inMemory());
    }

    /** One database holding both services' data; closing it closes both. */
    public static final class Workspace implements AutoCloseable {
        private final H2Store database;

        private Workspace(H2Store database) {
            this.database = database;
        }

        public UserPoolStore userPools() {
            return database;
        }

        public StepFunctionsStore stepFunctions() {
            return database.stepFunctions();
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
