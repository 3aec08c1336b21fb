package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.intrinsic.IntrinsicEnvironment;
import dev.stepwise.engine.asl.jsonata.JsonataBindings;
import dev.stepwise.engine.asl.jsonata.JsonataFunctions;
import dev.stepwise.engine.asl.jsonata.JsonataTemplate;
import dev.stepwise.engine.asl.model.Catcher;
import dev.stepwise.engine.asl.model.Retrier;
import dev.stepwise.engine.asl.model.StateType;
import dev.stepwise.engine.asl.path.PayloadTemplate;
import dev.stepwise.engine.interp.error.StatesError;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.interp.history.History;
import dev.stepwise.engine.interp.history.HistoryEventType;
import dev.stepwise.engine.interp.history.HistoryLimitExceededException;
import dev.stepwise.engine.interp.spi.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One execution in progress: its history, clock and counters, and the template every state runs through
 * (entered → input processing → handler → result processing → exited), with Retry and Catch around it.
 */
final class ExecutionRun {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** AWS's limit on a state's input or output: 256 KiB. */
    static final int PAYLOAD_LIMIT = 256 * 1024;

    final ExecutionOptions options;
    final History history;
    final JsonNode input;
    final Instant startTime;
    private final Instant deadline;
    private final ObjectNode executionContext;
    private final ObjectNode stateMachineContext;
    long transitions;
    private int taskTokens;
    private final IntrinsicEnvironment intrinsicEnvironment;
    private final JsonataFunctions jsonataFunctions;
    private final PayloadSize payloadSize = new PayloadSize(PAYLOAD_LIMIT);
    private final Map<String, Integer> invocations = new java.util.HashMap<>();

