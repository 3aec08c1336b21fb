package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.jsonata.JsonataExpression;
import dev.stepwise.engine.asl.jsonata.JsonataTemplate;
import dev.stepwise.engine.asl.model.Catcher;
import dev.stepwise.engine.asl.model.ChoiceState;
import dev.stepwise.engine.asl.model.DataPaths;
import dev.stepwise.engine.asl.model.FailState;
import dev.stepwise.engine.asl.model.MapState;
import dev.stepwise.engine.asl.model.ParallelState;
import dev.stepwise.engine.asl.model.PassState;
import dev.stepwise.engine.asl.model.QueryLanguage;
import dev.stepwise.engine.asl.model.State;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.model.SucceedState;
import dev.stepwise.engine.asl.model.TaskState;
import dev.stepwise.engine.asl.model.WaitState;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.asl.path.PayloadTemplate;
import dev.stepwise.engine.asl.path.ResultPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compiles a state machine's expressions once, so that running it never parses a path or a call again. */
final class Compiler {

    private final PayloadTemplate.ExpressionCompiler intrinsics;

    Compiler(PayloadTemplate.ExpressionCompiler intrinsics) {
        this.intrinsics = intrinsics;
    }

    /**
     * @throws IllegalArgumentException when StartAt or a transition (Next, Default, a rule's or a catcher's Next)
     *                                  names a state that is not in its scope: the run would have nowhere to go
     */
    CompiledMachine compile(StateMachine machine) {
        requireTargets(machine);
        Map<String, CompiledState> states = new LinkedHashMap<>();
        for (State state : machine.states().values()) {
            states.put(state.name(), compile(state));
        }
        return new CompiledMachine(machine, machine.startAt(), states);
    }

    private static void requireTargets(StateMachine machine) {
        requireTarget(machine, "StartAt", machine.startAt());
        for (State state : machine.states().values()) {
            if (state instanceof ChoiceState choice) {
                for (int i = 0; i < choice.choices().size(); i++) {
                    requireTarget(machine, state.name() + ".Choices[" + i + "].Next", choice.choices().get(i).next());
                }
                if (choice.defaultNext() != null) {
                    requireTarget(machine, state.name() + ".Default", choice.defaultNext());
                }
            } else if (state.transition().hasNext()) {
                requireTarget(machine, state.name() + ".Next", state.transition().next());
            }
            List<Catcher> catchers = state.catches();
            for (int i = 0; i < catchers.size(); i++) {
                requireTarget(machine, state.name() + ".Catch[" + i + "].Next", catchers.get(i).next());
            }
        }
    }

    private static void requireTarget(StateMachine machine, String field, String target) {
        if (target == null || !machine.states().containsKey(target)) {
            throw new IllegalArgumentException(field + " names no state of its scope: " + target);
        }
    }

    private CompiledState compile(State state) {
        boolean jsonata = state.queryLanguage() == QueryLanguage.JSONATA;
        List<CompiledState.CompiledCatcher> catchers = new ArrayList<>();
        for (Catcher catcher : state.catches()) {
            catchers.add(jsonata
                    ? new CompiledState.CompiledCatcher(catcher, null, null, jsonata(catcher.output()), jsonata(catcher.assign()))
                    : new CompiledState.CompiledCatcher(catcher, ResultPath.compile(catcher.resultPath()),
                            template(catcher.assign()), null, null));
        }
        if (jsonata) {
            JsonataParts parts = new JsonataParts(jsonata(argumentsOf(state)), jsonata(state.output()),
                    jsonata(state.assign()), producesResult(state));
            return new CompiledState(state, QueryLanguage.JSONATA, null, false, null, null, null, null, false, null,
                    state.retry(), catchers, handler(state, parts), parts);
        }
        DataPaths paths = state.paths();
        return new CompiledState(state, QueryLanguage.JSONPATH, path(paths.inputPath()), paths.inputPath() == null,
                template(paths.parameters()), template(paths.resultSelector()), ResultPath.compile(paths.resultPath()),
                path(paths.outputPath()), paths.outputPath() == null, template(state.assign()), state.retry(),
                catchers, handler(state, null), null);
    }

    /** A JSONata field compiled; null when absent. */
    static JsonataTemplate jsonata(JsonNode field) {
        return field == null ? null : JsonataTemplate.compile(field);
    }

    private static JsonNode argumentsOf(State state) {
        if (state instanceof TaskState task) {
            return task.arguments();
        }
        if (state instanceof ParallelState parallel) {
            return parallel.arguments();
        }
        return null;
    }

    private static boolean producesResult(State state) {
        return state instanceof TaskState || state instanceof ParallelState || state instanceof MapState;
    }

    /** A JSONata value that is an expression is evaluated at run time; a literal is taken as it is. */
    private static JsonataTemplate expressionOnly(JsonNode value) {
        return value != null && JsonataExpression.isExpression(value) ? JsonataTemplate.compile(value) : null;
    }

    private static JsonNode literalOnly(JsonNode value) {
        return value != null && !JsonataExpression.isExpression(value) ? value : null;
    }

