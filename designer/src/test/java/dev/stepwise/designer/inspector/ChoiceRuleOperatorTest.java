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
    void anotherOperatorTakesTheOldOnesPlaceWithATypedOperand() throws Exception {
        ArrayNode changed = ChoiceRuleOperator.apply(rules(), 0, ComparisonOperator.STRING_EQUALS_PATH, "$.limit");
        assertThat(changed.get(0).toString())
                .isEqualTo("{\"Variable\":\"$.amount\",\"StringEqualsPath\":\"$.limit\",\"Next\":\"Charge\"}");

        ArrayNode typed = ChoiceRuleOperator.apply(rules(), 0, ComparisonOperator.IS_NULL, "false");
        assertThat(typed.get(0).get("IsNull").isBoolean()).isTrue();
        assertThat(ChoiceRuleOperator.apply(rules(), 0, ComparisonOperator.NUMERIC_EQUALS, "7").get(0)
                .get("NumericEquals").isNumber()).isTrue();
    }

    @Test
    void operandsAreCheckedAgainstTheOperatorsType() {
        assertThat(ChoiceRuleOperator.problem(ComparisonOperator.NUMERIC_LESS_THAN, "ten"))
                .contains("NumericLessThan compares with a number, not \"ten\"");
        assertThat(ChoiceRuleOperator.problem(ComparisonOperator.BOOLEAN_EQUALS, "yes"))
                .contains("BooleanEquals takes true or false, not \"yes\"");
        assertThat(ChoiceRuleOperator.problem(ComparisonOperator.STRING_MATCHES, "log-*")).isEmpty();
    }
}
