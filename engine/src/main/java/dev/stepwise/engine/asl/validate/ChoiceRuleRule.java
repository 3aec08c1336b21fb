package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Choice rules: one comparison (or And/Or/Not, or a JSONata Condition) each, operands of the operator's type,
 * {@code Next} on top-level rules only.
 */
final class ChoiceRuleRule implements Rule {

    static final String CODE = "INVALID_CHOICE_RULE";

    /** Operand kinds. */
    private enum Operand { STRING, NUMBER, BOOLEAN, TIMESTAMP, PATH, TEST }

    private static final Map<String, Operand> OPERATORS = operators();
    private static final Set<String> COMBINATORS = Set.of("And", "Or", "Not");

    private static Map<String, Operand> operators() {
        Map<String, Operand> operators = new LinkedHashMap<>();
        for (String suffix : List.of("Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals")) {
            operators.put("String" + suffix, Operand.STRING);
            operators.put("Numeric" + suffix, Operand.NUMBER);
            operators.put("Timestamp" + suffix, Operand.TIMESTAMP);
            operators.put("String" + suffix + "Path", Operand.PATH);
            operators.put("Numeric" + suffix + "Path", Operand.PATH);
            operators.put("Timestamp" + suffix + "Path", Operand.PATH);
        }
        operators.put("StringMatches", Operand.STRING);
        operators.put("BooleanEquals", Operand.BOOLEAN);
        operators.put("BooleanEqualsPath", Operand.PATH);
        for (String test : List.of("IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp")) {
            operators.put(test, Operand.TEST);
        }
        return Map.copyOf(operators);
    }

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            if (!"Choice".equals(state.type())) {
                continue;
            }
            JsonNode choices = state.field("Choices");
            if (choices == null || !choices.isArray()) {
                continue;
            }
            for (int i = 0; i < choices.size(); i++) {
                String pointer = JsonPointers.child(state.pointer("Choices"), i);
                if (state.isJsonata()) {
                    checkJsonataRule(context, choices.get(i), pointer);
                } else {
                    checkRule(context, choices.get(i), pointer, true);
                }
            }
        }
    }

    private static void checkJsonataRule(ValidationContext context, JsonNode rule, String pointer) {
        if (!rule.isObject()) {
            context.error(CODE, pointer, "A Choice rule must be an object, not " + Nodes.kind(rule));
            return;
        }
        Set<String> allowed = Set.of("Condition", "Next", "Comment", "Assign", "Output");
        for (String field : Nodes.fieldNames(rule)) {
            if (!allowed.contains(field)) {
                context.error(CODE, JsonPointers.child(pointer, field), "Field \"" + field
                        + "\" is not supported in a JSONata Choice rule; write the test in \"Condition\"");
            }
        }
        JsonNode condition = rule.get("Condition");
        if (condition == null) {
            context.error(CODE, pointer, "A JSONata Choice rule needs a \"Condition\"");
        } else if (!condition.isBoolean() && !(condition.isTextual() && condition.textValue().startsWith("{%"))) {
            context.error(CODE, JsonPointers.child(pointer, "Condition"), "\"Condition\" must be a JSONata expression "
                    + "\"{% ... %}\" or a boolean, not " + MachineShapeRule.describe(condition));
        }
        requireNext(context, rule, pointer);
    }

    private static void requireNext(ValidationContext context, JsonNode rule, String pointer) {
        JsonNode next = rule.get("Next");
        if (next == null) {
            context.error(CODE, pointer, "A top-level Choice rule needs \"Next\"");
        } else if (!next.isTextual()) {
            context.error(CODE, JsonPointers.child(pointer, "Next"), "\"Next\" must be a state name, not "
                    + Nodes.kind(next));
        }
    }

    private static void checkRule(ValidationContext context, JsonNode rule, String pointer, boolean topLevel) {
        if (!rule.isObject()) {
            context.error(CODE, pointer, "A Choice rule must be an object, not " + Nodes.kind(rule));
            return;
        }
        List<String> fields = Nodes.fieldNames(rule);
        List<String> operators = fields.stream()
                .filter(field -> OPERATORS.containsKey(field) || COMBINATORS.contains(field)).toList();
        for (String field : fields) {
            boolean known = OPERATORS.containsKey(field) || COMBINATORS.contains(field)
                    || Set.of("Variable", "Comment").contains(field)
                    || topLevel && Set.of("Next", "Assign").contains(field);
            if (!known) {
                boolean nestedOnly = Set.of("Next", "Assign").contains(field);
                context.error(CODE, JsonPointers.child(pointer, field), nestedOnly
                        ? "\"" + field + "\" is only allowed on top-level Choice rules, not inside And/Or/Not"
                        : "Field \"" + field + "\" is not supported in a Choice rule");
            }
        }
        if (topLevel) {
            requireNext(context, rule, pointer);
        }
        if (operators.isEmpty()) {
            context.error(CODE, pointer, "Choice rule has no comparison operator (such as \"StringEquals\") and no "
                    + "\"And\", \"Or\" or \"Not\"");
            return;
        }
        if (operators.size() > 1) {
            context.error(CODE, JsonPointers.child(pointer, operators.get(1)), "Choice rule has more than one "
                    + "comparison operator: " + operators.stream().map(o -> "\"" + o + "\"")
                            .collect(Collectors.joining(", ")) + "; use \"And\" or \"Or\" to combine them");
            return;
        }
        String operator = operators.get(0);
        String operatorPointer = JsonPointers.child(pointer, operator);
        JsonNode operand = rule.get(operator);
        if (COMBINATORS.contains(operator)) {
            if (rule.has("Variable")) {
                context.error(CODE, JsonPointers.child(pointer, "Variable"), "\"Variable\" cannot be used with \""
                        + operator + "\"; put it in the nested rules");
            }
            if ("Not".equals(operator)) {
                checkRule(context, operand, operatorPointer, false);
            } else if (!operand.isArray() || operand.isEmpty()) {
                context.error(CODE, operatorPointer, "\"" + operator + "\" must be a non-empty array of Choice rules, not "
                        + (operand.isArray() ? "an empty array" : Nodes.kind(operand)));
            } else {
                for (int i = 0; i < operand.size(); i++) {
                    checkRule(context, operand.get(i), JsonPointers.child(operatorPointer, i), false);
                }
            }
            return;
        }
        JsonNode variable = rule.get("Variable");
        String variablePointer = JsonPointers.child(pointer, "Variable");
        if (variable == null) {
            context.error(CODE, pointer, "Choice rule with \"" + operator + "\" needs a \"Variable\"");
        } else if (!variable.isTextual()) {
            context.error(CODE, variablePointer, "\"Variable\" must be a path string, not " + Nodes.kind(variable));
        } else {
            String problem = Expressions.jsonPathProblem(variable.textValue());
            if (problem != null) {
                context.error(PathSyntaxRule.CODE, variablePointer, "\"Variable\" " + problem);
            }
        }
        checkOperand(context, operator, operand, operatorPointer);
    }

    private static void checkOperand(ValidationContext context, String operator, JsonNode operand, String pointer) {
        switch (OPERATORS.get(operator)) {
            case STRING -> expect(context, operator, operand, pointer, operand.isTextual(), "a string");
            case NUMBER -> expect(context, operator, operand, pointer, operand.isNumber(), "a number");
            case BOOLEAN, TEST -> expect(context, operator, operand, pointer, operand.isBoolean(), "true or false");
            case TIMESTAMP -> expect(context, operator, operand, pointer,
                    operand.isTextual() && FieldValueRule.TIMESTAMP.matcher(operand.textValue()).matches(),
                    "an RFC 3339 timestamp string such as \"2024-01-31T12:00:00Z\"");
            case PATH -> {
                if (!operand.isTextual()) {
                    expect(context, operator, operand, pointer, false, "a path string");
                } else {
                    String problem = Expressions.jsonPathProblem(operand.textValue());
                    if (problem != null) {
                        context.error(PathSyntaxRule.CODE, pointer, "\"" + operator + "\" " + problem);
                    }
                }
            }
            default -> {
            }
        }
    }

    private static void expect(ValidationContext context, String operator, JsonNode operand, String pointer,
            boolean ok, String expected) {
        if (!ok) {
            context.error(CODE, pointer, "\"" + operator + "\" needs " + expected + ", not "
                    + MachineShapeRule.describe(operand));
        }
    }
}
