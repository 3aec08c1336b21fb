package dev.stepwise.engine.debug;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.interp.spi.TaskInvoker;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.interp.spi.TaskRequest;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers each Task with what it answered in a recorded execution: the output of its TaskSucceeded, or the error and
 * cause of its TaskFailed or TaskTimedOut, read from the history as GetExecutionHistory returns it (with execution
 * data). So an execution replays exactly, callbacks included, without calling anything.
 *
 * <p>An invocation takes the first unused answer of its state whose scheduled parameters equal its payload, so Map
 * iterations find their own answers even if AWS ran them in another order; failing that, the state's first unused
 * answer. One instance serves one run.
 */
public final class RecordedTasks implements TaskInvokers.Route {

    /** One recorded invocation: the parameters it was scheduled with (compact JSON text), and its output or error. */
    private record Answer(String parameters, JsonNode output, String error, String cause) {
    }

    private final Map<String, List<Answer>> unused;
    /** States scheduled in the history more often than answered: the execution was still waiting on them. */
    private final Set<String> waiting;

    private RecordedTasks(Map<String, List<Answer>> answers, Set<String> waiting) {
        this.unused = answers;
        this.waiting = waiting;
    }

    /** The answers in {@code events}, the {@code events} array of GetExecutionHistory. */
    public static RecordedTasks fromHistory(JsonNode events) {
        Map<Long, String> stateOfEvent = new HashMap<>();
        Map<Long, String> scheduledParameters = new HashMap<>();
        Map<String, List<Answer>> answers = new LinkedHashMap<>();
        Map<String, Integer> scheduled = new HashMap<>();
        for (JsonNode event : events) {
            long id = event.path("id").asLong();
            long previous = event.path("previousEventId").asLong();
            String type = event.path("type").asText();
            String state = type.endsWith("StateEntered")
                    ? event.path("stateEnteredEventDetails").path("name").asText(null)
                    : stateOfEvent.get(previous);
            if (state == null) {
                continue;
            }
            stateOfEvent.put(id, state);
            String parameters = scheduledParameters.get(previous);
            if (parameters != null) {
                scheduledParameters.put(id, parameters); // TaskStarted, TaskSubmitted: still the same invocation
            }
            switch (type) {
                case "TaskScheduled", "LambdaFunctionScheduled" -> {
                    scheduledParameters.put(id,
                            compact(details(event, type).path(type.startsWith("Task") ? "parameters" : "input")));
                    scheduled.merge(state, 1, Integer::sum);
                }
                case "TaskSucceeded", "LambdaFunctionSucceeded" -> add(answers, state, new Answer(parameters,
                        payload(details(event, type).path("output")), null, null));
                case "TaskFailed", "TaskTimedOut", "TaskStartFailed", "TaskSubmitFailed", "LambdaFunctionFailed",
                     "LambdaFunctionTimedOut", "LambdaFunctionStartFailed", "LambdaFunctionScheduleFailed" -> {
                    JsonNode details = details(event, type);
                    String error = details.path("error").asText(type.endsWith("TimedOut")
                            ? StatesErrorNames.TIMEOUT : StatesErrorNames.TASK_FAILED);
                    add(answers, state, new Answer(parameters, null, error, details.path("cause").asText(null)));
                }
                default -> {
                }
            }
        }
        Set<String> waiting = new HashSet<>();
        scheduled.forEach((state, count) -> {
            if (count > answers.getOrDefault(state, List.of()).size()) {
                waiting.add(state);
            }
        });
        return new RecordedTasks(answers, waiting);
    }

    private static void add(Map<String, List<Answer>> answers, String state, Answer answer) {
        answers.computeIfAbsent(state, name -> new ArrayList<>()).add(answer);
    }

    /** {@code taskScheduledEventDetails} of a TaskScheduled event, and so on. */
    private static JsonNode details(JsonNode event, String type) {
        return event.path(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails");
    }

    /** Payloads are JSON text in the history; a missing one (history read without execution data) stays missing. */
    private static JsonNode payload(JsonNode text) {
        if (!text.isTextual()) {
            return null;
        }
        try {
            return JsonReader.readJson(text.asText()).root();
        } catch (JsonSyntaxException e) {
            return JsonNodeFactory.instance.textNode(text.asText()); // AWS's histories may truncate large payloads
        }
    }

    /** The payload's text as {@link JsonPrinter#compact} prints it, so spacing does not keep it from matching. */
    private static String compact(JsonNode text) {
        JsonNode parsed = payload(text);
        return parsed == null ? null : JsonPrinter.compact(parsed);
    }

    @Override
    public Optional<TaskInvoker> route(TaskRequest request) {
        return Optional.of(new TaskInvoker() {
            @Override
            public JsonNode invoke(TaskRequest invocation) {
                Answer answer = take(invocation);
                if (answer.error() != null) {
                    throw new StatesException(answer.error(), answer.cause());
                }
                if (answer.output() == null) {
                    throw new StatesException(StatesErrorNames.TASK_FAILED, "The recorded history of state '"
                            + invocation.stateName() + "' has no output: it was read without execution data.");
                }
                return answer.output();
            }

            @Override
            public boolean answersCallback() {
                return true;
            }
        });
    }

    private synchronized Answer take(TaskRequest request) {
        List<Answer> left = unused.getOrDefault(request.stateName(), List.of());
        String payload = JsonPrinter.compact(request.payload());
        int chosen = -1;
        for (int i = 0; i < left.size() && chosen < 0; i++) {
            if (payload.equals(left.get(i).parameters())) {
                chosen = i;
            }
        }
        if (chosen < 0 && !left.isEmpty()) {
            chosen = 0;
        }
        if (chosen < 0 && waiting.contains(request.stateName())) {
            throw new StatesException(StatesErrorNames.TASK_FAILED, "State '" + request.stateName() + "' had no"
                    + " result yet when the execution was read: it was still running. Debug it again once it has"
                    + " ended.");
        }
        if (chosen < 0) {
            throw new StatesException(StatesErrorNames.TASK_FAILED, "The recorded execution has no further result"
                    + " for state '" + request.stateName() + "': the replay went another way than the execution.");
        }
        return left.remove(chosen);
    }
}
