package dev.stepwise.engine.store;

import java.util.function.Function;

/**
 * Storage for user pools. Each {@link #read} or {@link #write} is one transaction: a write commits before it returns
 * and rolls back entirely if {@code work} throws (the exception is passed on unchanged).
 */
public interface UserPoolStore extends AutoCloseable {

    <T> T read(Function<UserPoolQueries, T> work);

    <T> T write(Function<UserPoolTransaction, T> work);

    @Override
    void close();
}