    ExecutionRun(ExecutionOptions options, JsonNode input, Integer timeoutSeconds) {
        this.options = options;
        this.input = input;
        this.history = new History(options.recordHistory(), options.historyLimit(), options.eventListener());
        this.startTime = options.clock().now();
        this.intrinsicEnvironment = new IntrinsicEnvironment(options.random(), options.uuids());
        this.jsonataFunctions = new JsonataFunctions(options.random(), options.uuids());
        this.deadline = timeoutSeconds == null ? null : startTime.plusSeconds(timeoutSeconds);
        executionContext = NODES.objectNode();
        executionContext.put("Id", options.executionArn());
        executionContext.set("Input", input);
        executionContext.put("StartTime", timestamp(startTime));
        executionContext.put("Name", options.executionName());
        executionContext.put("RoleArn", options.roleArn() != null ? options.roleArn()
                : "arn:aws:iam::" + options.accountId() + ":role/StepwiseExecutionRole");
        executionContext.put("RedriveCount", 0);
        stateMachineContext = NODES.objectNode();
        stateMachineContext.put("Id", options.stateMachineArn());
        stateMachineContext.put("Name", options.stateMachineName());
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    EngineClock clock() {
        return options.clock();
    }

    JsonNode executionContext() {
        return executionContext;
    }

    JsonNode stateMachineContext() {
        return stateMachineContext;
    }

    /** How many times the named Task has been invoked before in this execution (mocks count invocations so). */
    int nextInvocation(String stateName) {
        return invocations.merge(stateName, 1, Integer::sum) - 1;
    }

    JsonataFunctions jsonataFunctions() {
        return jsonataFunctions;
    }

    IntrinsicEnvironment intrinsicEnvironment() {
        return intrinsicEnvironment;
    }

    String newTaskToken() {
        return options.uuids().get().toString() + "-" + (++taskTokens);
    }

    /** Runs the whole execution. */
    ExecutionResult execute(CompiledMachine machine) {
        ExecutionStatus status;
        long started = history.append(HistoryEventType.ExecutionStarted, 0, startTime, () -> {
            ObjectNode details = NODES.objectNode();
            details.set("input", input);
            details.putObject("inputDetails").put("truncated", false);
            details.put("roleArn", executionContext.get("RoleArn").textValue());
            return details;
        });
        Frame top = new Frame(this, null, new Variables(null), "", started);
        try {
            Outcome outcome = runMachine(machine, input, top);
            if (outcome.isFailure()) {
                StatesError error = outcome.error();
                history.append(HistoryEventType.ExecutionFailed, top.lastEventId, clock().now(), () -> errorDetails(error));
                status = new ExecutionStatus.Failed(error);
            } else {
                history.append(HistoryEventType.ExecutionSucceeded, top.lastEventId, clock().now(), () -> {
                    ObjectNode details = NODES.objectNode();
                    details.set("output", outcome.output());
                    details.putObject("outputDetails").put("truncated", false);
                    return details;
                });
                status = new ExecutionStatus.Succeeded(outcome.output());
            }
        } catch (HistoryLimitExceededException overLimit) {
            StatesError error = new StatesError(StatesErrorNames.RUNTIME, overLimit.getMessage());
            appendFinal(HistoryEventType.ExecutionFailed, errorDetails(error));
            status = new ExecutionStatus.Failed(error);
        } catch (ExecutionTimeout timeout) {
            StatesError error = new StatesError(StatesErrorNames.TIMEOUT, "The execution timed out.");
            appendFinal(HistoryEventType.ExecutionTimedOut, errorDetails(error));
            status = new ExecutionStatus.TimedOut(error);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            StatesError error = new StatesError("States.Aborted", "The execution was stopped.");
            appendFinal(HistoryEventType.ExecutionAborted, errorDetails(error));
            status = new ExecutionStatus.Aborted(error);
        }
        return new ExecutionResult(status, transitions, history.events(), startTime, clock().now());
    }

    /** Records how an execution that was cut short ended, after the last event of whichever scope was running. */
    private void appendFinal(HistoryEventType type, ObjectNode details) {
        history.appendFinal(type, history.lastId(), clock().now(), () -> details);
    }

    static ObjectNode errorDetails(StatesError error) {
        ObjectNode details = NODES.objectNode();
        if (error.error() != null) {
            details.put("error", error.error());
        }
        if (error.cause() != null) {
            details.put("cause", error.cause());
        }
        return details;
    }

    /** Runs a scope from its StartAt until it ends or fails. */
    Outcome runMachine(CompiledMachine machine, JsonNode scopeInput, Frame frame) throws InterruptedException {
        CompiledState state = machine.state(machine.startAt());
        JsonNode data = scopeInput;
        while (true) {
            StateResult result = runState(state, data, frame);
            if (result.error() != null) {
                return Outcome.failed(result.error());
            }
            if (result.next() == null) {
                return Outcome.succeeded(result.output());
            }
            state = machine.state(result.next());
            data = result.output();
        }
    }

    /** What a state ended with: its output and the next state (null at the end), or an error. */
    record StateResult(JsonNode output, String next, StatesError error) {
    }

    private StateResult runState(CompiledState state, JsonNode rawInput, Frame frame) throws InterruptedException {
        if (options.listener() != null) {
            options.listener().onEnter(state.name(), frame.label, rawInput);
        }
        transitions++;
        checkDeadline();
        StateType type = state.state().type();
        Instant entered = clock().now();
        long enteredId = appendFrameEvent(frame, HistoryEventType.valueOf(type.aslName() + "StateEntered"), () -> {
            ObjectNode details = NODES.objectNode();
            details.put("name", state.name());
            details.set("input", rawInput);
            details.putObject("inputDetails").put("truncated", false);
            return details;
        });
        StepContext step = new StepContext(frame, state, enteredId, entered, rawInput);
        int[] retriesUsed = new int[state.retriers().size()];
        while (true) {
            TraceBuilder trace = options.listener() == null ? null : new TraceBuilder(state.name(), frame.label, rawInput);
            StatesError error;
            try {
                return complete(step, trace);
            } catch (StatesException e) {
                error = new StatesError(e.error(), e.causeText() == null ? null : step.errorPreamble() + e.causeText());
            } catch (StateFailure failure) {
                error = failure.error();
            }
            if (!StatesErrorNames.isRecoverable(error.error())) {
                return failed(step, trace, error);
            }
            int retrierIndex = matchingRetrier(state, error.error());
            if (retrierIndex >= 0) {
                Retrier retrier = state.retriers().get(retrierIndex);
                if (retriesUsed[retrierIndex] < retrier.maxAttemptsOrDefault()) {
                    double delay = RetryDelays.delaySeconds(retrier, retriesUsed[retrierIndex], options.random());
                    retriesUsed[retrierIndex]++;
                    step.retryCount++;
                    if (trace != null) {
                        ObjectNode details = NODES.objectNode();
                        details.put("retryIndex", retrierIndex);
                        details.put("retryBackoffIntervalSeconds", delay);
                        trace.error(error, details);
                        trace.emit(options.listener(), step);
                    }
                    clock().sleep(Duration.ofMillis(Math.round(delay * 1000)));
                    checkDeadline();
                    continue;
                }
            }
            int catcherIndex = matchingCatcher(state, error.error());
            if (catcherIndex < 0) {
                return failed(step, trace, error);
            }
            return caught(step, catcherIndex, error, trace);
        }
    }

    private StateResult failed(StepContext step, TraceBuilder trace, StatesError error) {
        if (trace != null) {
            trace.error(error, null);
            trace.emit(options.listener(), step);
        }
        return new StateResult(null, null, error);
    }

    /** Everything after the Entered event, for one attempt. */
    private StateResult complete(StepContext step, TraceBuilder trace) throws InterruptedException {
        if (step.state.jsonata() != null) {
            return completeJsonata(step, trace);
        }
        CompiledState state = step.state;
        state.handler().prepare(step);
        JsonNode raw = step.rawInput;
        JsonNode afterInputPath = DataProcessing.inputPath(state, raw, step);
        JsonNode effective = state.parameters() == null ? afterInputPath : state.parameters().evaluate(afterInputPath, step);
        if (trace != null) {
            trace.input(afterInputPath, state.parameters() == null ? null : effective);
        }
        StateHandler.HandlerResult handled = state.handler().run(step, effective);
        JsonNode result = handled.result();
        JsonNode selected = state.resultSelector() == null ? result : state.resultSelector().evaluate(result, step);
        PayloadTemplate assign = handled.choosesAssign() ? handled.assign() : state.assign();
        Map<String, JsonNode> assignments = DataProcessing.assignments(assign, selected, step);
        JsonNode afterResultPath = state.resultPath() == null ? selected : state.resultPath().apply(raw, selected);
        JsonNode output = DataProcessing.outputPath(state, afterResultPath, step);
        checkSize(state, output);
        step.frame.variables.assignAll(assignments);
        String next = handled.next() != null ? handled.next() : state.state().transition().next();
        exited(step, output);
        if (trace != null) {
            trace.result(result, state.resultSelector() == null ? null : selected, afterResultPath, output,
                    step.frame.variables.snapshot(), next);
            trace.emit(options.listener(), step);
        }
        return new StateResult(output, next, null);
    }

    /** The JSONata form: Arguments → handler → Assign and Output, both seeing the variables from before. */
    private StateResult completeJsonata(StepContext step, TraceBuilder trace) throws InterruptedException {
        CompiledState state = step.state;
        JsonataParts parts = state.jsonata();
        state.handler().prepare(step);
        JsonNode effective = parts.arguments() == null ? step.rawInput
                : parts.arguments().evaluate(step.bindings().build(), "Arguments");
        StateHandler.HandlerResult handled = state.handler().run(step, effective);
        JsonataBindings.Builder bindings = step.bindings();
        if (parts.hasResult()) {
            bindings.result(handled.result());
        }
        JsonataBindings outputBindings = bindings.build();
        JsonataTemplate assign = handled.choosesAssign() ? handled.jsonataAssign() : parts.assign();
        JsonataTemplate outputTemplate = handled.choosesAssign() ? handled.jsonataOutput() : parts.output();
        Map<String, JsonNode> assignments = assign == null ? new LinkedHashMap<>()
                : fieldsOf(assign.evaluate(outputBindings, "Assign"));
        JsonNode output = outputTemplate != null ? outputTemplate.evaluate(outputBindings, "Output")
                : parts.hasResult() ? handled.result() : step.rawInput;
        checkSize(state, output);
        step.frame.variables.assignAll(assignments);
        String next = handled.next() != null ? handled.next() : state.state().transition().next();
        exited(step, output);
        if (trace != null) {
            trace.input(null, null);
            trace.arguments(parts.arguments() == null ? null : effective);
            trace.result(parts.hasResult() ? handled.result() : null, null, null, output,
                    step.frame.variables.snapshot(), next);
            trace.emit(options.listener(), step);
        }
        return new StateResult(output, next, null);
    }

    private static Map<String, JsonNode> fieldsOf(JsonNode object) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
        return fields;
    }

