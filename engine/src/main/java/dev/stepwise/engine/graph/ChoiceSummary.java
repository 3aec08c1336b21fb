package dev.stepwise.engine.graph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.model.ChoiceRule;
import dev.stepwise.engine.asl.model.ComparisonOperator;
import dev.stepwise.engine.json.JsonPrinter;
import java.util.stream.Collectors;

/** A Choice rule as a short readable condition: {@code $.amount > 100}, {@code $.a == "x" && !($.b is null)}. */
public final class ChoiceSummary {

    public static final int MAX_LENGTH = 48;

    private ChoiceSummary() {
    }

    public static String of(ChoiceRule rule) {
        String text = full(rule);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    static String full(ChoiceRule rule) {
        if (rule instanceof ChoiceRule.Comparison comparison) {
            return comparison(comparison);
        }
        if (rule instanceof ChoiceRule.And and) {
            return and.rules().stream().map(ChoiceSummary::nested).collect(Collectors.joining(" && "));
        }
        if (rule instanceof ChoiceRule.Or or) {
            return or.rules().stream().map(ChoiceSummary::nested).collect(Collectors.joining(" || "));
        }
        if (rule instanceof ChoiceRule.Not not) {
            return "!" + nested(not.rule());
        }
        if (rule instanceof ChoiceRule.Condition condition) {
            JsonNode value = condition.condition();
            String text = value.isTextual() ? value.textValue() : JsonPrinter.compact(value);
            if (text.startsWith("{%") && text.endsWith("%}")) {
                text = text.substring(2, text.length() - 2).strip();
            }
            return text;
        }
        return "?";
    }

    private static String nested(ChoiceRule rule) {
        String text = full(rule);
        return rule instanceof ChoiceRule.Comparison || rule instanceof ChoiceRule.Condition ? text : "(" + text + ")";
    }

    private static String comparison(ChoiceRule.Comparison comparison) {
        ComparisonOperator operator = comparison.operator();
        String name = operator.aslName();
        String variable = comparison.variable();
        JsonNode operand = comparison.operand();
        String value = operand == null ? "" : operator.operand() == ComparisonOperator.Operand.PATH
                ? operand.asText() : JsonPrinter.compact(operand);
        if (name.startsWith("Is")) {
            String what = switch (name) {
                case "IsPresent" -> "present";
                case "IsNull" -> "null";
                case "IsString" -> "string";
                case "IsNumeric" -> "numeric";
                case "IsBoolean" -> "boolean";
                default -> "timestamp";
            };
            boolean positive = operand == null || operand.asBoolean(true);
            return variable + (positive ? " is " : " is not ") + what;
        }
        if (name.equals("StringMatches")) {
            return variable + " matches " + value;
        }
        String base = name.replace("Path", "").replace("String", "").replace("Numeric", "")
                .replace("Boolean", "").replace("Timestamp", "");
        String symbol = switch (base) {
            case "Equals" -> "==";
            case "LessThan" -> "<";
            case "GreaterThan" -> ">";
            case "LessThanEquals" -> "<=";
            case "GreaterThanEquals" -> ">=";
            default -> base;
        };
        return variable + " " + symbol + " " + value;
    }
}
