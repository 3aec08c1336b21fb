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

    CompiledMachine compile(StateMachine machine) {
        Map<String, CompiledState> states = new LinkedHashMap<>();
        for (State state : machine.states().values()) {
            states.put(state.name(), compile(state));
        }
        return new CompiledMachine(machine, machine.startAt(), states);
    }

    private CompiledState compile(State state) {
        boolean jsonata = state.queryLanguage() == QueryLanguage.JSONATA;
        List<CompiledState.CompiledCatcher> catchers = new ArrayList<>();
        for (Catcher catcher : catchersOf(state)) {
            catchers.add(jsonata
                    ? new CompiledState.CompiledCatcher(catcher, null, null, jsonata(catcher.output()), jsonata(catcher.assign()))
                    : new CompiledState.CompiledCatcher(catcher, ResultPath.compile(catcher.resultPath()),
                            template(catcher.assign()), null, null));
        }
        if (jsonata) {
            JsonataParts parts = new JsonataParts(jsonata(argumentsOf(state)), jsonata(state.output()),
                    jsonata(state.assign()), producesResult(state));
            return new CompiledState(state, QueryLanguage.JSONATA, null, false, null, null, null, null, false, null,
                    retriersOf(state), catchers, handler(state, parts), parts);
        }
        DataPaths paths = pathsOf(state);
        return new CompiledState(state, QueryLanguage.JSONPATH, path(paths.inputPath()), paths.inputPath() == null,
                template(paths.parameters()), template(paths.resultSelector()), ResultPath.compile(paths.resultPath()),
                path(paths.outputPath()), paths.outputPath() == null, template(state.assign()), retriersOf(state),
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
            JsonNode seconds = literalOnly(wait.seconds());
            JsonNode timestamp = literalOnly(wait.timestamp());
            return new WaitHandler(seconds == null ? null : seconds.longValue(),
                    timestamp == null ? null : parseTimestamp(timestamp), path(wait.secondsPath()),
                    path(wait.timestampPath()), expressionOnly(wait.seconds()), expressionOnly(wait.timestamp()));
        }
        if (state instanceof TaskState task) {
            return new TaskHandler(task.resource());
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

    private static DataPaths pathsOf(State state) {
        if (state instanceof TaskState s) {
            return s.paths();
        }
        if (state instanceof PassState s) {
            return s.paths();
        }
        if (state instanceof ChoiceState s) {
            return s.paths();
        }
        if (state instanceof WaitState s) {
            return s.paths();
        }
        if (state instanceof SucceedState s) {
            return s.paths();
        }
        if (state instanceof ParallelState s) {
            return s.paths();
        }
        if (state instanceof MapState s) {
            return s.paths();
        }
        return new DataPaths(DataPaths.ROOT, null, null, null, DataPaths.ROOT);
    }

    private static List<dev.stepwise.engine.asl.model.Retrier> retriersOf(State state) {
        if (state instanceof TaskState s) {
            return s.retry();
        }
        if (state instanceof ParallelState s) {
            return s.retry();
        }
        if (state instanceof MapState s) {
            return s.retry();
        }
        return List.of();
    }

    private static List<Catcher> catchersOf(State state) {
        if (state instanceof TaskState s) {
            return s.catches();
        }
        if (state instanceof ParallelState s) {
            return s.catches();
        }
        if (state instanceof MapState s) {
            return s.catches();
        }
        return List.of();
    }
}
