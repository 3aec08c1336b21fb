package dev.stepwise.designer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** YAML splices: each leaves every other character as it was and reads back as the same edit made on the model. */
class YamlTextEditsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String ORDER = """
            # Order processing, by hand
            Comment: Orders  # shown in the console
            StartAt: Check
            States:
              Check:
                Type: Choice
                Choices:
                  - Variable: $.amount
                    NumericGreaterThan: 100
                    Next: Charge
                Default: Charge
              # the payment
              Charge:
                Type: Task
                Resource: arn:aws:states:::lambda:invoke
                Parameters: {FunctionName: charge, Payload.$: $}
                Retry:
                - ErrorEquals: [States.ALL]
                  MaxAttempts: 2
                End: true
            """;

    private static JsonNode read(String yaml) throws Exception {
        return JsonReader.read(yaml, JsonFormat.YAML).root();
    }

    /** Applies the edit to the text and the same change to the model; both must agree, and comments must stay. */
    private static String check(Function<YamlTextEdits, YamlTextEdits> edit, Consumer<ObjectNode> same)
            throws Exception {
        String edited = edit.apply(YamlTextEdits.on(ORDER)).apply();
        ObjectNode expected = (ObjectNode) read(ORDER).deepCopy();
        same.accept(expected);
        assertThat(JSON.readTree(JSON.writeValueAsString(read(edited))))
                .isEqualTo(JSON.readTree(JSON.writeValueAsString(expected)));
        assertThat(edited).contains("# Order processing, by hand").contains("# shown in the console");
        return edited;
    }

    private static ObjectNode states(ObjectNode root) {
        return (ObjectNode) root.get("States");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void aNewStateIsAppendedAsABlockIndentedLikeItsSiblings() throws Exception {
        JsonNode pass = json("{\"Type\": \"Pass\", \"Result\": {\"ok\": true, \"tags\": [\"a\", \"b c\"]}, \"End\": true}");
        String edited = check(e -> e.appendMember("/States", "Done", pass), root -> states(root).set("Done", pass));
        assertThat(edited).endsWith("""
                    End: true
                  Done:
                    Type: Pass
                    Result:
                      ok: true
                      tags:
                        - a
                        - b c
                    End: true
                """);
    }

    @Test
    void endBecomesNextInPlace() throws Exception {
        String edited = check(e -> e.replaceMember("/States/Charge/End", "Next", json("\"Check\"")), root -> {
            ObjectNode charge = (ObjectNode) states(root).get("Charge");
            charge.remove("End");
            charge.put("Next", "Check");
        });
        assertThat(edited).contains("      MaxAttempts: 2\n    Next: Check\n");
    }

    @Test
    void renamingAStateChangesOnlyItsKey() throws Exception {
        String edited = check(e -> e.renameKey("/States/Charge", "Charge card"), root -> {
            ObjectNode renamed = JSON.createObjectNode();
            states(root).fields().forEachRemaining(f -> renamed.set(f.getKey().equals("Charge") ? "Charge card"
                    : f.getKey(), f.getValue()));
            root.set("States", renamed);
        });
        assertThat(edited).isEqualTo(ORDER.replace("  Charge:\n", "  Charge card:\n"));
    }

    @Test
    void removingAStateTakesItsLinesAndNothingElse() throws Exception {
        String edited = check(e -> e.removeMember("/States", "Check"), root -> states(root).remove("Check"));
        assertThat(edited).startsWith("# Order processing, by hand\nComment: Orders  # shown in the console\n"
                + "StartAt: Check\nStates:\n  # the payment\n  Charge:\n");
    }

    @Test
    void removingTheFirstKeyOfASequenceItemKeepsTheDash() throws Exception {
        String edited = check(e -> e.removeMember("/States/Check/Choices/0", "Variable"),
                root -> ((ObjectNode) states(root).get("Check").get("Choices").get(0)).remove("Variable"));
        assertThat(edited).contains("      - NumericGreaterThan: 100\n        Next: Charge\n");
    }

    @Test
    void aChoiceRuleIsAppendedAsASequenceItem() throws Exception {
        JsonNode rule = json("{\"Variable\": \"$.tier\", \"StringEquals\": \"gold: vip\", \"Next\": \"Charge\"}");
        String edited = check(e -> e.appendElement("/States/Check/Choices", rule),
                root -> ((ArrayNode) states(root).get("Check").get("Choices")).add(rule));
        assertThat(edited).contains("""
                        Next: Charge
                      - Variable: $.tier
                        StringEquals: "gold: vip"
                        Next: Charge
                    Default: Charge
                """);
    }

    @Test
    void flowCollectionsGrowOnTheirLine() throws Exception {
        String edited = check(e -> e.appendMember("/States/Charge/Parameters", "Retries", json("3"))
                        .appendElement("/States/Charge/Retry/0/ErrorEquals", json("\"States.Timeout\"")),
                root -> {
                    ((ObjectNode) states(root).get("Charge").get("Parameters")).put("Retries", 3);
                    ((ArrayNode) states(root).get("Charge").get("Retry").get(0).get("ErrorEquals"))
                            .add("States.Timeout");
                });
        assertThat(edited).contains("Parameters: {FunctionName: charge, Payload.$: $, Retries: 3}\n")
                .contains("- ErrorEquals: [States.ALL, States.Timeout]\n");
    }

    @Test
    void aScalarReplacedByAMappingMovesBelowItsKey() throws Exception {
        JsonNode parameters = json("{\"FunctionName\": \"charge\", \"Payload\": {\"id.$\": \"$.id\"}}");
        String edited = check(e -> e.replaceValue("/States/Check/Default", parameters),
                root -> ((ObjectNode) states(root).get("Check")).set("Default", parameters));
        assertThat(edited).contains("    Default:\n      FunctionName: charge\n      Payload:\n        id.$: $.id\n");
    }

    @Test
    void wordsYamlWouldReadAsAnotherTypeAreQuoted() throws Exception {
        check(e -> e.appendMember("/States/Charge/Parameters", "Flags", json("[\"yes\", \"100\", \"null\", \"\"]")),
                root -> ((ObjectNode) states(root).get("Charge").get("Parameters"))
                        .set("Flags", JSON.createArrayNode().add("yes").add("100").add("null").add("")));
        check(e -> e.replaceValue("/StartAt", json("\"off\"")), root -> root.put("StartAt", "off"));
    }

    @Test
    void anchorsAndSeveralDocumentsAreRefused() {
        assertThatThrownBy(() -> YamlSpans.scan("a: &x 1\nb: *x\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> YamlSpans.scan("a: 1\n---\nb: 2\n")).hasMessageContaining("one YAML document");
    }
}
