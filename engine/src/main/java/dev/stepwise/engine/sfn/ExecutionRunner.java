package dev.stepwise.engine.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.ExecutionResult;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.error.StatesError;
import dev.stepwise.engine.interp.history.HistoryEventType;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.sfn.model.ExecutionRecord;
import dev.stepwise.engine.sfn.model.StoredEvent;
import dev.stepwise.engine.store.StepFunctionsStore;
import dev.stepwise.engine.store.StepFunctionsTransaction;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs executions and keeps the store in step with them. An execution's row is committed RUNNING before it starts;
 * its history is kept in memory while it runs (GetExecutionHistory reads it there) and stored with its end in one
 * transaction, whether it ends by itself, by StopExecution or because the service closes.
 */
final class ExecutionRunner {

    /** The error of executions that the service could not let finish. */
    static final String SERVICE_STOPPED = "Stepwise.ServiceStopped";
    static final String CLOSED_CAUSE = "The Stepwise service was shut down while the execution was running.";
    static final String RESTARTED_CAUSE = "The Stepwise service ended while the execution was running (it was not"
            + " shut down cleanly); executions do not resume after a restart.";

    private final StepFunctionsStore store;
    private final Clock clock;
    private final ExecutorService executor;
    private final boolean ownsExecutor;
    private final Map<String, LiveExecution> running = new ConcurrentHashMap<>();

