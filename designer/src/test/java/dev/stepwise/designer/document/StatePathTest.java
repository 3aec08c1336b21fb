package dev.stepwise.designer.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import org.junit.jupiter.api.Test;

class StatePathTest {

    private static final String DEFINITION = """
            {
              "StartAt": "P",
              "States": {
                "P": {
                  "Type": "Parallel",
                  "Branches": [
                    { "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } } },
                    { "StartAt": "x#y", "States": { "x#y": { "Type": "Pass", "Next": "A" }, "A": { "Type": "Succeed" } } }
                  ],
                  "Next": "M"
                },
                "M": { "Type": "Map", "ItemProcessor": { "StartAt": "A",
                  "States": { "A": { "Type": "Pass", "End": true } } }, "Next": "a#b" },
                "a#b": { "Type": "Pass", "Next": "P#1" },
                "P#1": { "Type": "Parallel", "Branches": [
                  { "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } } } ], "Next": "s/l~t" },
                "s/l~t": { "Type": "Parallel", "Branches": [
                  { "StartAt": "in/n~er", "States": { "in/n~er": { "Type": "Pass", "End": true } } } ], "Next": "A" },
                "A": { "Type": "Succeed" }
              }
            }
            """;

    private static final JsonNode ROOT = root();

    private static JsonNode root() {
        try {
            return JsonReader.read(DEFINITION, JsonFormat.JSON).root();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aTopLevelNameIsItsOwnKey() {
        StatePath path = StatePath.resolve(ROOT, "A").orElseThrow();

        assertThat(path).isEqualTo(new StatePath("", "A"));
        assertThat(path.isTopLevel()).isTrue();
        assertThat(path.key()).isEqualTo("A");
        assertThat(path.pointer()).isEqualTo("/States/A");
        assertThat(ROOT.at(path.pointer()).path("Type").asText()).isEqualTo("Succeed");
    }

    @Test
    void aStateOfABranchResolvesToTheBranch() {
        StatePath path = StatePath.resolve(ROOT, "/States/P/Branches/0#A").orElseThrow();

        assertThat(path).isEqualTo(new StatePath("/States/P/Branches/0", "A"));
        assertThat(path.isTopLevel()).isFalse();
        assertThat(path.key()).isEqualTo("/States/P/Branches/0#A");
        assertThat(path.pointer()).isEqualTo("/States/P/Branches/0/States/A");
        assertThat(ROOT.at(path.pointer()).path("Type").asText()).isEqualTo("Pass");

        StatePath second = StatePath.resolve(ROOT, "/States/P/Branches/1#A").orElseThrow();
        assertThat(second.pointer()).isEqualTo("/States/P/Branches/1/States/A");
        assertThat(ROOT.at(second.pointer()).path("Type").asText()).isEqualTo("Succeed");
    }

    @Test
    void aStateOfAMapProcessorResolvesToTheProcessor() {
        StatePath path = StatePath.resolve(ROOT, "/States/M/ItemProcessor#A").orElseThrow();

        assertThat(path).isEqualTo(new StatePath("/States/M/ItemProcessor", "A"));
        assertThat(path.pointer()).isEqualTo("/States/M/ItemProcessor/States/A");
        assertThat(ROOT.at(path.pointer()).path("End").asBoolean()).isTrue();
    }

    @Test
    void aTopLevelNameWithAHashIsTopLevel() {
        assertThat(StatePath.resolve(ROOT, "a#b")).hasValue(new StatePath("", "a#b"));
        assertThat(StatePath.resolve(ROOT, "P#1")).hasValue(new StatePath("", "P#1"));
    }

    @Test
    void aNameWithAHashInsideABranch() {
        StatePath path = StatePath.resolve(ROOT, "/States/P/Branches/1#x#y").orElseThrow();

        assertThat(path).isEqualTo(new StatePath("/States/P/Branches/1", "x#y"));
        assertThat(path.key()).isEqualTo("/States/P/Branches/1#x#y");
        assertThat(ROOT.at(path.pointer()).path("Next").asText()).isEqualTo("A");
    }

    @Test
    void aContainerWithAHashInItsName() {
        // The first '#' splits "/States/P" from "1/Branches/0#A", which is no state: the next split is tried.
        StatePath path = StatePath.resolve(ROOT, "/States/P#1/Branches/0#A").orElseThrow();

        assertThat(path).isEqualTo(new StatePath("/States/P#1/Branches/0", "A"));
        assertThat(path.pointer()).isEqualTo("/States/P#1/Branches/0/States/A");
    }

    @Test
    void unknownKeysResolveToNothing() {
        assertThat(StatePath.resolve(ROOT, "Nope")).isEmpty();
        assertThat(StatePath.resolve(ROOT, "/States/P/Branches/0#Nope")).isEmpty();
        assertThat(StatePath.resolve(ROOT, "/States/P/Branches/7#A")).isEmpty();
        assertThat(StatePath.resolve(ROOT, "/States/Q/Branches/0#A")).isEmpty();
        assertThat(StatePath.resolve(ROOT, "States/P/Branches/0#A")).isEmpty();
        assertThat(StatePath.resolve(ROOT, "#A")).isEmpty();
        assertThat(StatePath.resolve(ROOT, "")).isEmpty();
        // "x" alone is not a state of branch 1 (its state is "x#y").
        assertThat(StatePath.resolve(ROOT, "/States/P/Branches/1#x")).isEmpty();
        assertThat(StatePath.resolve(ROOT, null)).isEmpty();
        assertThat(StatePath.resolve(null, "A")).isEmpty();
    }

    @Test
    void pointersEscapeSlashAndTilde() {
        String scope = "/States/s~1l~0t/Branches/0";
        StatePath path = StatePath.resolve(ROOT, scope + "#in/n~er").orElseThrow();

        assertThat(path).isEqualTo(new StatePath(scope, "in/n~er"));
        assertThat(path.pointer()).isEqualTo(scope + "/States/in~1n~0er");
        assertThat(ROOT.at(path.pointer()).path("Type").asText()).isEqualTo("Pass");
        assertThat(new StatePath("", "s/l~t").pointer()).isEqualTo("/States/s~1l~0t");
        assertThat(StatePath.resolve(ROOT, "s/l~t")).hasValue(new StatePath("", "s/l~t"));
        // The key holds the escaped scope pointer, as GraphScope makes it; an unescaped one is not a scope.
        assertThat(StatePath.resolve(ROOT, "/States/s/l~t/Branches/0#in/n~er")).isEmpty();
    }
}
