package dev.stepwise.designer.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ChoiceRuleShapesTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void combiningMovesTheTestIntoTheGroupAndKeepsTheOtherFieldsInPlace() throws Exception {
        JsonNode rule = json("""
                {"Comment": "big", "Variable": "$.amount", "NumericGreaterThan": 100, "Next": "Charge", "X-Tag": 1}""");

        assertThat(ChoiceRuleShapes.combine(rule, "And").toString()).isEqualTo("{\"Comment\":\"big\","
                + "\"And\":[{\"Variable\":\"$.amount\",\"NumericGreaterThan\":100},"
                + "{\"Variable\":\"$.value\",\"StringEquals\":\"\"}],\"Next\":\"Charge\",\"X-Tag\":1}");
        assertThat(ChoiceRuleShapes.wrapInNot(rule).toString()).isEqualTo("{\"Comment\":\"big\","
                + "\"Not\":{\"Variable\":\"$.amount\",\"NumericGreaterThan\":100},\"Next\":\"Charge\",\"X-Tag\":1}");
    }

    @Test
    void aGroupIsCombinedWhole() throws Exception {
        JsonNode rule = json("{\"Or\": [{\"Variable\": \"$.a\", \"IsNull\": true}], \"Next\": \"B\"}");

        assertThat(ChoiceRuleShapes.combine(rule, "And").toString()).isEqualTo("{\"And\":["
                + "{\"Or\":[{\"Variable\":\"$.a\",\"IsNull\":true}]},{\"Variable\":\"$.value\",\"StringEquals\":\"\"}],"
                + "\"Next\":\"B\"}");
    }

    @Test
    void unwrappingUndoesWrappingAndUngroupsAGroupOfOne() throws Exception {
        JsonNode rule = json("{\"Variable\": \"$.a\", \"StringEquals\": \"x\", \"Next\": \"B\"}");

        assertThat(ChoiceRuleShapes.unwrap(ChoiceRuleShapes.wrapInNot(rule))).contains((com.fasterxml.jackson.databind
                .node.ObjectNode) rule);
        assertThat(ChoiceRuleShapes.unwrap(json("{\"And\": [{\"Variable\": \"$.a\", \"IsNull\": true}], \"Next\": \"B\"}"))
                .orElseThrow().toString()).isEqualTo("{\"Variable\":\"$.a\",\"IsNull\":true,\"Next\":\"B\"}");
    }

    @Test
    void unwrapRefusesWhatItCannotFlatten() throws Exception {
        assertThat(ChoiceRuleShapes.unwrap(json("{\"Variable\": \"$.a\", \"IsNull\": true}"))).as("no group").isEmpty();
        assertThat(ChoiceRuleShapes.unwrap(json("{\"Or\": [{\"Variable\": \"$.a\", \"IsNull\": true},"
                + " {\"Variable\": \"$.b\", \"IsNull\": true}]}"))).as("two rules").isEmpty();
        assertThat(ChoiceRuleShapes.unwrap(json("{\"Not\": {\"Variable\": \"$.a\", \"IsNull\": true, \"Comment\": \"in\"},"
                + " \"Comment\": \"out\"}"))).as("both have a Comment").isEmpty();
    }
}
