package dev.stepwise.engine.interp.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.model.ChoiceRule;
import dev.stepwise.engine.asl.model.ComparisonOperator;
import dev.stepwise.engine.asl.path.InvalidPathException;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.interp.choice.Comparisons.IsType;
import dev.stepwise.engine.interp.choice.Comparisons.PathOperand;
import java.util.List;

/** Turns the model's {@link ChoiceRule}s into {@link RulePredicate}s. */
final class RuleCompiler {

    private final ConditionEvaluator conditions;

    RuleCompiler(ConditionEvaluator conditions) {
        this.conditions = conditions;
    }

    RulePredicate compile(ChoiceRule rule) {
        if (rule instanceof ChoiceRule.Comparison comparison) {
            return comparison(comparison);
        }
        if (rule instanceof ChoiceRule.And and) {
            return new Combinators.And(compileAll(and.rules()));
        }
        if (rule instanceof ChoiceRule.Or or) {
            return new Combinators.Or(compileAll(or.rules()));
        }
        if (rule instanceof ChoiceRule.Not not) {
            return new Combinators.Not(compile(not.rule()));
        }
        JsonNode condition = ((ChoiceRule.Condition) rule).condition();
        if (condition != null && condition.isBoolean()) {
            return new Combinators.Constant(condition.booleanValue());
        }
        return new Combinators.Condition(condition, conditions);
    }

    private RulePredicate[] compileAll(List<ChoiceRule> rules) {
        RulePredicate[] compiled = new RulePredicate[rules.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = compile(rules.get(i));
        }
        return compiled;
    }

    private RulePredicate comparison(ChoiceRule.Comparison rule) {
        ComparisonOperator operator = rule.operator();
        PathExpression variable = path(rule.variable(), "Variable", operator);
        JsonNode operand = rule.operand();
        return switch (operator) {
            case STRING_EQUALS -> new Comparisons.StringLiteral(variable, Relation.EQUALS, string(operand, operator));
            case STRING_LESS_THAN -> new Comparisons.StringLiteral(variable, Relation.LESS_THAN, string(operand, operator));
            case STRING_GREATER_THAN ->
                    new Comparisons.StringLiteral(variable, Relation.GREATER_THAN, string(operand, operator));
            case STRING_LESS_THAN_EQUALS ->
                    new Comparisons.StringLiteral(variable, Relation.LESS_THAN_EQUALS, string(operand, operator));
            case STRING_GREATER_THAN_EQUALS ->
                    new Comparisons.StringLiteral(variable, Relation.GREATER_THAN_EQUALS, string(operand, operator));
            case STRING_MATCHES ->
                    new Comparisons.StringMatches(variable, WildcardPattern.compile(string(operand, operator)));
            case NUMERIC_EQUALS -> new Comparisons.NumericLiteral(variable, Relation.EQUALS, number(operand, operator));
            case NUMERIC_LESS_THAN ->
                    new Comparisons.NumericLiteral(variable, Relation.LESS_THAN, number(operand, operator));
            case NUMERIC_GREATER_THAN ->
                    new Comparisons.NumericLiteral(variable, Relation.GREATER_THAN, number(operand, operator));
            case NUMERIC_LESS_THAN_EQUALS ->
                    new Comparisons.NumericLiteral(variable, Relation.LESS_THAN_EQUALS, number(operand, operator));
            case NUMERIC_GREATER_THAN_EQUALS ->
                    new Comparisons.NumericLiteral(variable, Relation.GREATER_THAN_EQUALS, number(operand, operator));
            case BOOLEAN_EQUALS -> new Comparisons.BooleanLiteral(variable, bool(operand, operator));
            case TIMESTAMP_EQUALS ->
                    new Comparisons.TimestampLiteral(variable, Relation.EQUALS, timestamp(operand, operator));
            case TIMESTAMP_LESS_THAN ->
                    new Comparisons.TimestampLiteral(variable, Relation.LESS_THAN, timestamp(operand, operator));
            case TIMESTAMP_GREATER_THAN ->
                    new Comparisons.TimestampLiteral(variable, Relation.GREATER_THAN, timestamp(operand, operator));
            case TIMESTAMP_LESS_THAN_EQUALS ->
                    new Comparisons.TimestampLiteral(variable, Relation.LESS_THAN_EQUALS, timestamp(operand, operator));
            case TIMESTAMP_GREATER_THAN_EQUALS -> new Comparisons.TimestampLiteral(variable,
                    Relation.GREATER_THAN_EQUALS, timestamp(operand, operator));
            case STRING_EQUALS_PATH -> byPath(variable, PathOperand.Kind.STRING, Relation.EQUALS, rule);
            case STRING_LESS_THAN_PATH -> byPath(variable, PathOperand.Kind.STRING, Relation.LESS_THAN, rule);
            case STRING_GREATER_THAN_PATH -> byPath(variable, PathOperand.Kind.STRING, Relation.GREATER_THAN, rule);
            case STRING_LESS_THAN_EQUALS_PATH ->
                    byPath(variable, PathOperand.Kind.STRING, Relation.LESS_THAN_EQUALS, rule);
            case STRING_GREATER_THAN_EQUALS_PATH ->
                    byPath(variable, PathOperand.Kind.STRING, Relation.GREATER_THAN_EQUALS, rule);
            case NUMERIC_EQUALS_PATH -> byPath(variable, PathOperand.Kind.NUMERIC, Relation.EQUALS, rule);
            case NUMERIC_LESS_THAN_PATH -> byPath(variable, PathOperand.Kind.NUMERIC, Relation.LESS_THAN, rule);
            case NUMERIC_GREATER_THAN_PATH -> byPath(variable, PathOperand.Kind.NUMERIC, Relation.GREATER_THAN, rule);
            case NUMERIC_LESS_THAN_EQUALS_PATH ->
                    byPath(variable, PathOperand.Kind.NUMERIC, Relation.LESS_THAN_EQUALS, rule);
            case NUMERIC_GREATER_THAN_EQUALS_PATH ->
                    byPath(variable, PathOperand.Kind.NUMERIC, Relation.GREATER_THAN_EQUALS, rule);
            case BOOLEAN_EQUALS_PATH -> byPath(variable, PathOperand.Kind.BOOLEAN, Relation.EQUALS, rule);
            case TIMESTAMP_EQUALS_PATH -> byPath(variable, PathOperand.Kind.TIMESTAMP, Relation.EQUALS, rule);
            case TIMESTAMP_LESS_THAN_PATH -> byPath(variable, PathOperand.Kind.TIMESTAMP, Relation.LESS_THAN, rule);
            case TIMESTAMP_GREATER_THAN_PATH ->
                    byPath(variable, PathOperand.Kind.TIMESTAMP, Relation.GREATER_THAN, rule);
            case TIMESTAMP_LESS_THAN_EQUALS_PATH ->
                    byPath(variable, PathOperand.Kind.TIMESTAMP, Relation.LESS_THAN_EQUALS, rule);
            case TIMESTAMP_GREATER_THAN_EQUALS_PATH ->
                    byPath(variable, PathOperand.Kind.TIMESTAMP, Relation.GREATER_THAN_EQUALS, rule);
            case IS_PRESENT -> new Comparisons.IsPresent(variable, bool(operand, operator));
            case IS_NULL -> new IsType(variable, IsType.Kind.NULL, bool(operand, operator));
            case IS_STRING -> new IsType(variable, IsType.Kind.STRING, bool(operand, operator));
            case IS_NUMERIC -> new IsType(variable, IsType.Kind.NUMERIC, bool(operand, operator));
            case IS_BOOLEAN -> new IsType(variable, IsType.Kind.BOOLEAN, bool(operand, operator));
            case IS_TIMESTAMP -> new IsType(variable, IsType.Kind.TIMESTAMP, bool(operand, operator));
        };
    }

