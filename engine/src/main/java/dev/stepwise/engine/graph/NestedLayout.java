package dev.stepwise.engine.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out a state machine with each expanded Parallel and Map drawn as a container: a header (its own name and
 * caption), then its branches side by side, each in a frame under its label with its states inside. Every scope is
 * laid out by {@link GraphLayout}, innermost first, so a container is as big as what it holds. Coordinates in the
 * result are absolute: a state inside a branch has its place on the whole drawing.
 */
public final class NestedLayout {

    /** The sizes the layout works with. */
    public record Metrics(GraphLayout.Size node, double header, double branchLabel, double padding, double gap,
                          double endRoom) {
    }

    /** One branch's frame: its label above its states. {@code container} is the state pointer of its Parallel or Map. */
    public record Frame(String scope, String container, int branch, String label, double x, double y, double width,
                        double height) {
    }

    /** A laid-out scope's transition, in absolute coordinates. */
    public record Route(String scope, GraphModel.Edge edge, List<GraphLayout.Point> points) {
        public Route {
            points = List.copyOf(points);
        }
    }

    /**
     * The layout: by state pointer ({@link GraphScope#statePointer}) each state's top-left corner and size; by scope
     * pointer its start marker's corner and its routes (the start marker's first, from {@link GraphLayout#START_KEY},
     * then the scope's edges in order); the branches' frames, depth first
     * (a frame before the frames inside it); and the size of the whole.
     */
    public record Result(Map<String, GraphLayout.Point> positions, Map<String, GraphLayout.Size> sizes,
                         Map<String, GraphLayout.Point> starts, Map<String, List<Route>> routes, List<Frame> frames,
                         double width, double height) {
        public Result {
            positions = Map.copyOf(positions);
            sizes = Map.copyOf(sizes);
            starts = Map.copyOf(starts);
            routes = Map.copyOf(routes);
            frames = List.copyOf(frames);
        }

        public static final Result EMPTY = new Result(Map.of(), Map.of(), Map.of(), Map.of(), List.of(), 0, 0);
    }

    /** A scope laid out on its own, its origin at the top left; the branches of its containers laid out likewise. */
    private record Local(GraphScope scope, GraphLayout.Result layout, Map<String, List<Local>> branches,
                         Metrics metrics) {

        double width() {
            return layout.width();
        }

        double height() {
            return layout.height() + metrics.endRoom();
        }

        static double branchesWidth(List<Local> branches, Metrics metrics) {
            return branches.stream().mapToDouble(Local::width).sum() + metrics.gap() * (branches.size() - 1);
        }

        static double tallest(List<Local> branches) {
            return branches.stream().mapToDouble(Local::height).max().orElse(0);
        }

        static GraphLayout.Size containerSize(List<Local> branches, Metrics metrics) {
            double width = Math.max(metrics.node().width(), branchesWidth(branches, metrics) + 2 * metrics.padding());
            return new GraphLayout.Size(width,
                    metrics.header() + metrics.branchLabel() + tallest(branches) + metrics.padding());
        }
    }

    private NestedLayout() {
    }

    /** Lays out the scopes of {@link GraphScope#of}: the first is the top level, every other one inside a container. */
    public static Result compute(List<GraphScope> scopes, Metrics metrics) {
        if (scopes.isEmpty()) {
            return Result.EMPTY;
        }
        Map<String, List<GraphScope>> byContainer = new HashMap<>();
        for (GraphScope scope : scopes.subList(1, scopes.size())) {
            byContainer.computeIfAbsent(scope.container(), key -> new ArrayList<>()).add(scope);
        }
        Local top = local(scopes.get(0), byContainer, metrics);
        Placement placement = new Placement();
        placement.place(top, 0, 0);
        return new Result(placement.positions, placement.sizes, placement.starts, placement.routes, placement.frames,
                top.width(), top.height());
    }

    private static Local local(GraphScope scope, Map<String, List<GraphScope>> byContainer, Metrics metrics) {
        Map<String, List<Local>> branches = new LinkedHashMap<>();
        Map<String, GraphLayout.Size> sizes = new HashMap<>();
        for (GraphModel.Node node : scope.graph().nodes()) {
            List<GraphScope> inner = byContainer.get(scope.statePointer(node.name()));
            if (inner != null && !inner.isEmpty()) {
                List<Local> laidOut = inner.stream().map(branch -> local(branch, byContainer, metrics)).toList();
                branches.put(node.name(), laidOut);
                sizes.put(node.name(), Local.containerSize(laidOut, metrics));
            }
        }
        GraphLayout.Size plain = metrics.node();
        GraphLayout.Result layout = GraphLayout.compute(scope.graph(), name -> sizes.getOrDefault(name, plain),
                plain.width(), plain.height());
        return new Local(scope, layout, branches, metrics);
    }

    /** Collects the absolute places while it walks the scopes, outermost first. */
    private static final class Placement {
        final Map<String, GraphLayout.Point> positions = new LinkedHashMap<>();
        final Map<String, GraphLayout.Size> sizes = new LinkedHashMap<>();
        final Map<String, GraphLayout.Point> starts = new LinkedHashMap<>();
        final Map<String, List<Route>> routes = new LinkedHashMap<>();
        final List<Frame> frames = new ArrayList<>();

        void place(Local local, double dx, double dy) {
            GraphScope scope = local.scope();
            Metrics metrics = local.metrics();
            GraphLayout.Point start = local.layout().positions().get(GraphLayout.START_KEY);
            if (start != null) {
                starts.put(scope.pointer(), new GraphLayout.Point(start.x() + dx, start.y() + dy));
            }
            List<Route> scopeRoutes = new ArrayList<>();
            for (GraphLayout.Route route : local.layout().routes()) {
                scopeRoutes.add(new Route(scope.pointer(), route.edge(), route.points().stream()
                        .map(point -> new GraphLayout.Point(point.x() + dx, point.y() + dy)).toList()));
            }
            routes.put(scope.pointer(), scopeRoutes);
            for (GraphModel.Node node : scope.graph().nodes()) {
                GraphLayout.Point at = local.layout().positions().get(node.name());
                if (at == null) {
                    continue;
                }
                String pointer = scope.statePointer(node.name());
                GraphLayout.Point absolute = new GraphLayout.Point(at.x() + dx, at.y() + dy);
                List<Local> branches = local.branches().get(node.name());
                GraphLayout.Size size = branches == null ? metrics.node() : Local.containerSize(branches, metrics);
                positions.put(pointer, absolute);
                sizes.put(pointer, size);
                if (branches != null) {
                    placeBranches(pointer, branches, absolute, size, metrics);
                }
            }
        }

        /** The row of branches centred under the container's header, each framed, its states inside. */
        private void placeBranches(String container, List<Local> branches, GraphLayout.Point at,
                                   GraphLayout.Size size, Metrics metrics) {
            double x = at.x() + (size.width() - Local.branchesWidth(branches, metrics)) / 2;
            double y = at.y() + metrics.header();
            double tallest = Local.tallest(branches);
            for (Local branch : branches) {
                GraphScope scope = branch.scope();
                frames.add(new Frame(scope.pointer(), container, scope.branch(), scope.label(), x, y, branch.width(),
                        metrics.branchLabel() + tallest));
                place(branch, x, y + metrics.branchLabel());
                x += branch.width() + metrics.gap();
            }
        }
    }
}
