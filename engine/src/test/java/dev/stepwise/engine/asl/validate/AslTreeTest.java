package dev.stepwise.engine.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stepwise.engine.json.JsonReader;
import org.junit.jupiter.api.Test;

/** The tree of scopes and states the rules walk: found once per validation and shared, unchangeable, by the rules. */
class AslTreeTest {

    private static final String DEFINITION = """
            {"StartAt": "P", "States": {
              "P": {"Type": "Parallel", "Branches": [{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}],
                "Next": "M"},
              "M": {"Type": "Map", "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}},
                "End": true}}}
            """;

    @Test
    void everyRuleOfAValidationGetsTheSameTree() throws Exception {
        ValidationContext context = new ValidationContext(JsonReader.readJson(DEFINITION));

        AslTree tree = AslTree.of(context);

        assertThat(AslTree.of(context)).isSameAs(tree);
        assertThat(tree.states()).extracting(AslTree.State::pointer)
                .containsExactly("/States/P", "/States/P/Branches/0/States/A", "/States/M",
                        "/States/M/ItemProcessor/States/B");
        assertThat(tree.scopes()).extracting(AslTree.Scope::kind).containsExactly(AslTree.ScopeKind.MACHINE,
                AslTree.ScopeKind.BRANCH, AslTree.ScopeKind.PROCESSOR);
        assertThrows(UnsupportedOperationException.class, () -> tree.states().clear());
        assertThat(new ValidationContext(JsonReader.readJson(DEFINITION)).tree()).isNotSameAs(tree);
    }
}
