package dev.stepwise.engine.store;

/** Step Functions reads and writes inside one transaction. */
public interface StepFunctionsTransaction extends StepFunctionsQueries, StepFunctionsWrites {
}
