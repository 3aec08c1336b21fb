package dev.stepwise.engine.interp.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.model.Choice;
import dev.stepwise.engine.asl.model.ChoiceState;
import dev.stepwise.engine.asl.path.DataScope;
import dev.stepwise.engine.interp.error.StatesException;
import java.util.List;
import java.util.Objects;

/**
 * Decides a Choice state: its rules compiled once (paths compiled, literal operands decoded, timestamps parsed), then
 * evaluated as often as needed. Immutable and thread-safe when the {@link ConditionEvaluator} is.
 *
 * <p>Semantics (JSONPath mode, as AWS records them): the rules are tried in order and the first that matches wins;
 * otherwise the {@code Default}; otherwise {@code States.NoChoiceMatched}. A comparison whose value has the wrong type
 * is false. A {@code Variable} or {@code ...Path} operand that selects nothing fails the state with
 * {@code States.Runtime} (see {@link ChoiceErrors#invalidPath}), except under IsPresent, which is then false.
 * And and Or stop at the first operand that decides them.
 */
public final class ChoiceEvaluator {

    private final ChoiceState state;
    private final RulePredicate[] rules;

    private ChoiceEvaluator(ChoiceState state, RulePredicate[] rules) {
        this.state = state;
        this.rules = rules;
    }

    /**
     * Compiles a Choice state whose rules need no JSONata (JSONPath comparisons, or literal boolean Conditions).
     *
     * @throws IllegalArgumentException when a rule is malformed (an operand of the wrong type, an invalid path); AWS
     *                                  rejects such definitions when they are created
     */
    public static ChoiceEvaluator compile(ChoiceState state) {
        return compile(state, ConditionEvaluator.UNSUPPORTED);
    }

    /** Compiles a Choice state; JSONata {@code Condition}s are handed to {@code conditions}. */
    public static ChoiceEvaluator compile(ChoiceState state, ConditionEvaluator conditions) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(conditions, "conditions");
        RuleCompiler compiler = new RuleCompiler(conditions);
        List<Choice> choices = state.choices();
        RulePredicate[] rules = new RulePredicate[choices.size()];
        for (int i = 0; i < rules.length; i++) {
            try {
                rules[i] = compiler.compile(choices.get(i).rule());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Choice state '" + state.base().name() + "', rule #" + i + ": "
                        + e.getMessage(), e);
            }
        }
        return new ChoiceEvaluator(state, rules);
    }

    public ChoiceState state() {
        return state;
    }

    public int ruleCount() {
        return rules.length;
    }

    /** The top-level choice at {@code index}, e.g. to run its {@code Assign} and {@code Output} after it matched. */
    public Choice choice(int index) {
        return state.choices().get(index);
    }

    /**
     * The index of the first rule that matches, or {@link ChoiceOutcome#DEFAULT} when none does (whether or not
     * there is a Default).
     *
     * @throws StatesException {@code States.Runtime} when a path the rules read selects nothing
     */
    public int firstMatch(JsonNode input, DataScope scope) {
        for (int i = 0; i < rules.length; i++) {
            if (rules[i].test(input, scope)) {
                return i;
            }
        }
        return ChoiceOutcome.DEFAULT;
    }

    /** Whether the rule at {@code index} matches on its own, whatever the rules before it say (for the debugger). */
    public boolean matches(int index, JsonNode input, DataScope scope) {
        return rules[index].test(input, scope);
    }

    /**
     * Which rule matched and where it leads.
     *
     * @throws StatesException {@code States.NoChoiceMatched} (no cause) when no rule matches and there is no Default;
     *                         {@code States.Runtime} when a path the rules read selects nothing
     */
    public ChoiceOutcome evaluate(JsonNode input, DataScope scope) {
        int index = firstMatch(input, scope);
        if (index != ChoiceOutcome.DEFAULT) {
            return new ChoiceOutcome(index, state.choices().get(index).next());
        }
        if (state.defaultNext() == null) {
            throw ChoiceErrors.noChoiceMatched();
        }
        return new ChoiceOutcome(ChoiceOutcome.DEFAULT, state.defaultNext());
    }

    /** The name of the state to run next; see {@link #evaluate}. */
    public String nextState(JsonNode input, DataScope scope) {
        int index = firstMatch(input, scope);
        if (index != ChoiceOutcome.DEFAULT) {
            return state.choices().get(index).next();
        }
        if (state.defaultNext() == null) {
            throw ChoiceErrors.noChoiceMatched();
        }
        return state.defaultNext();
    }
}
