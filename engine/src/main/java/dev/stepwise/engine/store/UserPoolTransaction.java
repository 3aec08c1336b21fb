package dev.stepwise.engine.store;

/** Reads and writes inside one transaction. */
public interface UserPoolTransaction extends UserPoolQueries, UserPoolWrites {
}
