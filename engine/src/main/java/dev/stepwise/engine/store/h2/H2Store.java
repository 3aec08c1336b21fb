package dev.stepwise.engine.store.h2;

import dev.stepwise.engine.store.StepFunctionsQueries;
import dev.stepwise.engine.store.StepFunctionsStore;
import dev.stepwise.engine.store.StepFunctionsTransaction;
import dev.stepwise.engine.store.StoreException;
import dev.stepwise.engine.store.UserPoolQueries;
import dev.stepwise.engine.store.UserPoolStore;
import dev.stepwise.engine.store.UserPoolTransaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The workspace database: H2, in file mode for a workspace ({@code <dir>/stepwise.mv.db}) or in memory for tests.
 * The schema is brought up to date with Flyway on open ({@code dev/stepwise/engine/store/migration/V*__*.sql}).
 *
 * <p>Transactions run one at a time on one connection. A write commits before {@link #write} returns; in file mode it
 * is then flushed to the file ({@code CHECKPOINT}), so a process killed after a write returned keeps that write.
 */
public final class H2Store implements UserPoolStore {

    static final String MIGRATIONS = "classpath:dev/stepwise/engine/store/migration";
    private static final AtomicLong MEMORY_DATABASES = new AtomicLong();

    private final String url;
    private final boolean fileMode;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final StepFunctionsStore stepFunctions = new StepFunctionsStore() {
        @Override
        public <T> T read(Function<StepFunctionsQueries, T> work) {
            return inTransaction(H2StepFunctionsTransaction::new, work::apply, false);
        }

        @Override
        public <T> T write(Function<StepFunctionsTransaction, T> work) {
            return inTransaction(H2StepFunctionsTransaction::new, work, true);
        }
    };
    private boolean closed;

    /** Flyway reports every migration at INFO through java.util.logging; we want only problems. Held strongly. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private H2Store(String url, boolean fileMode) {
        this.url = url;
        this.fileMode = fileMode;
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        try {
            this.connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + url + ": " + e.getMessage(), e);
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (RuntimeException | SQLException e) {
            closeQuietly();
            throw new StoreException("cannot migrate the database " + url + ": " + e.getMessage(), e);
        }
    }

    /** Opens (creating if needed) the workspace database {@code <directory>/stepwise.mv.db}. */
    public static H2Store openFile(Path directory) {
        Objects.requireNonNull(directory, "directory");
        String base = directory.toAbsolutePath().resolve("stepwise").toString().replace('\\', '/');
        // The owner closes the store; H2's own shutdown hook would close it under requests still being answered.
        return new H2Store("jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE", true);
    }

    /** A fresh, empty in-memory database that lives until {@link #close()}. */
    public static H2Store inMemory() {
        return new H2Store("jdbc:h2:mem:stepwise-" + MEMORY_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", false);
    }

    public String url() {
        return url;
    }

    @Override
    public <T> T read(Function<UserPoolQueries, T> work) {
        return inTransaction(H2UserPoolTransaction::new, work::apply, false);
    }

    @Override
    public <T> T write(Function<UserPoolTransaction, T> work) {
        return inTransaction(H2UserPoolTransaction::new, work, true);
    }

    /** The Step Functions tables of this database, in the same transactions as everything else in it. */
    public StepFunctionsStore stepFunctions() {
        return stepFunctions;
    }

    private <X, T> T inTransaction(Function<Connection, X> open, Function<X, T> work, boolean writing) {
        lock.lock();
        try {
            if (closed) {
                throw new StoreException("the store is closed");
            }
            X tx = open.apply(connection);
            T result;
            try {
                result = work.apply(tx);
            } catch (RuntimeException | Error e) {
                rollback(e);
                throw e;
            }
            try {
                connection.commit();
                if (writing && fileMode) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("CHECKPOINT");
                    }
                }
            } catch (SQLException e) {
                rollback(e);
                throw new StoreException("commit failed: " + e.getMessage(), e);
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    private void rollback(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try (Statement s = connection.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new StoreException("cannot close the database: " + e.getMessage(), e);
            } finally {
                closeQuietly();
            }
        } finally {
            lock.unlock();
        }
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already broken; nothing more to release
        }
    }
}
