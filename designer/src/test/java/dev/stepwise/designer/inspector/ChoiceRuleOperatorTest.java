package dev.stepwise.designer.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stepwise.engine.asl.model.ComparisonOperator;
import org.junit.jupiter.api.Test;

class ChoiceRuleOperatorTest {

    private static ArrayNode rules() throws Exception {
        return (ArrayNode) new ObjectMapper().readTree("""
                [{"Variable": "$.amount", "NumericGreaterThan": 100.5, "Next": "Charge"},
                 {"And": [{"Variable": "$.a", "IsPresent": true}], "Next": "Done"}]
                """);
    }

    @Test
    void findsTheOperatorAndShowsItsOperand() throws Exception {
        assertThat(ChoiceRuleOperator.of(rules().get(0))).contains(ComparisonOperator.NUMERIC_GREATER_THAN);
        assertThat(ChoiceRuleOperator.operandText(rules().get(0))).isEqualTo("100.5");
        assertThat(ChoiceRuleOperator.of(rules().get(1))).as("a compound rule has no operator of its own").isEmpty();
    }

    @Test
    void operandsAreTypedAsTheOperatorWantsThem() {
        assertThat(ChoiceRuleOperator.operand(ComparisonOperator.IS_NULL, "false").isBoolean()).isTrue();
        assertThat(ChoiceRuleOperator.operand(ComparisonOperator.NUMERIC_EQUALS, " 7 ").isNumber()).isTrue();
        assertThat(ChoiceRuleOperator.operand(ComparisonOperator.STRING_EQUALS, " 7 ").textValue()).isEqualTo(" 7 ");
        assertThat(ChoiceRuleOperator.operand(ComparisonOperator.STRING_EQUALS_PATH, "$.limit ").textValue())
                .isEqualTo("$.limit");
    }

    @Test
    void anotherOperatorKeepsTheOperandOnlyWhereItStillFits() {
        assertThat(ChoiceRuleOperator.operandFor(ComparisonOperator.NUMERIC_LESS_THAN, "100.5")).isEqualTo("100.5");
        assertThat(ChoiceRuleOperator.operandFor(ComparisonOperator.IS_PRESENT, "100.5")).isEqualTo("true");
        assertThat(ChoiceRuleOperator.operandFor(ComparisonOperator.NUMERIC_EQUALS_PATH, "100.5")).isEqualTo("$.value");
        assertThat(ChoiceRuleOperator.operandFor(ComparisonOperator.TIMESTAMP_EQUALS, "x"))
                .isEqualTo("2024-01-01T00:00:00Z");
        assertThat(ChoiceRuleOperator.operandFor(ComparisonOperator.STRING_EQUALS, "true")).isEqualTo("true");
    }

    @Test
    void operandsAreCheckedAgainstTheOperatorsType() {
        assertThat(ChoiceRuleOperator.problem(ComparisonOperator.NUMERIC_LESS_THAN, "ten"))
                .contains("NumericLessThan compares with a number, not \"ten\"");
        assertThat(ChoiceRuleOperator.problem(ComparisonOperator.BOOLEAN_EQUALS, "yes"))
                .contains("BooleanEquals takes true or false, not \"yes\"");
        assertThat(ChoiceRuleOperator.problem(ComparisonOperator.STRING_MATCHES, "log-*")).isEmpty();
        assertThat(ChoiceRuleOperator.problem(ComparisonOperator.TIMESTAMP_LESS_THAN, "2024-02-30T00:00:00Z"))
                .as("the right shape but no such day").isPresent();
        assertThat(ChoiceRuleOperator.problem(ComparisonOperator.TIMESTAMP_LESS_THAN, "2024-01-31")).isPresent();
        assertThat(ChoiceRuleOperator.problem(ComparisonOperator.TIMESTAMP_LESS_THAN, "2024-01-31T12:00:00.5+02:00"))
                .isEmpty();
        assertThat(ChoiceRuleOperator.problem(ComparisonOperator.NUMERIC_EQUALS_PATH, "limit"))
                .contains("NumericEqualsPath takes a path starting with $, not \"limit\"");
        assertThat(ChoiceRuleOperator.problem(ComparisonOperator.NUMERIC_EQUALS_PATH, "$.limits[")).isPresent();
        assertThat(ChoiceRuleOperator.problem(ComparisonOperator.NUMERIC_EQUALS_PATH, "$$.Execution.Input.limit"))
                .isEmpty();
    }
}
