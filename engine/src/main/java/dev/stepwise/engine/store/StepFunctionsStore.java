package dev.stepwise.engine.store;

import java.util.function.Function;

/**
 * Storage for Step Functions. Each {@link #read} or {@link #write} is one transaction: a write commits before it
 * returns and rolls back entirely if {@code work} throws (the exception is passed on unchanged). Whoever opened the
 * database closes it.
 */
public interface StepFunctionsStore {

    <T> T read(Function<StepFunctionsQueries, T> work);

    <T> T write(Function<StepFunctionsTransaction, T> work);
}
