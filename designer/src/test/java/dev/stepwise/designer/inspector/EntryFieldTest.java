package dev.stepwise.designer.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

class EntryFieldTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ArrayNode retriers() throws Exception {
        return (ArrayNode) JSON.readTree("""
                [{"ErrorEquals": ["States.Timeout", "Lambda.ServiceException"], "Comment": "kept", "MaxAttempts": 2}]
                """);
    }

    @Test
    void errorNamesShowAsAListAndComeBackAsAnArray() throws Exception {
        EntryField errors = EntryField.of("ErrorEquals", EntryField.Kind.ERROR_NAMES);
        assertThat(errors.show(retriers().get(0))).isEqualTo("States.Timeout, Lambda.ServiceException");

        ArrayNode changed = errors.apply(retriers(), 0, " States.ALL ,, ");

        assertThat(changed.toString()).isEqualTo("[{\"ErrorEquals\":[\"States.ALL\"],\"Comment\":\"kept\",\"MaxAttempts\":2}]");
    }

    @Test
    void numbersAreCheckedAndWrittenAsNumbersInTheirPlace() throws Exception {
        EntryField attempts = EntryField.of("MaxAttempts", EntryField.Kind.INTEGER);
        EntryField rate = EntryField.of("BackoffRate", EntryField.Kind.NUMBER);

        assertThat(attempts.problem("2.5")).contains("MaxAttempts must be a whole number, not \"2.5\"");
        assertThat(rate.problem("fast")).contains("BackoffRate must be a number, not \"fast\"");
        assertThat(rate.problem("1.5")).isEmpty();
        assertThat(attempts.problem("")).isEmpty();

        ArrayNode changed = rate.apply(attempts.apply(retriers(), 0, "5"), 0, "1.5");
        assertThat(changed.get(0).get("MaxAttempts").isIntegralNumber()).isTrue();
        assertThat(changed.toString()).endsWith("\"MaxAttempts\":5,\"BackoffRate\":1.5}]");
    }

    @Test
    void emptyTextRemovesTheFieldAndLeavesTheOriginalAlone() throws Exception {
        ArrayNode original = retriers();
        ArrayNode changed = EntryField.of("MaxAttempts", EntryField.Kind.INTEGER).apply(original, 0, "  ");

        assertThat(changed.get(0).has("MaxAttempts")).isFalse();
        assertThat(original.get(0).get("MaxAttempts").asInt()).isEqualTo(2);
        assertThat(EntryField.of("MaxAttempts", EntryField.Kind.INTEGER).show(changed.get(0))).isEmpty();
    }
}
