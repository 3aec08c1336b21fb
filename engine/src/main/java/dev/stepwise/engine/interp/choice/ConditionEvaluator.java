package dev.stepwise.engine.interp.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.path.DataScope;

/**
 * Evaluates a JSONata {@code Condition} (a {@code "{% ... %}"} string) for a Choice rule. The interpreter supplies it;
 * {@link ChoiceEvaluator} decides a literal {@code true}/{@code false} Condition itself and never calls this for one.
 * An implementation reports AWS's errors (a condition that is not a boolean, an evaluation failure) by throwing
 * {@link dev.stepwise.engine.interp.error.StatesException}.
 */
@FunctionalInterface
public interface ConditionEvaluator {

    /** For machines without JSONata: any non-literal Condition is a programming error. */
    ConditionEvaluator UNSUPPORTED = (condition, input, scope) -> {
        throw new UnsupportedOperationException("no JSONata evaluator was given for the Condition " + condition);
    };

    /**
     * @param condition the rule's {@code Condition} exactly as written
     * @param input     the Choice state's input ({@code $states.input})
     * @param scope     the context object and the variables in scope
     */
    boolean test(JsonNode condition, JsonNode input, DataScope scope);
}
