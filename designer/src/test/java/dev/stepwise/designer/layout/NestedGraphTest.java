package dev.stepwise.designer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.asl.model.StateType;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.graph.GraphModel.Edge;
import dev.stepwise.engine.graph.GraphModel.EdgeKind;
import dev.stepwise.engine.graph.GraphScope;
import dev.stepwise.engine.json.JsonFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NestedGraphTest {

    /** A Parallel P (branch 0: A to B; branch 1: a Map C around D), then a Map M around its own A, then a top-level A. */
    static final String DEFINITION = """
            {
              "StartAt": "P",
              "States": {
                "P": {
                  "Type": "Parallel",
                  "Branches": [
                    { "StartAt": "A", "States": { "A": { "Type": "Pass", "Next": "B" }, "B": { "Type": "Succeed" } } },
                    { "StartAt": "C", "States": { "C": { "Type": "Map", "ItemProcessor": { "StartAt": "D",
                        "States": { "D": { "Type": "Pass", "End": true } } }, "End": true } } }
                  ],
                  "Next": "M"
                },
                "M": { "Type": "Map", "ItemProcessor": { "StartAt": "A",
                  "States": { "A": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true } } },
                  "Next": "A" },
                "A": { "Type": "Succeed" }
              }
            }
            """;

    static final String B0 = "/States/P/Branches/0";
    static final String B1 = "/States/P/Branches/1";
    static final String C_PROCESSOR = "/States/P/Branches/1/States/C/ItemProcessor";
    static final String M_PROCESSOR = "/States/M/ItemProcessor";

    static List<GraphScope> scopes(String text) {
        WorkflowDocument document = WorkflowDocument.of(text, JsonFormat.JSON);
        assertThat(document.getMachine()).as("the definition parses").isNotNull();
        return GraphScope.of(document.getMachine());
    }

    private static List<String> keys(NestedGraph graph) {
        return graph.entries().stream().map(NestedGraph.Entry::key).toList();
    }

    @Test
    void everyStateHasItsCanvasKeyInScopeOrder() {
        NestedGraph graph = NestedGraph.of(scopes(DEFINITION), Set.of());

        assertThat(graph.scopes()).extracting(GraphScope::pointer)
                .containsExactly("", B0, B1, C_PROCESSOR, M_PROCESSOR);
        assertThat(keys(graph)).containsExactly("P", "M", "A", B0 + "#A", B0 + "#B", B1 + "#C",
                C_PROCESSOR + "#D", M_PROCESSOR + "#A");
        assertThat(graph.flat().nodes()).extracting(GraphModel.Node::name).containsExactlyElementsOf(keys(graph));
        assertThat(graph.flat().startAt()).isEqualTo("P");
        // The node keeps its type; the entry keeps the node under its own name.
        assertThat(graph.flat().nodes().get(7).type()).isEqualTo(StateType.TASK);
        assertThat(graph.entry(M_PROCESSOR + "#A").orElseThrow().node().name()).isEqualTo("A");
        assertThat(graph.entry("A").orElseThrow().node().type()).isEqualTo(StateType.SUCCEED);
    }

    @Test
    void theFlatEdgesJoinCanvasKeysOfTheirOwnScope() {
        NestedGraph graph = NestedGraph.of(scopes(DEFINITION), Set.of());

        assertThat(graph.flat().edges()).containsExactly(
                new Edge("P", "M", EdgeKind.NEXT, ""),
                new Edge("M", "A", EdgeKind.NEXT, ""),
                new Edge(B0 + "#A", B0 + "#B", EdgeKind.NEXT, ""));
    }

    @Test
    void entriesKnowTheirScopeContainerAndStart() {
        NestedGraph graph = NestedGraph.of(scopes(DEFINITION), Set.of());

        assertThat(graph.entry("P").orElseThrow())
                .satisfies(entry -> assertThat(entry.container()).isNull())
                .satisfies(entry -> assertThat(entry.start()).isTrue())
                .satisfies(entry -> assertThat(entry.scope()).isZero());
        assertThat(graph.entry("M").orElseThrow().start()).isFalse();
        assertThat(graph.entry(B0 + "#A").orElseThrow())
                .isEqualTo(new NestedGraph.Entry(B0 + "#A", 1, graph.scopes().get(1).graph().nodes().get(0), "P",
                        true));
        assertThat(graph.entry(B0 + "#B").orElseThrow().start()).isFalse();
        assertThat(graph.entry(B0 + "#B").orElseThrow().container()).isEqualTo("P");
        assertThat(graph.entry(B1 + "#C").orElseThrow().container()).isEqualTo("P");
        assertThat(graph.entry(C_PROCESSOR + "#D").orElseThrow().container()).isEqualTo(B1 + "#C");
        assertThat(graph.entry(C_PROCESSOR + "#D").orElseThrow().scope()).isEqualTo(3);
        assertThat(graph.entry(M_PROCESSOR + "#A").orElseThrow().container()).isEqualTo("M");
        assertThat(graph.entry(M_PROCESSOR + "#A").orElseThrow().start()).isTrue();
        assertThat(graph.entry("/States/P/Branches/2#A")).isEmpty();

        assertThat(graph.scopeOf(B0 + "#B")).hasValue(B0);
        assertThat(graph.scopeOf(C_PROCESSOR + "#D")).hasValue(C_PROCESSOR);
        assertThat(graph.scopeOf("A")).hasValue("");
        assertThat(graph.scopeOf("nothing")).isEmpty();
    }

    @Test
    void containersAndBranches() {
        NestedGraph graph = NestedGraph.of(scopes(DEFINITION), Set.of());

        assertThat(graph.containerOf(0)).isNull();
        assertThat(graph.containerOf(1)).isEqualTo("P");
        assertThat(graph.containerOf(2)).isEqualTo("P");
        assertThat(graph.containerOf(3)).isEqualTo(B1 + "#C");
        assertThat(graph.containerOf(4)).isEqualTo("M");
        assertThat(graph.branchesOf("P")).containsExactly(1, 2);
        assertThat(graph.branchesOf(B1 + "#C")).containsExactly(3);
        assertThat(graph.branchesOf("M")).containsExactly(4);
        assertThat(graph.branchesOf("A")).isEmpty();
        assertThat(graph.branchesOf(B0 + "#A")).isEmpty();
        assertThat(graph.branchesOf("nothing")).isEmpty();
    }

    @Test
    void collapsingAContainerHidesItsBranchesAndEverythingInsideThem() {
        NestedGraph graph = NestedGraph.of(scopes(DEFINITION), Set.of("P"));

        assertThat(graph.scopes()).extracting(GraphScope::pointer).containsExactly("", M_PROCESSOR);
        assertThat(keys(graph)).containsExactly("P", "M", "A", M_PROCESSOR + "#A");
        assertThat(graph.flat().edges()).containsExactly(
                new Edge("P", "M", EdgeKind.NEXT, ""), new Edge("M", "A", EdgeKind.NEXT, ""));
        assertThat(graph.branchesOf("P")).isEmpty();
        assertThat(graph.branchesOf("M")).containsExactly(1);
        assertThat(graph.containerOf(1)).isEqualTo("M");
        assertThat(graph.entry(C_PROCESSOR + "#D")).isEmpty();
        assertThat(graph.entry(M_PROCESSOR + "#A").orElseThrow().scope()).isEqualTo(1);
    }

    @Test
    void collapsingANestedContainerHidesOnlyItsOwnProcessor() {
        NestedGraph graph = NestedGraph.of(scopes(DEFINITION), Set.of(B1 + "#C"));

        assertThat(graph.scopes()).extracting(GraphScope::pointer).containsExactly("", B0, B1, M_PROCESSOR);
        assertThat(keys(graph)).contains(B1 + "#C", B0 + "#A").doesNotContain(C_PROCESSOR + "#D");
        assertThat(graph.branchesOf(B1 + "#C")).isEmpty();
        assertThat(graph.containerOf(3)).isEqualTo("M");
    }

    @Test
    void collapsingByPlainNameDoesNotCollapseANestedStateOfThatName() {
        // "C" is no canvas key: the Map inside branch 1 is "/States/P/Branches/1#C".
        NestedGraph graph = NestedGraph.of(scopes(DEFINITION), Set.of("C"));

        assertThat(keys(graph)).contains(C_PROCESSOR + "#D");
    }

    @Test
    void equalWhenTheSameScopesAreShown() {
        NestedGraph one = NestedGraph.of(scopes(DEFINITION), Set.of());
        NestedGraph two = NestedGraph.of(scopes(DEFINITION), Set.of());

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one).isNotEqualTo(NestedGraph.of(scopes(DEFINITION), Set.of("M")));
        assertThat(NestedGraph.of(scopes(DEFINITION), Set.of("M")))
                .isEqualTo(NestedGraph.of(scopes(DEFINITION), Set.of("M")));
        String renamed = DEFINITION.replace("\"Next\": \"B\" }, \"B\"", "\"Next\": \"E\" }, \"E\"");
        assertThat(renamed).isNotEqualTo(DEFINITION);
        assertThat(one).isNotEqualTo(NestedGraph.of(scopes(renamed), Set.of()));
    }

    @Test
    void emptyHasNothing() {
        assertThat(NestedGraph.EMPTY.entries()).isEmpty();
        assertThat(NestedGraph.EMPTY.flat().nodes()).isEmpty();
        assertThat(NestedGraph.of(List.of(), Set.of())).isEqualTo(NestedGraph.EMPTY);
    }
}