    ExecutionRunner(StepFunctionsStore store, Clock clock, ExecutorService executor, boolean ownsExecutor) {
        this.store = store;
        this.clock = clock;
        this.executor = executor;
        this.ownsExecutor = ownsExecutor;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Runs a committed RUNNING execution in the background. */
    void start(ExecutionRecord execution, Interpreter.Program program, JsonNode input, ExecutionOptions options) {
        LiveExecution live = new LiveExecution(execution.arn());
        running.put(execution.arn(), live);
        try {
            live.runningAs(executor.submit(() -> run(live, execution, program, input, options)));
        } catch (RejectedExecutionException closed) {
            abort(live, execution, SERVICE_STOPPED, CLOSED_CAUSE);
        }
    }

    /** Runs a committed RUNNING execution in the calling thread and returns how it ended. */
    ExecutionRecord runHere(ExecutionRecord execution, Interpreter.Program program, JsonNode input,
                            ExecutionOptions options) {
        LiveExecution live = new LiveExecution(execution.arn());
        running.put(execution.arn(), live);
        ExecutionRecord ended = run(live, execution, program, input, options);
        return ended != null ? ended : store.read(q -> q.findExecution(execution.arn())).orElseThrow();
    }

    private ExecutionRecord run(LiveExecution live, ExecutionRecord execution, Interpreter.Program program,
                                JsonNode input, ExecutionOptions options) {
        ExecutionResult result = null;
        RuntimeException crash = null;
        try {
            result = program.execute(input, options.withEventListener(live::record));
        } catch (RuntimeException e) {
            crash = e; // our bug: the execution fails with it rather than staying RUNNING for ever
        }
        synchronized (live) {
            if (!live.end()) {
                return null; // stopped meanwhile; the stop stored its end
            }
            List<StoredEvent> events = new ArrayList<>(live.events());
            ExecutionRecord ended;
            if (crash != null) {
                String cause = "Stepwise failed to run the execution: " + crash;
                long last = live.lastEventId();
                events.add(new StoredEvent(last + 1, last, HistoryEventType.ExecutionFailed.name(), now(),
                        HistoryJson.errorDetails("States.Runtime", cause)));
                ended = execution.ended("FAILED", null, "States.Runtime", cause, now());
            } else {
                StatesError error = result.error();
                ended = execution.ended(result.status().awsName(),
                        result.output() == null ? null : JsonPrinter.compact(result.output()),
                        error == null ? null : error.error(), error == null ? null : error.cause(),
                        result.stopTime().truncatedTo(ChronoUnit.MILLIS));
            }
            store.write(tx -> {
                tx.appendEvents(execution.arn(), events);
                tx.updateExecution(ended);
                return null;
            });
            running.remove(execution.arn(), live);
            return ended;
        }
    }

    /** The history so far of an execution running here. */
    Optional<List<StoredEvent>> liveEvents(String executionArn) {
        LiveExecution live = running.get(executionArn);
        return live == null ? Optional.empty() : Optional.of(live.events());
    }

    /**
     * Stops a RUNNING execution: ABORTED with this error and cause, an ExecutionAborted event after the last one, all
     * committed before this returns. An execution that already ended is left as it is.
     */
    void stop(ExecutionRecord execution, String error, String cause) {
        LiveExecution live = running.get(execution.arn());
        if (live != null) {
            abort(live, execution, error, cause);
            return;
        }
        // Not running here (its run just ended, or it was left over): settle it from what is stored.
        store.write(tx -> {
            tx.findExecution(execution.arn()).filter(ExecutionRecord::isRunning)
                    .ifPresent(stored -> abortStored(tx, stored, error, cause, now()));
            return null;
        });
    }

    private void abort(LiveExecution live, ExecutionRecord execution, String error, String cause) {
        synchronized (live) {
            if (live.end()) {
                List<StoredEvent> events = new ArrayList<>(live.events());
                long last = live.lastEventId();
                Instant at = now();
                events.add(new StoredEvent(last + 1, last, HistoryEventType.ExecutionAborted.name(), at,
                        HistoryJson.errorDetails(error, cause)));
                store.write(tx -> {
                    tx.appendEvents(execution.arn(), events);
                    tx.updateExecution(execution.ended("ABORTED", null, error, cause, at));
                    return null;
                });
                running.remove(execution.arn(), live);
            }
        }
        live.interrupt();
    }

    /** Ends a stored RUNNING execution with nobody running it: ABORTED, its history closed by ExecutionAborted. */
    static void abortStored(StepFunctionsTransaction tx, ExecutionRecord execution,
                            String error, String cause, Instant at) {
        List<StoredEvent> stored = tx.events(execution.arn());
        List<StoredEvent> added = new ArrayList<>();
        long last = stored.isEmpty() ? 0 : stored.get(stored.size() - 1).id();
        if (stored.isEmpty()) {
            // The run never stored its events; its start is known from the row.
            ObjectNode details = SfnWire.object();
            details.put("input", execution.input());
            details.putObject("inputDetails").put("truncated", false);
            details.put("roleArn", execution.roleArn());
            added.add(new StoredEvent(1, 0, HistoryEventType.ExecutionStarted.name(), execution.startDate(), details));
            last = 1;
        }
        added.add(new StoredEvent(last + 1, last, HistoryEventType.ExecutionAborted.name(), at,
                HistoryJson.errorDetails(error, cause)));
        tx.appendEvents(execution.arn(), added);
        tx.updateExecution(execution.ended("ABORTED", null, error, cause, at));
    }

    /** Marks the executions that a previous process left RUNNING as ABORTED, saying why. Returns how many. */
    static int recover(StepFunctionsStore store, Instant now) {
        return store.write(tx -> {
            List<ExecutionRecord> left = tx.runningExecutions();
            for (ExecutionRecord execution : left) {
                abortStored(tx, execution, SERVICE_STOPPED, RESTARTED_CAUSE, now);
            }
            return left.size();
        });
    }

    /** Aborts what still runs (stored as ABORTED with {@link #SERVICE_STOPPED}) and stops the threads. */
    void close(Function<String, Optional<ExecutionRecord>> find) {
        for (LiveExecution live : List.copyOf(running.values())) {
            find.apply(live.arn).ifPresent(execution -> abort(live, execution, SERVICE_STOPPED, CLOSED_CAUSE));
        }
        if (ownsExecutor) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
