package dev.stepwise.engine.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.history.History;
import dev.stepwise.engine.interp.spi.RealClock;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import dev.stepwise.engine.sfn.model.ExecutionRecord;
import dev.stepwise.engine.sfn.model.StateMachineRecord;
import dev.stepwise.engine.sfn.model.StoredEvent;
import dev.stepwise.engine.testing.MockConfigException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * StartExecution, StartSyncExecution, DescribeExecution, DescribeStateMachineForExecution, StopExecution,
 * ListExecutions and GetExecutionHistory.
 */
final class ExecutionOperations {

    static final Set<String> STATUSES = Set.of("RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED",
            "PENDING_REDRIVE");

    private final ServiceContext ctx;

    ExecutionOperations(ServiceContext ctx) {
        this.ctx = ctx;
    }

    /** An execution about to start: its committed row and what runs it. */
    private record Prepared(ExecutionRecord execution, Interpreter.Program program, JsonNode input,
                            ExecutionOptions options, boolean alreadyRunning) {
    }

    ObjectNode start(JsonNode request) {
        Prepared prepared = prepare(request, false);
        if (!prepared.alreadyRunning()) {
            ctx.runner.start(prepared.execution(), prepared.program(), prepared.input(), prepared.options());
        }
        ObjectNode response = SfnWire.object();
        response.put("executionArn", prepared.execution().arn());
        response.put("startDate", SfnWire.timestamp(prepared.execution().startDate()));
        return response;
    }

    ObjectNode startSync(JsonNode request) {
        Prepared prepared = prepare(request, true);
        ExecutionRecord ended = ctx.runner.runHere(prepared.execution(), prepared.program(), prepared.input(),
                prepared.options());
        ObjectNode response = SfnWire.object();
        response.put("executionArn", ended.arn());
        response.put("stateMachineArn", ended.stateMachineArn());
        response.put("name", ended.name());
        response.put("startDate", SfnWire.timestamp(ended.startDate()));
        response.put("stopDate", SfnWire.timestamp(ended.stopDate()));
        response.put("status", ended.status());
        putIfPresent(response, "error", ended.error());
        putIfPresent(response, "cause", ended.cause());
        response.put("input", ended.input());
        response.putObject("inputDetails").put("included", true);
        if (ended.output() != null) {
            response.put("output", ended.output());
            response.putObject("outputDetails").put("included", true);
        }
        // AWS bills EXPRESS executions in 100 ms steps and 64 MB steps of memory; the smallest step is billed here.
        long millis = Duration.between(ended.startDate(), ended.stopDate()).toMillis();
        ObjectNode billing = response.putObject("billingDetails");
        billing.put("billedMemoryUsedInMB", 64);
        billing.put("billedDurationInMilliseconds", Math.max(100, (millis + 99) / 100 * 100));
        return response;
    }