    private StateResult caught(StepContext step, int catcherIndex, StatesError error, TraceBuilder trace) {
        CompiledState.CompiledCatcher compiled = step.state.catchers().get(catcherIndex);
        Catcher catcher = compiled.catcher();
        ObjectNode errorOutput = NODES.objectNode();
        errorOutput.put("Error", error.error());
        if (error.cause() != null) {
            errorOutput.put("Cause", error.cause());
        }
        try {
            Map<String, JsonNode> assignments;
            JsonNode output;
            if (step.state.jsonata() != null) {
                JsonataBindings bindings = step.bindings().errorOutput(errorOutput).build();
                assignments = compiled.jsonataAssign() == null ? new LinkedHashMap<>()
                        : fieldsOf(compiled.jsonataAssign().evaluate(bindings, "Assign"));
                output = compiled.jsonataOutput() == null ? errorOutput
                        : compiled.jsonataOutput().evaluate(bindings, "Output");
            } else {
                assignments = DataProcessing.assignments(compiled.assign(), errorOutput, step);
                output = compiled.resultPath() == null ? errorOutput
                        : compiled.resultPath().apply(step.rawInput, errorOutput);
            }
            step.frame.variables.assignAll(assignments);
            exited(step, output);
            if (trace != null) {
                ObjectNode details = NODES.objectNode();
                details.put("catchIndex", catcherIndex);
                trace.error(error, details);
                trace.result(null, null, output, output, step.frame.variables.snapshot(), catcher.next());
                trace.emit(options.listener(), step);
            }
            return new StateResult(output, catcher.next(), null);
        } catch (StatesException e) {
            return new StateResult(null, null, new StatesError(e.error(),
                    e.causeText() == null ? null : step.errorPreamble() + e.causeText()));
        }
    }

