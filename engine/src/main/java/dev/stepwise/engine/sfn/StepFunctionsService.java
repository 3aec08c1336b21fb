package dev.stepwise.engine.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.store.StepFunctionsStore;
import dev.stepwise.engine.testing.MockConfig;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The local Step Functions service. Requests and responses are the Step Functions API's JSON shapes, so the HTTP
 * endpoint only has to dispatch {@code X-Amz-Target: AWSStepFunctions.<Operation>} to {@link #call}. Refusals are
 * {@link StepFunctionsException}s with AWS's error names and messages. Each operation's changes are one store
 * transaction, committed before it returns: a started execution is RUNNING in the store, a stopped one ABORTED.
 *
 * <p>Executions run in the background in real time, as in AWS. Executions that a previous process left RUNNING are
 * marked ABORTED when the service is built (they cannot resume); {@link #close()} aborts those still running.
 */
public final class StepFunctionsService implements AutoCloseable {

    private final ServiceContext ctx;
    private final Map<String, Function<JsonNode, ObjectNode>> operations = new LinkedHashMap<>();

    private StepFunctionsService(Builder b) {
        ExecutorService executor = b.executor != null ? b.executor : Executors.newCachedThreadPool(new Daemons());
        ExecutionRunner runner = new ExecutionRunner(b.store, b.clock, executor, b.executor == null);
        this.ctx = new ServiceContext(b.store, b.clock, b.region, b.accountId, b.mocks, runner);
        ExecutionRunner.recover(b.store, ctx.now());
        StateMachineOperations machines = new StateMachineOperations(ctx);
        ExecutionOperations executions = new ExecutionOperations(ctx);
        CallbackOperations callbacks = new CallbackOperations(ctx);
        TagOperations tags = new TagOperations(ctx);
        TestStateOperation testState = new TestStateOperation(ctx);
        operations.put("CreateStateMachine", machines::create);
        operations.put("DescribeStateMachine", machines::describe);
        operations.put("UpdateStateMachine", machines::update);
        operations.put("DeleteStateMachine", machines::delete);
        operations.put("ListStateMachines", machines::list);
        operations.put("ValidateStateMachineDefinition", machines::validate);
        operations.put("StartExecution", executions::start);
        operations.put("StartSyncExecution", executions::startSync);
        operations.put("DescribeExecution", executions::describe);
        operations.put("DescribeStateMachineForExecution", executions::describeStateMachine);
        operations.put("StopExecution", executions::stop);
        operations.put("ListExecutions", executions::list);
        operations.put("GetExecutionHistory", executions::history);
        operations.put("SendTaskSuccess", callbacks::success);
        operations.put("SendTaskFailure", callbacks::failure);
        operations.put("SendTaskHeartbeat", callbacks::heartbeat);
        operations.put("TestState", testState::test);
        operations.put("TagResource", tags::tag);
        operations.put("UntagResource", tags::untag);
        operations.put("ListTagsForResource", tags::list);
    }

    /** The operations {@link #call} answers, by their AWS names. */
    public Set<String> operations() {
        return Collections.unmodifiableSet(operations.keySet());
    }

    /**
     * Runs one operation, e.g. {@code call("StartExecution", {"stateMachineArn": ..., "input": "{...}"})}.
     *
     * @throws StepFunctionsException with AWS's error name and message when Step Functions would refuse the request
     */
    public ObjectNode call(String operation, JsonNode request) {
        Function<JsonNode, ObjectNode> handler = operations.get(operation);
        if (handler == null) {
            throw new StepFunctionsException("UnknownOperationException",
                    "Unknown operation " + operation + " for the Step Functions service");
        }
        if (request == null || !request.isObject()) {
            throw StepFunctionsException.validation("The request body must be a JSON object");
        }
        return handler.apply(request);
    }

    /** Aborts the executions still running (ABORTED, error {@code Stepwise.ServiceStopped}) and ends its threads. */
    @Override
    public void close() {
        ctx.runner.close(arn -> ctx.store.read(q -> q.findExecution(arn)));
    }

    public static Builder builder(StepFunctionsStore store) {
        return new Builder(store);
    }

    public static final class Builder {
        private final StepFunctionsStore store;
        private Clock clock = Clock.systemUTC();
        private String region = "us-east-1";
        private String accountId = "000000000000";
        private MockConfig mocks;
        private ExecutorService executor;

        private Builder(StepFunctionsStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        public Builder clock(Clock v) { clock = Objects.requireNonNull(v); return this; }
        public Builder region(String v) { region = Objects.requireNonNull(v); return this; }
        public Builder accountId(String v) { accountId = Objects.requireNonNull(v); return this; }

        /** The MockConfigFile whose test cases {@code <stateMachineArn>#<TestCase>} selects; none by default. */
        public Builder mocks(MockConfig v) { mocks = Objects.requireNonNull(v); return this; }

        /**
         * Where executions run; the caller keeps ownership and shuts it down. By default the service makes its own
         * daemon threads, one per running execution, and ends them on {@link StepFunctionsService#close()}.
         */
        public Builder executor(ExecutorService v) { executor = Objects.requireNonNull(v); return this; }

        public StepFunctionsService build() {
            return new StepFunctionsService(this);
        }
    }

    /** Execution threads never keep the process alive. */
    private static final class Daemons implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable run) {
            Thread thread = new Thread(run, "sfn-execution-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