    private StateHandler handler(State state, JsonataParts jsonata) {
        if (state instanceof PassState pass) {
            return new PassHandler(jsonata == null ? pass.result() : null);
        }
        if (state instanceof SucceedState) {
            return new SucceedHandler();
        }
        if (state instanceof FailState fail) {
            if (jsonata != null) {
                return new FailHandler(literalText(fail.json().get("Error")), null,
                        literalText(fail.json().get("Cause")), null, expressionOnly(fail.json().get("Error")),
                        expressionOnly(fail.json().get("Cause")));
            }
            return new FailHandler(fail.error(), expression("ErrorPath", fail.errorPath()), fail.cause(),
                    expression("CausePath", fail.causePath()), null, null);
        }
        if (state instanceof WaitState wait) {
            requireOneDuration(wait);
            JsonNode seconds = literalOnly(wait.seconds());
            if (seconds != null && !(seconds.isIntegralNumber() && seconds.canConvertToLong())) {
                throw new IllegalArgumentException("Wait state '" + wait.name() + "': Seconds must be an integer: "
                        + seconds);
            }
            JsonNode timestamp = literalOnly(wait.timestamp());
            return new WaitHandler(seconds == null ? null : seconds.longValue(),
                    timestamp == null ? null : parseTimestamp(timestamp), path(wait.secondsPath()),
                    path(wait.timestampPath()), expressionOnly(wait.seconds()), expressionOnly(wait.timestamp()));
        }
        if (state instanceof TaskState task) {
            return new TaskHandler(task.resource(), timeouts(task));
        }
        if (state instanceof ParallelState parallel) {
            return new ParallelHandler(parallel.branches().stream().map(this::compile).toList());
        }
        if (state instanceof MapState map) {
            MapInputs inputs = jsonata != null
                    ? new JsonataMapInputs(jsonata(map.items()), jsonata(map.itemSelector()), jsonata(map.maxConcurrency()),
                            jsonata(map.toleratedFailureCount()), jsonata(map.toleratedFailurePercentage()))
                    : new JsonPathMapInputs(path(map.itemsPath()), template(map.itemSelector()),
                            path(map.maxConcurrencyPath()), tolerance(map));
            return new MapHandler(compile(map.itemProcessor()), inputs, distributed(map, jsonata != null));
        }
        if (state instanceof ChoiceState choice) {
            return ChoiceHandler.compile(choice, this, jsonata != null, jsonata);
        }
        throw new IllegalStateException("no handler for " + state.type());
    }

    /** A Wait waits by exactly one of Seconds, Timestamp, SecondsPath and TimestampPath; with none it cannot run. */
    private static void requireOneDuration(WaitState wait) {
        int given = (wait.seconds() == null ? 0 : 1) + (wait.timestamp() == null ? 0 : 1)
                + (wait.secondsPath() == null ? 0 : 1) + (wait.timestampPath() == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("Wait state '" + wait.name() + "' must have exactly one of Seconds,"
                    + " Timestamp, SecondsPath and TimestampPath, but has " + given);
        }
    }

    private static TaskTimeouts timeouts(TaskState task) {
        return new TaskTimeouts(TaskTimeouts.literal(task.name(), "TimeoutSeconds", literalOnly(task.timeoutSeconds())),
                task.timeoutSecondsPath() == null ? null : PathExpression.compile(task.timeoutSecondsPath()),
                expressionOnly(task.timeoutSeconds()),
                TaskTimeouts.literal(task.name(), "HeartbeatSeconds", literalOnly(task.heartbeatSeconds())),
                task.heartbeatSecondsPath() == null ? null : PathExpression.compile(task.heartbeatSecondsPath()),
                expressionOnly(task.heartbeatSeconds()));
    }

    /** A DISTRIBUTED Map's label and data parts; null for an INLINE Map. */
    private MapHandler.Distributed distributed(MapState map, boolean jsonata) {
        MapState.ProcessorConfig config = map.processorConfig();
        if (config == null || config.mode() != MapState.ProcessorConfig.Mode.DISTRIBUTED) {
            return null;
        }
        return new MapHandler.Distributed(map.label() == null ? map.name() : map.label(),
                ItemReader.compile(map.itemReader(), jsonata, this),
                ItemBatcher.compile(map.itemBatcher(), jsonata, this),
                ResultWriter.compile(map.resultWriter(), jsonata, this));
    }

    private static String literalText(JsonNode value) {
        return value == null || JsonataExpression.isExpression(value) || !value.isTextual() ? null : value.textValue();
    }

    private FailureTolerance tolerance(MapState map) {
        JsonNode count = map.toleratedFailureCount();
        JsonNode percentage = map.toleratedFailurePercentage();
        return new FailureTolerance(count == null || !count.isNumber() ? null : count.intValue(),
                path(map.toleratedFailureCountPath()),
                percentage == null || !percentage.isNumber() ? null : percentage.doubleValue(),
                path(map.toleratedFailurePercentagePath()));
    }

    private static Instant parseTimestamp(JsonNode timestamp) {
        Instant parsed = timestamp.isTextual() ? WaitHandler.parseTimestamp(timestamp.textValue()) : null;
        if (parsed == null) {
            throw new IllegalArgumentException("Timestamp is not an ISO-8601 date-time: " + timestamp);
        }
        return parsed;
    }

    PathExpression path(String text) {
        return text == null || text.equals(DataPaths.ROOT) ? null : PathExpression.compile(text);
    }

    PayloadTemplate template(JsonNode template) {
        return template == null ? null : PayloadTemplate.compile(template, intrinsics);
    }

    private PayloadTemplate.Expression expression(String field, String text) {
        return text == null ? null : PayloadTemplate.expression(field, text, intrinsics);
    }
}