    private void exited(StepContext step, JsonNode output) {
        StateType type = step.state.state().type();
        if (type == StateType.FAIL) {
            return;
        }
        step.event(HistoryEventType.valueOf(type.aslName() + "StateExited"), () -> {
            ObjectNode details = NODES.objectNode();
            details.put("name", step.state.name());
            details.set("output", output);
            details.putObject("outputDetails").put("truncated", false);
            return details;
        });
    }

    private long appendFrameEvent(Frame frame, HistoryEventType type, History.DetailsBuilder details) {
        long id = history.append(type, frame.lastEventId, clock().now(), details);
        frame.lastEventId = id;
        return id;
    }

    private static int matchingRetrier(CompiledState state, String error) {
        for (int i = 0; i < state.retriers().size(); i++) {
            if (ErrorMatching.matches(state.retriers().get(i).errorEquals(), error)) {
                return i;
            }
        }
        return -1;
    }

    private static int matchingCatcher(CompiledState state, String error) {
        for (int i = 0; i < state.catchers().size(); i++) {
            if (ErrorMatching.matches(state.catchers().get(i).catcher().errorEquals(), error)) {
                return i;
            }
        }
        return -1;
    }

    private void checkDeadline() {
        if (deadline != null && clock().now().isAfter(deadline)) {
            throw new ExecutionTimeout();
        }
    }

    private void checkSize(CompiledState state, JsonNode output) {
        if (payloadSize.exceeds(output)) {
            throw new StatesException(StatesErrorNames.DATA_LIMIT_EXCEEDED, "The state/task '" + state.name()
                    + "' returned a result with a size exceeding the maximum number of bytes service limit.");
        }
    }

    /** The execution's TimeoutSeconds passed; unwinds every scope. */
    static final class ExecutionTimeout extends RuntimeException {
        ExecutionTimeout() {
            super("execution timed out", null, false, false);
        }
    }

    /** Collects one state's phases for a {@link StepListener}. */
    static final class TraceBuilder {
        private final String stateName;
        private final String scope;
        private final JsonNode input;
        private JsonNode afterInputPath;
        private JsonNode afterParameters;
        private JsonNode afterArguments;
        private JsonNode result;
        private JsonNode afterResultSelector;
        private JsonNode afterResultPath;
        private JsonNode output;
        private ObjectNode variables;
        private ObjectNode errorDetails;
        private String error;
        private String cause;
        private String next;

        TraceBuilder(String stateName, String scope, JsonNode input) {
            this.stateName = stateName;
            this.scope = scope;
            this.input = input;
        }

        void input(JsonNode afterInputPathValue, JsonNode afterParametersValue) {
            afterInputPath = afterInputPathValue;
            afterParameters = afterParametersValue;
        }

        void result(JsonNode resultValue, JsonNode selected, JsonNode placed, JsonNode out, ObjectNode vars,
                    String nextState) {
            result = resultValue;
            afterResultSelector = selected;
            afterResultPath = placed;
            output = out;
            variables = vars;
            next = nextState;
        }

        void arguments(JsonNode afterArgumentsValue) {
            afterArguments = afterArgumentsValue;
        }

        void error(StatesError statesError, ObjectNode details) {
            error = statesError.error();
            cause = statesError.cause();
            errorDetails = details;
        }

        void emit(StepListener listener, StepContext step) {
            listener.onStep(new StepTrace(stateName, scope, input, afterInputPath, afterParameters, afterArguments, result,
                    afterResultSelector, afterResultPath, output, variables, errorDetails, step.tracedItems,
                    step.tracedSelections, step.tracedBatches, error, cause, next));
        }
    }

    static Map<String, JsonNode> noAssignments() {
        return new LinkedHashMap<>();
    }
}
