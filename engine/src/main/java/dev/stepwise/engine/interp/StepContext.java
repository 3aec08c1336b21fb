package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.jsonata.JsonataBindings;
import dev.stepwise.engine.asl.model.StateType;
import dev.stepwise.engine.asl.path.DataScope;
import dev.stepwise.engine.interp.history.History;
import dev.stepwise.engine.interp.history.HistoryEventType;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One run of one state: its frame, when it was entered, its raw input, and the data its expressions may read
 * (the context object and the variables).
 */
final class StepContext implements DataScope {

    final Frame frame;
    final CompiledState state;
    final long enteredEventId;
    final Instant enteredTime;
    final JsonNode rawInput;
    int retryCount;
    /** Set while a Map evaluates its ItemSelector: {@code {"Index", "Value"}}. */
    ObjectNode mapItem;
    /** A Map's items, each item's input and the batches, kept for a trace (only while someone listens). */
    JsonNode tracedItems;
    com.fasterxml.jackson.databind.node.ArrayNode tracedSelections;
    JsonNode tracedBatches;

    /** Set while a Task waits for a callback. */
    String taskToken;

    StepContext(Frame frame, CompiledState state, long enteredEventId, Instant enteredTime, JsonNode rawInput) {
        this.frame = frame;
        this.state = state;
        this.enteredEventId = enteredEventId;
        this.enteredTime = enteredTime;
        this.rawInput = rawInput;
    }

    /** Evaluates an ItemSelector with {@code $$.Map.Item} set to this item. */
    JsonNode withMapItem(int index, JsonNode item, Supplier<JsonNode> selector) {
        ObjectNode current = JsonNodeFactory.instance.objectNode();
        current.put("Index", index);
        current.set("Value", item);
        mapItem = current;
        try {
            return selector.get();
        } finally {
            mapItem = null;
        }
    }

    boolean isTraced() {
        return frame.run.options.listener() != null;
    }

    ExecutionRun run() {
        return frame.run;
    }

    /** Appends an event of this scope and links the scope's next event to it. */
    long event(HistoryEventType type, History.DetailsBuilder details) {
        long id = frame.run.history.append(type, frame.lastEventId, frame.run.clock().now(), details);
        frame.lastEventId = id;
        return id;
    }

    @Override
    public JsonNode contextObject() {
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        context.set("Execution", frame.run.executionContext());
        context.set("StateMachine", frame.run.stateMachineContext());
        ObjectNode stateContext = context.putObject("State");
        stateContext.put("EnteredTime", ExecutionRun.timestamp(enteredTime));
        stateContext.put("Name", state.name());
        StateType type = state.state().type();
        if (type == StateType.TASK || type == StateType.PARALLEL || type == StateType.MAP) {
            stateContext.put("RetryCount", retryCount);
        }
        if (taskToken != null) {
            context.putObject("Task").put("Token", taskToken);
        }
        if (mapItem != null) {
            context.putObject("Map").set("Item", mapItem);
        }
        return context;
    }

    @Override
    public JsonNode variable(String name) {
        return frame.variable(name);
    }

    /** JSONata's bindings for this state: {@code $states.input} (the raw input), {@code $states.context}, variables. */
    JsonataBindings.Builder bindings() {
        return JsonataBindings.builder()
                .input(rawInput)
                .context(contextObject())
                .variables(frame.variables.asMap())
                .functions(frame.run.jsonataFunctions());
    }

    /** "An error occurred while executing the state 'X' (entered at the event id #N). " — AWS's preamble. */
    String errorPreamble() {
        return "An error occurred while executing the state '" + state.name() + "' (entered at the event id #"
                + enteredEventId + "). ";
    }
}
