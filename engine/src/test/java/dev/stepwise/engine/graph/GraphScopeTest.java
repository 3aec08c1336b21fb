package dev.stepwise.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.json.JsonFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scopes of a state machine: the top level, then depth first every Parallel branch and Map processor. */
class GraphScopeTest {

    /** A Parallel in a Map in a Parallel's first branch, a plain second branch, then a top-level legacy Map. */
    static final String NESTED = """
            {"StartAt": "Outer", "States": {
              "Outer": {"Type": "Parallel", "Next": "Later", "Branches": [
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true, "ItemProcessor": {
                   "StartAt": "Inner", "States": {"Inner": {"Type": "Parallel", "End": true, "Branches": [
                     {"StartAt": "X", "States": {"X": {"Type": "Pass", "End": true}}},
                     {"StartAt": "Y", "States": {"Y": {"Type": "Pass", "End": true}}}]}}}}}},
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "End": true}}}]},
              "Later": {"Type": "Map", "Next": "Done", "Iterator": {
                "StartAt": "Old", "States": {"Old": {"Type": "Pass", "End": true}}}},
              "Done": {"Type": "Succeed"}}}""";

    static final String OUTER_0 = "/States/Outer/Branches/0";
    static final String PROCESSOR = OUTER_0 + "/States/Each/ItemProcessor";
    static final String INNER_0 = PROCESSOR + "/States/Inner/Branches/0";
    static final String INNER_1 = PROCESSOR + "/States/Inner/Branches/1";
    static final String OUTER_1 = "/States/Outer/Branches/1";
    static final String LEGACY = "/States/Later/Iterator";

    static StateMachine parse(String asl) throws Exception {
        return AslParser.parse(asl, JsonFormat.JSON);
    }

    @Test
    void listsTheTopLevelThenEveryScopeDepthFirst() throws Exception {
        List<GraphScope> scopes = GraphScope.of(parse(NESTED));

        assertThat(scopes).extracting(GraphScope::pointer)
                .containsExactly("", OUTER_0, PROCESSOR, INNER_0, INNER_1, OUTER_1, LEGACY);
        assertThat(scopes).extracting(GraphScope::container, GraphScope::branch, GraphScope::label).containsExactly(
                tuple(null, 0, ""),
                tuple("/States/Outer", 0, "Branch 1"),
                tuple(OUTER_0 + "/States/Each", 0, "Item processor"),
                tuple(PROCESSOR + "/States/Inner", 0, "Branch 1"),
                tuple(PROCESSOR + "/States/Inner", 1, "Branch 2"),
                tuple("/States/Outer", 1, "Branch 2"),
                tuple("/States/Later", 0, "Item processor"));
        assertThat(scopes).extracting(GraphScope::isTop).containsExactly(true, false, false, false, false, false, false);
    }

    @Test
    void eachScopeHasTheGraphOfItsOwnStates() throws Exception {
        List<GraphScope> scopes = GraphScope.of(parse(NESTED));

        assertThat(names(scopes.get(0))).containsExactly("Outer", "Later", "Done");
        assertThat(scopes.get(0).graph().startAt()).isEqualTo("Outer");
        assertThat(names(scopes.get(1))).containsExactly("Each");
        assertThat(names(scopes.get(2))).containsExactly("Inner");
        assertThat(names(scopes.get(3))).containsExactly("X");
        assertThat(names(scopes.get(4))).containsExactly("Y");
        assertThat(names(scopes.get(5))).containsExactly("A", "B");
        assertThat(scopes.get(5).graph().edges()).extracting(GraphModel.Edge::from, GraphModel.Edge::to)
                .containsExactly(tuple("A", "B"));
        assertThat(names(scopes.get(6))).containsExactly("Old");
    }

    @Test
    void statePointersAreUnderTheScope() throws Exception {
        List<GraphScope> scopes = GraphScope.of(parse(NESTED));

        assertThat(scopes.get(0).statePointer("Outer")).isEqualTo("/States/Outer");
        assertThat(scopes.get(3).statePointer("X")).isEqualTo(INNER_0 + "/States/X");
        assertThat(scopes.get(6).statePointer("Old")).isEqualTo("/States/Later/Iterator/States/Old");
        // every inner scope's container is a state pointer of the scope that lists it
        for (GraphScope scope : scopes.subList(1, scopes.size())) {
            assertThat(scopes).anySatisfy(outer -> assertThat(outer.graph().nodes())
                    .anySatisfy(node -> assertThat(outer.statePointer(node.name())).isEqualTo(scope.container())));
            assertThat(scope.pointer()).startsWith(scope.container() + "/");
        }
    }

    @Test
    void legacyIteratorKeepsItsFieldName() throws Exception {
        List<GraphScope> scopes = GraphScope.of(parse("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "Iterator": {
                  "StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}}}}"""));

        assertThat(scopes).extracting(GraphScope::pointer).containsExactly("", "/States/M/Iterator");
        assertThat(scopes.get(1).statePointer("I")).isEqualTo("/States/M/Iterator/States/I");
        assertThat(scopes.get(1).label()).isEqualTo("Item processor");
    }

    @Test
    void aCollapsedContainerHasNoScopesInside() throws Exception {
        List<GraphScope> scopes = GraphScope.of(parse(NESTED), pointer -> !pointer.equals("/States/Outer"));

        assertThat(scopes).extracting(GraphScope::pointer).containsExactly("", LEGACY);
        assertThat(names(scopes.get(0))).containsExactly("Outer", "Later", "Done");
    }

    @Test
    void collapsingAnInnerContainerKeepsTheOuterOnes() throws Exception {
        String inner = PROCESSOR + "/States/Inner";
        List<GraphScope> scopes = GraphScope.of(parse(NESTED), pointer -> !pointer.equals(inner));

        assertThat(scopes).extracting(GraphScope::pointer).containsExactly("", OUTER_0, PROCESSOR, OUTER_1, LEGACY);
    }

    @Test
    void thePredicateIsAskedAboutStatePointers() throws Exception {
        List<String> asked = new ArrayList<>();
        GraphScope.of(parse(NESTED), pointer -> {
            asked.add(pointer);
            return false;
        });

        assertThat(asked).containsExactly("/States/Outer", "/States/Later", "/States/Done");
    }

    @Test
    void namesWithSlashOrTildeAreEscaped() throws Exception {
        List<GraphScope> scopes = GraphScope.of(parse("""
                {"StartAt": "a/b~c", "States": {"a/b~c": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "x~/y", "States": {"x~/y": {"Type": "Pass", "End": true}}}]}}}"""));

        assertThat(GraphScope.statePointer("", "a/b~c")).isEqualTo("/States/a~1b~0c");
        assertThat(scopes).extracting(GraphScope::pointer).containsExactly("", "/States/a~1b~0c/Branches/0");
        assertThat(scopes.get(1).container()).isEqualTo("/States/a~1b~0c");
        assertThat(scopes.get(1).statePointer("x~/y")).isEqualTo("/States/a~1b~0c/Branches/0/States/x~0~1y");
    }

    @Test
    void aMachineWithoutContainersHasOneScopeAndNullHasNone() throws Exception {
        List<GraphScope> scopes = GraphScope.of(parse("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}"""));

        assertThat(scopes).hasSize(1);
        assertThat(scopes.get(0).pointer()).isEmpty();
        assertThat(scopes.get(0).isTop()).isTrue();
        assertThat(GraphScope.of(null)).isEmpty();
    }

    private static List<String> names(GraphScope scope) {
        return scope.graph().nodes().stream().map(GraphModel.Node::name).toList();
    }
}