    private Prepared prepare(JsonNode request, boolean sync) {
        Arns.MachineRef ref = Arns.stateMachineRef(SfnWire.required(request, "stateMachineArn"));
        Optional<String> givenName = SfnWire.optional(request, "name");
        givenName.ifPresent(Arns::checkName);
        String inputText = SfnWire.optional(request, "input").orElse("{}");
        SfnWire.checkLength("input", inputText, 0, 262144);
        JsonNode input = parseInput(inputText);
        StateMachineRecord machine = ctx.store.read(q -> ServiceContext.requireMachine(q, ref.arn()));
        boolean express = machine.type().equals("EXPRESS");
        if (sync && !express) {
            throw StepFunctionsException.typeNotSupported();
        }
        Interpreter.Program program = ctx.definitions.compile(machine.definition(), machine.type());
        TaskInvokers.Route mocks = mocks(machine, ref.testCase());
        String name = givenName.orElseGet(ctx::uuid);
        String arn = express ? ctx.arns.expressExecution(machine.name(), name, ctx.uuid())
                : ctx.arns.execution(machine.name(), name);
        Instant now = ctx.now();
        ExecutionRecord fresh = new ExecutionRecord(arn, machine.arn(), name, machine.type(), ExecutionRecord.RUNNING,
                inputText, null, null, null, now, null, ref.testCase(), machine.definition(), machine.roleArn(),
                machine.revisionId());
        Optional<ExecutionRecord> existing = ctx.store.write(tx -> {
            Optional<ExecutionRecord> found = tx.findExecution(arn);
            if (found.isEmpty()) {
                tx.insertExecution(fresh);
            }
            return found;
        });
        if (existing.isPresent()) {
            ExecutionRecord same = existing.get();
            // AWS: the same name and input as a RUNNING STANDARD execution returns that execution.
            if (same.isRunning() && !express && same.input().equals(inputText) && !sync) {
                return new Prepared(same, program, input, null, true);
            }
            throw new StepFunctionsException("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
        }
        ExecutionOptions options = ExecutionOptions.defaults()
                .withNames(name, machine.name())
                .withAccount(ctx.region, ctx.accountId)
                .withExecutionArn(arn)
                .withRoleArn(machine.roleArn())
                .withClock(new CommittedStartClock(now, new RealClock(ctx.clock)))
                .withHistory(true, express ? 0 : History.STANDARD_LIMIT)
                .withTaskTokens(ctx.taskTokens)
                .withInvokers(ctx.routes.forExecution(arn, mocks));
        return new Prepared(fresh, program, input, options, false);
    }

    private TaskInvokers.Route mocks(StateMachineRecord machine, String testCase) {
        if (testCase == null) {
            return null;
        }
        if (ctx.mocks == null) {
            throw new StepFunctionsException("InvalidName", "Invalid mock test case name '" + testCase
                    + "' for state machine '" + machine.name() + "': no MockConfigFile is configured.");
        }
        try {
            return ctx.mocks.route(machine.name(), testCase);
        } catch (MockConfigException e) {
            throw new StepFunctionsException("InvalidName", "Invalid mock test case name '" + testCase
                    + "' for state machine '" + machine.name() + "': " + e.getMessage());
        }
    }

    private static JsonNode parseInput(String text) {
        try {
            return JsonReader.readJson(text).root();
        } catch (JsonSyntaxException e) {
            throw new StepFunctionsException("InvalidExecutionInput", "Invalid State Machine Execution Input: '"
                    + e.problem() + "'");
        }
    }

    ObjectNode describe(JsonNode request) {
        ExecutionRecord execution = requireStandard(SfnWire.required(request, "executionArn"));
        ObjectNode response = SfnWire.object();
        response.put("executionArn", execution.arn());
        response.put("stateMachineArn", execution.stateMachineArn());
        response.put("name", execution.name());
        response.put("status", execution.status());
        response.put("startDate", SfnWire.timestamp(execution.startDate()));
        if (execution.stopDate() != null) {
            response.put("stopDate", SfnWire.timestamp(execution.stopDate()));
        }
        response.put("input", execution.input());
        response.putObject("inputDetails").put("included", true);
        if (execution.output() != null) {
            response.put("output", execution.output());
            response.putObject("outputDetails").put("included", true);
        }
        putIfPresent(response, "error", execution.error());
        putIfPresent(response, "cause", execution.cause());
        return response;
    }

    ObjectNode describeStateMachine(JsonNode request) {
        ExecutionRecord execution = requireAny(SfnWire.required(request, "executionArn"));
        Optional<StateMachineRecord> machine = ctx.store.read(q -> q.findStateMachine(execution.stateMachineArn()))
                .filter(m -> m.revisionId().equals(execution.revisionId()));
        ObjectNode response = SfnWire.object();
        response.put("stateMachineArn", execution.stateMachineArn());
        response.put("name", execution.stateMachineArn().substring(execution.stateMachineArn().lastIndexOf(':') + 1));
        response.put("definition", execution.definition());
        response.put("roleArn", execution.roleArn());
        // The revision it ran: its update (or creation) date while it is current, else when the execution began.
        Instant updated = machine.map(m -> m.updateDate() != null ? m.updateDate() : m.creationDate())
                .orElse(execution.startDate());
        response.put("updateDate", SfnWire.timestamp(updated));
        response.put("revisionId", execution.revisionId());
        return response;
    }

    ObjectNode stop(JsonNode request) {
        String arn = SfnWire.required(request, "executionArn");
        Optional<String> error = SfnWire.optional(request, "error");
        Optional<String> cause = SfnWire.optional(request, "cause");
        error.ifPresent(e -> SfnWire.checkLength("error", e, 0, 256));
        cause.ifPresent(c -> SfnWire.checkLength("cause", c, 0, 32768));
        ExecutionRecord execution = requireStandard(arn);
        if (execution.isRunning()) {
            ctx.runner.stop(execution, error.orElse(null), cause.orElse(null));
        }
        ExecutionRecord now = requireAny(arn);
        ObjectNode response = SfnWire.object();
        response.put("stopDate", SfnWire.timestamp(now.stopDate() != null ? now.stopDate() : ctx.now()));
        return response;
    }

    ObjectNode list(JsonNode request) {
        String machineArn = Arns.plainStateMachine(SfnWire.required(request, "stateMachineArn")).arn();
        Optional<String> status = SfnWire.optional(request, "statusFilter");
        if (status.isPresent() && !STATUSES.contains(status.get())) {
            throw StepFunctionsException.validation("1 validation error detected: Value '" + status.get() + "' at "
                    + "'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [SUCCEEDED, "
                    + "TIMED_OUT, PENDING_REDRIVE, ABORTED, FAILED, RUNNING]");
        }
        int size = SfnWire.maxResults(request, 100);
        Optional<String> token = SfnWire.optional(request, "nextToken");
        Instant afterStart = null;
        String afterArn = null;
        if (token.isPresent()) {
            String position = ServiceContext.pagePosition(token.get());
            int space = position.indexOf(' ');
            try {
                afterStart = Instant.ofEpochMilli(Long.parseLong(position.substring(0, space)));
            } catch (RuntimeException e) {
                throw ServiceContext.invalidToken(token.get());
            }
            afterArn = position.substring(space + 1);
        }
        Instant start = afterStart;
        String after = afterArn;
        List<ExecutionRecord> page = ctx.store.read(q -> {
            StateMachineRecord machine = ServiceContext.requireMachine(q, machineArn);
            if (machine.type().equals("EXPRESS")) {
                throw StepFunctionsException.typeNotSupported();
            }
            return q.listExecutions(machineArn, status.orElse(null), start, after, size + 1);
        });
        ObjectNode response = SfnWire.object();
        ArrayNode items = response.putArray("executions");
        for (ExecutionRecord execution : page.subList(0, Math.min(size, page.size()))) {
            ObjectNode item = items.addObject();
            item.put("executionArn", execution.arn());
            item.put("stateMachineArn", execution.stateMachineArn());
            item.put("name", execution.name());
            item.put("status", execution.status());
            item.put("startDate", SfnWire.timestamp(execution.startDate()));
            if (execution.stopDate() != null) {
                item.put("stopDate", SfnWire.timestamp(execution.stopDate()));
            }
        }
        if (page.size() > size) {
            ExecutionRecord last = page.get(size - 1);
            response.put("nextToken", ServiceContext.pageToken(last.startDate().toEpochMilli() + " " + last.arn()));
        }
        return response;
    }

    ObjectNode history(JsonNode request) {
        String arn = SfnWire.required(request, "executionArn");
        int size = SfnWire.maxResults(request, 100);
        boolean reverse = SfnWire.optionalBoolean(request, "reverseOrder", false);
        boolean includeData = SfnWire.optionalBoolean(request, "includeExecutionData", true);
        Optional<String> token = SfnWire.optional(request, "nextToken");
        requireStandard(arn);
        List<StoredEvent> events = new ArrayList<>(ctx.runner.liveEvents(arn)
                .orElseGet(() -> ctx.store.read(q -> q.events(arn))));
        if (reverse) {
            Collections.reverse(events);
        }
        int from = 0;
        if (token.isPresent()) {
            try {
                from = Integer.parseInt(ServiceContext.pagePosition(token.get()));
            } catch (NumberFormatException e) {
                throw ServiceContext.invalidToken(token.get());
            }
            if (from < 0 || from > events.size()) {
                throw ServiceContext.invalidToken(token.get());
            }
        }
        int to = Math.min(events.size(), from + size);
        ObjectNode response = SfnWire.object();
        ArrayNode list = response.putArray("events");
        for (StoredEvent event : events.subList(from, to)) {
            list.add(HistoryJson.wire(event, includeData));
        }
        if (to < events.size()) {
            response.put("nextToken", ServiceContext.pageToken(Integer.toString(to)));
        }
        return response;
    }

    /** The execution; EXPRESS ones are not described by this API (AWS: InvalidArn). */
    private ExecutionRecord requireStandard(String arn) {
        if (Arns.checkExecution(arn)) {
            throw new StepFunctionsException("InvalidArn", "Invalid Arn: 'Resource type not valid in this context: "
                    + "express'");
        }
        return requireAny(arn);
    }

    private ExecutionRecord requireAny(String arn) {
        Arns.checkExecution(arn);
        return ctx.store.read(q -> q.findExecution(arn))
                .orElseThrow(() -> StepFunctionsException.executionDoesNotExist(arn));
    }

    private static void putIfPresent(ObjectNode json, String member, String value) {
        if (value != null) {
            json.put(member, value);
        }
    }
}
