package dev.stepwise.engine.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a JSONata expression can see: the reserved {@code $states} variable and the workflow variables.
 *
 * <p>{@code $states} holds only the members that exist in the current phase, in this order: {@code input},
 * {@code context}, {@code result} (after a Task, Parallel or Map ran), {@code errorOutput} (in a Catcher). A
 * workflow variable {@code name} is visible as {@code $name}. Immutable; the values are converted to the
 * evaluator's form once, when the bindings are built.
 *
 * <pre>{@code
 * JsonataBindings bindings = JsonataBindings.builder()
 *         .input(stateInput)
 *         .context(contextObject)
 *         .variables(scope.visibleVariables())
 *         .build();
 * }</pre>
 */
public final class JsonataBindings {

    static final String STATES = "states";

    private final Map<String, JsonNode> states;
    private final Map<String, JsonNode> variables;
    private final JsonataFunctions functions;
    private final Map<String, Object> statesValue;
    private final Map<String, Object> variableValues;

    private JsonataBindings(Builder builder) {
        this.states = Collections.unmodifiableMap(new LinkedHashMap<>(builder.states));
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(builder.variables));
        this.functions = builder.functions;
        Map<String, Object> statesMap = new LinkedHashMap<>();
        states.forEach((name, value) -> statesMap.put(name, JsonataValues.toJava(value)));
        this.statesValue = statesMap;
        Map<String, Object> values = new LinkedHashMap<>();
        variables.forEach((name, value) -> values.put(name, topLevel(JsonataValues.toJava(value))));
        this.variableValues = values;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No {@code $states} members and no variables. */
    public static JsonataBindings empty() {
        return builder().build();
    }

    /** The members of {@code $states}, in order. */
    public Map<String, JsonNode> states() {
        return states;
    }

    /** The workflow variables, by name without the {@code $}. */
    public Map<String, JsonNode> variables() {
        return variables;
    }

    public JsonataFunctions functions() {
        return functions;
    }

    /** A builder that starts from these bindings, for example to add {@code result} after the action ran. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Binds everything into a frame of the evaluator; {@code $states} wins over a variable of the same name. */
    void bindTo(Jsonata.Frame frame) {
        functions.bindTo(frame);
        variableValues.forEach(frame::bind);
        frame.bind(STATES, statesValue);
    }

    // A variable bound to Java null would read as undefined; the evaluator's own null marker reads as JSON null.
    private static Object topLevel(Object value) {
        return value == null ? Jsonata.NULL_VALUE : value;
    }

    public static final class Builder {

        private final Map<String, JsonNode> states = new LinkedHashMap<>();
        private final Map<String, JsonNode> variables = new LinkedHashMap<>();
        private JsonataFunctions functions = JsonataFunctions.standard();

        private Builder() {
        }

        private Builder(JsonataBindings existing) {
            states.putAll(existing.states);
            variables.putAll(existing.variables);
            functions = existing.functions;
        }

        /** {@code $states.input}: the state's input. */
        public Builder input(JsonNode input) {
            return state("input", input);
        }

        /** {@code $states.context}: the context object. */
        public Builder context(JsonNode context) {
            return state("context", context);
        }

        /** {@code $states.result}: the result of the state's action; only after it ran successfully. */
        public Builder result(JsonNode result) {
            return state("result", result);
        }

        /** {@code $states.errorOutput}: the error output; only inside a Catcher. */
        public Builder errorOutput(JsonNode errorOutput) {
            return state("errorOutput", errorOutput);
        }

        private Builder state(String name, JsonNode value) {
            Objects.requireNonNull(value, name);
            // keep the documented order input, context, result, errorOutput whatever order the calls came in
            states.put(name, value);
            return this;
        }

        /** One workflow variable, visible as {@code $name}. */
        public Builder variable(String name, JsonNode value) {
            variables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Workflow variables; later calls add to (and override) earlier ones. */
        public Builder variables(Map<String, ? extends JsonNode> values) {
            values.forEach(this::variable);
            return this;
        }

        /** The seam for {@code $random} and {@code $uuid}; {@link JsonataFunctions#standard()} by default. */
        public Builder functions(JsonataFunctions functions) {
            this.functions = Objects.requireNonNull(functions, "functions");
            return this;
        }

        public JsonataBindings build() {
            Map<String, JsonNode> ordered = new LinkedHashMap<>();
            for (String name : new String[] {"input", "context", "result", "errorOutput"}) {
                if (states.containsKey(name)) {
                    ordered.put(name, states.get(name));
                }
            }
            states.clear();
            states.putAll(ordered);
            return new JsonataBindings(this);
        }
    }
}
