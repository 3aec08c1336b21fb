package dev.stepwise.engine.interp;

import dev.stepwise.engine.interp.history.History;
import dev.stepwise.engine.interp.history.HistoryEvent;
import dev.stepwise.engine.interp.spi.EngineClock;
import dev.stepwise.engine.interp.spi.ObjectStore;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.interp.spi.VirtualClock;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * How to run one execution. The defaults give a STANDARD execution on a virtual clock with history recorded and no
 * task invokers.
 *
 * @param historyLimit the most history events allowed (0: no limit; STANDARD executions have 25,000)
 * @param listener     told of every state step, or null
 * @param taskTokens   where {@code .waitForTaskToken} tasks wait for SendTaskSuccess/Failure/Heartbeat, or null: then
 *                     such a task takes its invoker's result as the callback's (as mocks expect)
 * @param objectStore  where a Distributed Map's ItemReader and ResultWriter find S3 objects, or null (none)
 * @param eventListener told of every recorded history event as it is appended, or null (a service shows the history
 *                      of a running execution through it)
 * @param roleArn      the execution role, as {@code $$.Execution.RoleArn} and ExecutionStarted show it, or null for
 *                     a made-up role of the account
 * @param arn          the execution's ARN when it is not the STANDARD form built from the names (an EXPRESS
 *                     execution's {@code express:} ARN), or null
 */
public record ExecutionOptions(String executionName, String stateMachineName, String region, String accountId,
                               EngineClock clock, TaskInvokers invokers, boolean recordHistory, int historyLimit,
                               RandomGenerator random, Supplier<UUID> uuids, StepListener listener,
                               TaskTokens taskTokens, ObjectStore objectStore,
                               Consumer<HistoryEvent> eventListener, String roleArn, String arn) {

    public ExecutionOptions {
        Objects.requireNonNull(executionName, "executionName");
        Objects.requireNonNull(stateMachineName, "stateMachineName");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(invokers, "invokers");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(uuids, "uuids");
    }

    public static ExecutionOptions defaults() {
        return new ExecutionOptions(UUID.randomUUID().toString(), "StateMachine", "us-east-1", "000000000000",
                new VirtualClock(Instant.now()), TaskInvokers.NONE, true, History.STANDARD_LIMIT, new Random(),
                UUID::randomUUID, null, null, null, null, null, null);
    }

    public ExecutionOptions withClock(EngineClock newClock) {
        return new ExecutionOptions(executionName, stateMachineName, region, accountId, newClock, invokers,
                recordHistory, historyLimit, random, uuids, listener, taskTokens, objectStore, eventListener, roleArn,
                arn);
    }

    public ExecutionOptions withInvokers(TaskInvokers newInvokers) {
        return new ExecutionOptions(executionName, stateMachineName, region, accountId, clock, newInvokers,
                recordHistory, historyLimit, random, uuids, listener, taskTokens, objectStore, eventListener, roleArn,
                arn);
    }

    public ExecutionOptions withHistory(boolean record, int limit) {
        return new ExecutionOptions(executionName, stateMachineName, region, accountId, clock, invokers, record, limit,
                random, uuids, listener, taskTokens, objectStore, eventListener, roleArn, arn);
    }

    public ExecutionOptions withListener(StepListener newListener) {
        return new ExecutionOptions(executionName, stateMachineName, region, accountId, clock, invokers,
                recordHistory, historyLimit, random, uuids, newListener, taskTokens, objectStore,
                eventListener, roleArn, arn);
    }

    public ExecutionOptions withNames(String newExecutionName, String newStateMachineName) {
        return new ExecutionOptions(newExecutionName, newStateMachineName, region, accountId, clock, invokers,
                recordHistory, historyLimit, random, uuids, listener, taskTokens, objectStore, eventListener, roleArn,
                arn);
    }

    public ExecutionOptions withRandom(RandomGenerator newRandom, Supplier<UUID> newUuids) {
        return new ExecutionOptions(executionName, stateMachineName, region, accountId, clock, invokers,
                recordHistory, historyLimit, newRandom, newUuids, listener, taskTokens, objectStore,
                eventListener, roleArn, arn);
    }

    public ExecutionOptions withTaskTokens(TaskTokens newTaskTokens) {
        return new ExecutionOptions(executionName, stateMachineName, region, accountId, clock, invokers,
                recordHistory, historyLimit, random, uuids, listener, newTaskTokens, objectStore,
                eventListener, roleArn, arn);
    }

    /** Lets Distributed Maps read and write S3 objects in {@code store}; null: they fail when they need it. */
    public ExecutionOptions withObjectStore(ObjectStore store) {
        return new ExecutionOptions(executionName, stateMachineName, region, accountId, clock, invokers,
                recordHistory, historyLimit, random, uuids, listener, taskTokens, store, eventListener, roleArn, arn);
    }

    /** The execution's Region and account, as its ARNs and the context object show them. */
    public ExecutionOptions withAccount(String newRegion, String newAccountId) {
        return new ExecutionOptions(executionName, stateMachineName, Objects.requireNonNull(newRegion, "region"),
                Objects.requireNonNull(newAccountId, "accountId"), clock, invokers, recordHistory, historyLimit, random,
                uuids, listener, taskTokens, objectStore, eventListener, roleArn, arn);
    }

    /** The execution role (its state machine's roleArn); null: a made-up role of the account. */
    public ExecutionOptions withRoleArn(String newRoleArn) {
        return new ExecutionOptions(executionName, stateMachineName, region, accountId, clock, invokers,
                recordHistory, historyLimit, random, uuids, listener, taskTokens, objectStore, eventListener,
                newRoleArn, arn);
    }

    /** Tells {@code listener} of every recorded history event as it is appended (null: nobody). */
    public ExecutionOptions withEventListener(Consumer<HistoryEvent> newListener) {
        return new ExecutionOptions(executionName, stateMachineName, region, accountId, clock, invokers,
                recordHistory, historyLimit, random, uuids, listener, taskTokens, objectStore, newListener, roleArn,
                arn);
    }

    public String stateMachineArn() {
        return "arn:aws:states:" + region + ":" + accountId + ":stateMachine:" + stateMachineName;
    }

    /** Gives the execution the ARN its service made (an EXPRESS execution's {@code express:} form). */
    public ExecutionOptions withExecutionArn(String executionArn) {
        return new ExecutionOptions(executionName, stateMachineName, region, accountId, clock, invokers,
                recordHistory, historyLimit, random, uuids, listener, taskTokens, objectStore, eventListener, roleArn,
                executionArn);
    }

    public String executionArn() {
        if (arn != null) {
            return arn;
        }
        return "arn:aws:states:" + region + ":" + accountId + ":execution:" + stateMachineName + ":" + executionName;
    }
}
