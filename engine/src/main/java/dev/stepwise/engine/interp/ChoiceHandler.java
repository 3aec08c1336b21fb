package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.jsonata.JsonataErrors;
import dev.stepwise.engine.asl.jsonata.JsonataEvaluationException;
import dev.stepwise.engine.asl.jsonata.JsonataExpression;
import dev.stepwise.engine.asl.jsonata.JsonataTemplate;
import dev.stepwise.engine.asl.model.Choice;
import dev.stepwise.engine.asl.model.ChoiceRule;
import dev.stepwise.engine.asl.model.ChoiceState;
import dev.stepwise.engine.asl.path.DataScope;
import dev.stepwise.engine.asl.path.PayloadTemplate;
import dev.stepwise.engine.interp.choice.ChoiceEvaluator;
import dev.stepwise.engine.interp.choice.ChoiceOutcome;
import dev.stepwise.engine.interp.choice.ConditionEvaluator;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Choice: the first rule that matches picks the next state, else the Default. A matching rule's Assign (and in
 * JSONata its Output) apply instead of the state's own, which go with the Default.
 */
final class ChoiceHandler implements StateHandler {

    private final ChoiceEvaluator evaluator;
    private final List<PayloadTemplate> ruleAssigns;
    private final List<JsonataTemplate> ruleJsonataAssigns;
    private final List<JsonataTemplate> ruleJsonataOutputs;
    private final boolean jsonata;
    private final PayloadTemplate stateAssign;
    private final JsonataParts stateJsonata;

    private ChoiceHandler(ChoiceEvaluator evaluator, List<PayloadTemplate> ruleAssigns,
                          List<JsonataTemplate> ruleJsonataAssigns, List<JsonataTemplate> ruleJsonataOutputs,
                          boolean jsonata, PayloadTemplate stateAssign, JsonataParts stateJsonata) {
        this.evaluator = evaluator;
        this.ruleAssigns = ruleAssigns;
        this.ruleJsonataAssigns = ruleJsonataAssigns;
        this.ruleJsonataOutputs = ruleJsonataOutputs;
        this.jsonata = jsonata;
        this.stateAssign = stateAssign;
        this.stateJsonata = stateJsonata;
    }

    /**
     * @throws IllegalArgumentException when a rule is malformed, or when a JSONPath state has a Condition that is an
     *                                  expression (only JSONata states evaluate those)
     */
    static ChoiceHandler compile(ChoiceState state, Compiler compiler, boolean jsonata, JsonataParts stateJsonata) {
        List<Choice> choices = state.choices();
        if (!jsonata) {
            for (int i = 0; i < choices.size(); i++) {
                requireNoExpressionCondition(state, i, choices.get(i).rule());
            }
        }
        ConditionEvaluator conditions = jsonata ? new JsonataConditions(choices) : ConditionEvaluator.UNSUPPORTED;
        return new ChoiceHandler(ChoiceEvaluator.compile(state, conditions),
                choices.stream().map(c -> jsonata ? null : compiler.template(c.assign())).toList(),
                choices.stream().map(c -> jsonata ? Compiler.jsonata(c.assign()) : null).toList(),
                choices.stream().map(c -> jsonata ? Compiler.jsonata(c.output()) : null).toList(),
                jsonata, jsonata ? null : compiler.template(state.assign()), stateJsonata);
    }

    private static void requireNoExpressionCondition(ChoiceState state, int index, ChoiceRule rule) {
        if (rule instanceof ChoiceRule.Condition condition && (condition.condition() == null
                || !condition.condition().isBoolean())) {
            throw new IllegalArgumentException("Choice state '" + state.name() + "', rule #" + index
                    + ": a Condition expression needs QueryLanguage JSONata: " + condition.condition());
        }
        if (rule instanceof ChoiceRule.And and) {
            and.rules().forEach(operand -> requireNoExpressionCondition(state, index, operand));
        } else if (rule instanceof ChoiceRule.Or or) {
            or.rules().forEach(operand -> requireNoExpressionCondition(state, index, operand));
        } else if (rule instanceof ChoiceRule.Not not) {
            requireNoExpressionCondition(state, index, not.rule());
        }
    }

    @Override
    public HandlerResult run(StepContext step, JsonNode effectiveInput) {
        ChoiceOutcome outcome = evaluator.evaluate(effectiveInput, step);
        if (outcome.isDefault()) {
            return new HandlerResult(effectiveInput, outcome.next(), true, stateAssign,
                    stateJsonata == null ? null : stateJsonata.assign(),
                    stateJsonata == null ? null : stateJsonata.output());
        }
        int rule = outcome.ruleIndex();
        return jsonata
                ? new HandlerResult(effectiveInput, outcome.next(), true, null, ruleJsonataAssigns.get(rule),
                        ruleJsonataOutputs.get(rule))
                : new HandlerResult(effectiveInput, outcome.next(), true, ruleAssigns.get(rule), null, null);
    }

    /** JSONata Conditions, compiled once: evaluated with {@code $states.input} and the variables, they must give a boolean. */
    private static final class JsonataConditions implements ConditionEvaluator {
        private final Map<JsonNode, JsonataExpression> compiled = new IdentityHashMap<>();

        JsonataConditions(List<Choice> choices) {
            for (Choice choice : choices) {
                if (choice.rule() instanceof ChoiceRule.Condition condition && condition.condition().isTextual()
                        && JsonataExpression.isExpression(condition.condition())) {
                    compiled.put(condition.condition(), JsonataExpression.compile(condition.condition().textValue()));
                }
            }
        }

        @Override
        public boolean test(JsonNode condition, JsonNode input, DataScope scope) {
            JsonataExpression expression = compiled.get(condition);
            if (expression == null) {
                throw new StatesException(StatesErrorNames.QUERY_EVALUATION_ERROR,
                        "The Condition field must be a JSONata expression or a boolean, but was: " + condition);
            }
            String field = "Condition";
            JsonNode value;
            try {
                value = expression.evaluate(((StepContext) scope).bindings().build())
                        .orElseThrow(() -> JsonataErrors.undefined(expression.text(), field));
            } catch (JsonataEvaluationException e) {
                throw JsonataErrors.of(e, field);
            }
            if (!value.isBoolean()) {
                throw JsonataErrors.unexpectedType(expression.text(), field, "boolean", value);
            }
            return value.booleanValue();
        }
    }
}
