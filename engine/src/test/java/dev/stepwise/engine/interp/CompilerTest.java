package dev.stepwise.engine.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.json.JsonFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompilerTest {

    private static void compile(String definition) throws Exception {
        new Interpreter().compile(AslParser.parse(definition, JsonFormat.JSON));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"StartAt": "Nowhere", "States": {"A": {"Type": "Pass", "End": true}}}                                         | StartAt names no state of its scope: Nowhere
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}}}                                                 | A.Next names no state of its scope: B
            {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsNull": true, "Next": "Z"}], "Default": "C"}}} | C.Choices[0].Next names no state of its scope: Z
            {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsNull": true, "Next": "C"}], "Default": "Z"}}} | C.Default names no state of its scope: Z
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Z"}], "Branches": [{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}]}}} | P.Catch[0].Next names no state of its scope: Z
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "P"}}}]}}} | A.Next names no state of its scope: P
            """)
    void rejectsATransitionToAStateOutsideItsScope(String definition, String message) {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class, () -> compile(definition));

        assertEquals(message, rejected.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"StartAt": "W", "States": {"W": {"Type": "Wait", "End": true}}}                                       | Wait state 'W' must have exactly one of Seconds, Timestamp, SecondsPath and TimestampPath, but has 0
            {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 1, "SecondsPath": "$.s", "End": true}}}   | Wait state 'W' must have exactly one of Seconds, Timestamp, SecondsPath and TimestampPath, but has 2
            {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": "ten", "End": true}}}                     | Wait state 'W': Seconds must be an integer: "ten"
            """)
    void rejectsAWaitThatDoesNotSayHowLongToWait(String definition, String message) {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class, () -> compile(definition));

        assertEquals(message, rejected.getMessage());
    }

    @Test
    void rejectsAConditionExpressionInAJsonPathChoice() {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class, () -> compile("""
                {"StartAt": "C", "States": {"C": {"Type": "Choice",
                  "Choices": [{"Not": {"Condition": "{% $states.input.ok %}"}, "Next": "Done"}], "Default": "Done"},
                  "Done": {"Type": "Succeed"}}}
                """));

        assertEquals("Choice state 'C', rule #0: a Condition expression needs QueryLanguage JSONata: "
                + "\"{% $states.input.ok %}\"", rejected.getMessage());
    }
}