    private static PathOperand byPath(PathExpression variable, PathOperand.Kind kind, Relation relation,
                                      ChoiceRule.Comparison rule) {
        JsonNode operand = rule.operand();
        if (operand == null || !operand.isTextual()) {
            throw invalid(rule.operator(), "takes a path string");
        }
        return new PathOperand(variable, kind, relation, path(operand.textValue(), rule.operator().aslName(),
                rule.operator()));
    }

    private static PathExpression path(String text, String field, ComparisonOperator operator) {
        if (text == null) {
            throw invalid(operator, "rule has no " + field);
        }
        try {
            return PathExpression.compile(text);
        } catch (InvalidPathException e) {
            throw invalid(operator, field + " is not a valid path: " + e.getMessage());
        }
    }

    private static String string(JsonNode operand, ComparisonOperator operator) {
        if (operand == null || !operand.isTextual()) {
            throw invalid(operator, "takes a string");
        }
        return operand.textValue();
    }

    private static JsonNode number(JsonNode operand, ComparisonOperator operator) {
        if (operand == null || !operand.isNumber()) {
            throw invalid(operator, "takes a number");
        }
        return operand;
    }

    private static boolean bool(JsonNode operand, ComparisonOperator operator) {
        if (operand == null || !operand.isBoolean()) {
            throw invalid(operator, "takes true or false");
        }
        return operand.booleanValue();
    }

    private static Timestamps.Timestamp timestamp(JsonNode operand, ComparisonOperator operator) {
        Timestamps.Timestamp timestamp = Timestamps.parse(string(operand, operator));
        if (timestamp == null) {
            throw invalid(operator, "takes an ISO-8601 extended offset date-time, not " + operand);
        }
        return timestamp;
    }

    private static IllegalArgumentException invalid(ComparisonOperator operator, String problem) {
        return new IllegalArgumentException(operator.aslName() + " " + problem);
    }
}
