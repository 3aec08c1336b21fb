package dev.stepwise.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.json.JsonFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Containers are as big as what they hold, and every place in the result is absolute. */
class NestedLayoutTest {

    static final NestedLayout.Metrics METRICS = new NestedLayout.Metrics(new GraphLayout.Size(180, 56), 50, 20, 12, 16,
            12);
    static final double EPS = 1e-6;

    /** One Parallel with a one-state branch. */
    static final String NARROW = """
            {"StartAt": "P", "States": {
              "P": {"Type": "Parallel", "Next": "Done", "Branches": [
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}]},
              "Done": {"Type": "Succeed"}}}""";

    /** The same Parallel, its branch a Choice fanning out to three states side by side. */
    static final String WIDE = """
            {"StartAt": "P", "States": {
              "P": {"Type": "Parallel", "Next": "Done", "Branches": [
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Default": "A", "Choices": [
                    {"Variable": "$.x", "NumericEquals": 1, "Next": "B"},
                    {"Variable": "$.x", "NumericEquals": 2, "Next": "D"}]},
                  "A": {"Type": "Pass", "End": true},
                  "B": {"Type": "Pass", "End": true},
                  "D": {"Type": "Pass", "End": true}}}]},
              "Done": {"Type": "Succeed"}}}""";

    record Box(double x, double y, double width, double height) {
        boolean contains(Box inner) {
            return inner.x >= x - EPS && inner.y >= y - EPS && inner.x + inner.width <= x + width + EPS
                    && inner.y + inner.height <= y + height + EPS;
        }

