package dev.stepwise.engine.interp.history;

/** Step Functions' history event types, by their AWS names. */
public enum HistoryEventType {
    ExecutionStarted, ExecutionSucceeded, ExecutionFailed, ExecutionTimedOut, ExecutionAborted,
    TaskStateEntered, TaskStateExited, TaskScheduled, TaskStarted, TaskSucceeded, TaskFailed, TaskTimedOut,
    TaskSubmitted, TaskStartFailed, TaskSubmitFailed, TaskStateAborted,
    PassStateEntered, PassStateExited,
    ChoiceStateEntered, ChoiceStateExited,
    WaitStateEntered, WaitStateExited, WaitStateAborted,
    SucceedStateEntered, SucceedStateExited,
    FailStateEntered,
    ParallelStateEntered, ParallelStateExited, ParallelStateStarted, ParallelStateSucceeded, ParallelStateFailed,
    ParallelStateAborted,
    MapStateEntered, MapStateExited, MapStateStarted, MapStateSucceeded, MapStateFailed, MapStateAborted,
    MapIterationStarted, MapIterationSucceeded, MapIterationFailed, MapIterationAborted,
    MapRunStarted, MapRunSucceeded, MapRunFailed, MapRunAborted
}