        boolean contains(GraphLayout.Point point) {
            return point.x() >= x - EPS && point.y() >= y - EPS && point.x() <= x + width + EPS
                    && point.y() <= y + height + EPS;
        }

        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }
    }

    static List<GraphScope> scopes(String asl, Predicate<String> expanded) throws Exception {
        return GraphScope.of(AslParser.parse(asl, JsonFormat.JSON), expanded);
    }

    static List<GraphScope> scopes(String asl) throws Exception {
        return scopes(asl, pointer -> true);
    }

    static Box box(NestedLayout.Result result, String pointer) {
        GraphLayout.Point at = result.positions().get(pointer);
        GraphLayout.Size size = result.sizes().get(pointer);
        assertThat(at).as("position of " + pointer).isNotNull();
        assertThat(size).as("size of " + pointer).isNotNull();
        return new Box(at.x(), at.y(), size.width(), size.height());
    }

    static Box box(NestedLayout.Frame frame) {
        return new Box(frame.x(), frame.y(), frame.width(), frame.height());
    }

    static NestedLayout.Frame frame(NestedLayout.Result result, String scope) {
        return result.frames().stream().filter(frame -> frame.scope().equals(scope)).findFirst().orElseThrow();
    }

    @Test
    void placesEveryStateOfEveryScope() throws Exception {
        List<GraphScope> scopes = scopes(GraphScopeTest.NESTED);
        NestedLayout.Result result = NestedLayout.compute(scopes, METRICS);

        Set<String> pointers = new HashSet<>();
        for (GraphScope scope : scopes) {
            scope.graph().nodes().forEach(node -> pointers.add(scope.statePointer(node.name())));
        }
        assertThat(result.positions().keySet()).isEqualTo(pointers);
        assertThat(result.sizes().keySet()).isEqualTo(pointers);
        assertThat(result.starts().keySet()).containsExactlyInAnyOrderElementsOf(
                scopes.stream().map(GraphScope::pointer).toList());
        assertThat(result.routes().keySet()).containsExactlyInAnyOrderElementsOf(
                scopes.stream().map(GraphScope::pointer).toList());
        // a frame per inner scope, labelled as the scope is
        assertThat(result.frames()).hasSize(scopes.size() - 1);
        for (GraphScope scope : scopes.subList(1, scopes.size())) {
            NestedLayout.Frame frame = frame(result, scope.pointer());
            assertThat(frame.container()).isEqualTo(scope.container());
            assertThat(frame.branch()).isEqualTo(scope.branch());
            assertThat(frame.label()).isEqualTo(scope.label());
        }
    }

    @Test
    void plainStatesHaveTheNodeSizeAndContainersAreBigger() throws Exception {
        NestedLayout.Result result = NestedLayout.compute(scopes(GraphScopeTest.NESTED), METRICS);

        for (String plain : List.of("/States/Done", GraphScopeTest.OUTER_1 + "/States/A",
                GraphScopeTest.INNER_0 + "/States/X", GraphScopeTest.LEGACY + "/States/Old")) {
            assertThat(result.sizes().get(plain)).as(plain).isEqualTo(METRICS.node());
        }
        for (String container : List.of("/States/Outer", "/States/Later", GraphScopeTest.OUTER_0 + "/States/Each",
                GraphScopeTest.PROCESSOR + "/States/Inner")) {
            GraphLayout.Size size = result.sizes().get(container);
            assertThat(size.width()).as(container).isGreaterThanOrEqualTo(METRICS.node().width());
            assertThat(size.height()).as(container).isGreaterThan(METRICS.node().height() + METRICS.header());
        }
    }

    @Test
    void everyInnerStateLiesInItsFrameBelowTheLabel() throws Exception {
        List<GraphScope> scopes = scopes(GraphScopeTest.NESTED);
        NestedLayout.Result result = NestedLayout.compute(scopes, METRICS);

        for (GraphScope scope : scopes.subList(1, scopes.size())) {
            NestedLayout.Frame frame = frame(result, scope.pointer());
            Box inside = new Box(frame.x(), frame.y() + METRICS.branchLabel(), frame.width(),
                    frame.height() - METRICS.branchLabel());
            for (GraphModel.Node node : scope.graph().nodes()) {
                Box state = box(result, scope.statePointer(node.name()));
                assertThat(inside.contains(state)).as(node.name() + " inside " + scope.pointer()).isTrue();
            }
            GraphLayout.Point start = result.starts().get(scope.pointer());
            assertThat(inside.contains(start)).as("start of " + scope.pointer()).isTrue();
        }
    }

    @Test
    void everyFrameLiesInItsContainerBelowTheHeader() throws Exception {
        NestedLayout.Result result = NestedLayout.compute(scopes(GraphScopeTest.NESTED), METRICS);

        for (NestedLayout.Frame frame : result.frames()) {
            Box container = box(result, frame.container());
            Box body = new Box(container.x(), container.y() + METRICS.header(), container.width(),
                    container.height() - METRICS.header());
            assertThat(body.contains(box(frame))).as(frame.scope() + " inside " + frame.container()).isTrue();
            assertThat(frame.y()).isCloseTo(container.y() + METRICS.header(), within(EPS));
        }
    }

    @Test
    void containersNestInsideEachOther() throws Exception {
        NestedLayout.Result result = NestedLayout.compute(scopes(GraphScopeTest.NESTED), METRICS);

        Box outer = box(result, "/States/Outer");
        Box each = box(result, GraphScopeTest.OUTER_0 + "/States/Each");
        Box inner = box(result, GraphScopeTest.PROCESSOR + "/States/Inner");
        Box x = box(result, GraphScopeTest.INNER_0 + "/States/X");
        assertThat(outer.contains(each)).isTrue();
        assertThat(each.contains(inner)).isTrue();
        assertThat(inner.contains(x)).isTrue();
        assertThat(outer.contains(box(result, GraphScopeTest.OUTER_1 + "/States/B"))).isTrue();
        assertThat(outer.contains(box(result, "/States/Done"))).isFalse();
        assertThat(outer.overlaps(box(result, "/States/Later"))).isFalse();
        assertThat(each.overlaps(box(result, GraphScopeTest.OUTER_1 + "/States/A"))).isFalse();
    }

    @Test
    void siblingFramesSitSideBySideInBranchOrder() throws Exception {
        NestedLayout.Result result = NestedLayout.compute(scopes(GraphScopeTest.NESTED), METRICS);

        Map<String, List<NestedLayout.Frame>> byContainer = result.frames().stream()
                .collect(Collectors.groupingBy(NestedLayout.Frame::container));
        assertThat(byContainer.get("/States/Outer")).hasSize(2);
        assertThat(byContainer.get(GraphScopeTest.PROCESSOR + "/States/Inner")).hasSize(2);
        for (List<NestedLayout.Frame> siblings : byContainer.values()) {
            assertThat(siblings).extracting(NestedLayout.Frame::branch)
                    .isEqualTo(IntStream.range(0, siblings.size()).boxed().toList());
            for (int i = 0; i + 1 < siblings.size(); i++) {
                NestedLayout.Frame left = siblings.get(i);
                NestedLayout.Frame right = siblings.get(i + 1);
                assertThat(box(left).overlaps(box(right))).isFalse();
                assertThat(right.x() - (left.x() + left.width())).isCloseTo(METRICS.gap(), within(EPS));
                assertThat(right.y()).isCloseTo(left.y(), within(EPS));
                assertThat(right.height()).isCloseTo(left.height(), within(EPS));
            }
        }
    }

    @Test
    void aContainerIsAsBigAsItsBranchesAndTheirPadding() throws Exception {
        NestedLayout.Result result = NestedLayout.compute(scopes(GraphScopeTest.NESTED), METRICS);

        for (String container : List.of("/States/Outer", "/States/Later", GraphScopeTest.OUTER_0 + "/States/Each",
                GraphScopeTest.PROCESSOR + "/States/Inner")) {
            List<NestedLayout.Frame> frames = result.frames().stream()
                    .filter(frame -> frame.container().equals(container)).toList();
            double branches = frames.stream().mapToDouble(NestedLayout.Frame::width).sum()
                    + METRICS.gap() * (frames.size() - 1);
            Box box = box(result, container);
            assertThat(box.width()).as(container)
                    .isCloseTo(Math.max(METRICS.node().width(), branches + 2 * METRICS.padding()), within(EPS));
            assertThat(box.height()).as(container).isCloseTo(
                    METRICS.header() + frames.get(0).height() + METRICS.padding(), within(EPS));
            // the row of branches is centred
            double left = frames.get(0).x() - box.x();
            NestedLayout.Frame last = frames.get(frames.size() - 1);
            double right = box.x() + box.width() - (last.x() + last.width());
            assertThat(left).isCloseTo(right, within(EPS));
        }
    }

    @Test
    void aWiderBranchMakesAWiderContainer() throws Exception {
        NestedLayout.Result narrow = NestedLayout.compute(scopes(NARROW), METRICS);
        NestedLayout.Result wide = NestedLayout.compute(scopes(WIDE), METRICS);

        GraphLayout.Size narrowSize = narrow.sizes().get("/States/P");
        GraphLayout.Size wideSize = wide.sizes().get("/States/P");
        assertThat(narrowSize.width()).isGreaterThanOrEqualTo(METRICS.node().width());
        // three states side by side need at least three node widths
        assertThat(wideSize.width()).isGreaterThan(narrowSize.width())
                .isGreaterThanOrEqualTo(3 * METRICS.node().width());
        assertThat(wideSize.height()).isGreaterThan(narrowSize.height());
        assertThat(wide.width()).isGreaterThan(narrow.width());
    }

    @Test
    void routesComeAfterTheStartMarkersAndStayInTheirFrames() throws Exception {
        List<GraphScope> scopes = scopes(GraphScopeTest.NESTED);
        NestedLayout.Result result = NestedLayout.compute(scopes, METRICS);

        for (GraphScope scope : scopes) {
            List<NestedLayout.Route> routes = result.routes().get(scope.pointer());
            assertThat(routes).as(scope.pointer()).hasSize(scope.graph().edges().size() + 1);
            assertThat(routes.get(0).edge().from()).isEqualTo(GraphLayout.START_KEY);
            assertThat(routes.get(0).edge().to()).isEqualTo(scope.graph().startAt());
            assertThat(routes.subList(1, routes.size())).extracting(NestedLayout.Route::edge)
                    .containsExactlyElementsOf(scope.graph().edges());
            assertThat(routes).allSatisfy(route -> {
                assertThat(route.scope()).isEqualTo(scope.pointer());
                assertThat(route.points()).hasSizeGreaterThanOrEqualTo(2);
            });
            if (scope.isTop()) {
                continue;
            }
            NestedLayout.Frame frame = frame(result, scope.pointer());
            Box inside = new Box(frame.x(), frame.y() + METRICS.branchLabel(), frame.width(),
                    frame.height() - METRICS.branchLabel());
            for (NestedLayout.Route route : routes) {
                assertThat(route.points()).allSatisfy(point ->
                        assertThat(inside.contains(point)).as(point + " of " + route.edge() + " in " + frame).isTrue());
            }
        }
    }

    @Test
    void aRouteEndsAtItsTargetsAbsolutePlace() throws Exception {
        List<GraphScope> scopes = scopes(GraphScopeTest.NESTED);
        NestedLayout.Result result = NestedLayout.compute(scopes, METRICS);

        GraphScope branch = scopes.get(5);
        assertThat(branch.pointer()).isEqualTo(GraphScopeTest.OUTER_1);
        NestedLayout.Route aToB = result.routes().get(branch.pointer()).get(1);
        assertThat(aToB.edge().to()).isEqualTo("B");
        Box a = box(result, branch.statePointer("A"));
        Box b = box(result, branch.statePointer("B"));
        GraphLayout.Point first = aToB.points().get(0);
        GraphLayout.Point last = aToB.points().get(aToB.points().size() - 1);
        assertThat(first.y()).isCloseTo(a.y() + a.height(), within(1.0));
        assertThat(last.y()).isCloseTo(b.y(), within(1.0));
        assertThat(first.x()).isBetween(a.x(), a.x() + a.width());
        assertThat(last.x()).isBetween(b.x(), b.x() + b.width());
    }

    @Test
    void theWholeCoversEveryBox() throws Exception {
        NestedLayout.Result result = NestedLayout.compute(scopes(GraphScopeTest.NESTED), METRICS);

        Box whole = new Box(0, 0, result.width(), result.height());
        for (String pointer : result.positions().keySet()) {
            assertThat(whole.contains(box(result, pointer))).as(pointer).isTrue();
        }
        for (NestedLayout.Frame frame : result.frames()) {
            assertThat(whole.contains(box(frame))).as(frame.scope()).isTrue();
        }
        Box done = box(result, "/States/Done");
        assertThat(result.height()).isGreaterThanOrEqualTo(done.y() + done.height() + METRICS.endRoom());
    }

    @Test
    void framesComeOutermostFirst() throws Exception {
        NestedLayout.Result result = NestedLayout.compute(scopes(GraphScopeTest.NESTED), METRICS);

        List<String> seen = new ArrayList<>();
        for (NestedLayout.Frame frame : result.frames()) {
            // the frame around this one's container, if any, was listed before it
            for (String earlier : List.of(GraphScopeTest.OUTER_0, GraphScopeTest.PROCESSOR)) {
                if (frame.scope().startsWith(earlier + "/")) {
                    assertThat(seen).as(frame.scope()).contains(earlier);
                }
            }
            seen.add(frame.scope());
        }
        assertThat(seen).hasSize(6);
    }

    @Test
    void aCollapsedContainerIsAPlainBox() throws Exception {
        NestedLayout.Result result = NestedLayout.compute(
                scopes(GraphScopeTest.NESTED, pointer -> !pointer.equals("/States/Outer")), METRICS);

        assertThat(result.sizes().get("/States/Outer")).isEqualTo(METRICS.node());
        assertThat(result.positions().keySet()).noneMatch(pointer -> pointer.startsWith("/States/Outer/"));
        assertThat(result.frames()).extracting(NestedLayout.Frame::container).containsExactly("/States/Later");
        assertThat(result.sizes().get("/States/Later").height()).isGreaterThan(METRICS.node().height());

        NestedLayout.Result expanded = NestedLayout.compute(scopes(GraphScopeTest.NESTED), METRICS);
        assertThat(result.height()).isLessThan(expanded.height());
    }

    @Test
    void aCollapsedInnerContainerShrinksItsOuterOne() throws Exception {
        String inner = GraphScopeTest.PROCESSOR + "/States/Inner";
        NestedLayout.Result collapsed = NestedLayout.compute(
                scopes(GraphScopeTest.NESTED, pointer -> !pointer.equals(inner)), METRICS);
        NestedLayout.Result expanded = NestedLayout.compute(scopes(GraphScopeTest.NESTED), METRICS);

        assertThat(collapsed.sizes().get(inner)).isEqualTo(METRICS.node());
        assertThat(collapsed.sizes().get("/States/Outer").width())
                .isLessThan(expanded.sizes().get("/States/Outer").width());
        assertThat(collapsed.sizes().get("/States/Outer").height())
                .isLessThan(expanded.sizes().get("/States/Outer").height());
    }

    @Test
    void noScopesGiveTheEmptyLayout() {
        assertThat(NestedLayout.compute(List.of(), METRICS)).isSameAs(NestedLayout.Result.EMPTY);
    }
}
