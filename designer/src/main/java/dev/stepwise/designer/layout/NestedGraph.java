package dev.stepwise.designer.layout;

import dev.stepwise.designer.document.Layout;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.graph.GraphScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the canvas shows of a state machine: the states of the top level and of every branch and item processor of
 * the Parallel and Map states that are expanded, flattened into one graph. Each state has a canvas key,
 * {@link Layout#key}{@code (scope, name)}: its plain name at the top level, so the top level reads as before.
 */
public final class NestedGraph {

    /**
     * One state shown.
     *
     * @param key       its canvas key (the node's name in {@link #flat()})
     * @param scope     the index of its scope in {@link #scopes()}
     * @param node      the state as its scope's graph has it (its own name)
     * @param container the canvas key of the Parallel or Map whose branch holds it; null at the top level
     * @param start     whether its scope starts at it
     */
    public record Entry(String key, int scope, GraphModel.Node node, String container, boolean start) {
    }

    public static final NestedGraph EMPTY = new NestedGraph(List.of());

    private final List<GraphScope> scopes;
    private final GraphModel flat;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /** By scope index: the canvas key of its container; null for the top level. */
    private final List<String> containers = new ArrayList<>();

    private NestedGraph(List<GraphScope> scopes) {
        this.scopes = List.copyOf(scopes);
        List<GraphModel.Node> nodes = new ArrayList<>();
        List<GraphModel.Edge> edges = new ArrayList<>();
        for (int i = 0; i < this.scopes.size(); i++) {
            GraphScope scope = this.scopes.get(i);
            String container = containerKey(scope);
            containers.add(container);
            GraphModel graph = scope.graph();
            for (GraphModel.Node node : graph.nodes()) {
                String key = Layout.key(scope.pointer(), node.name());
                entries.putIfAbsent(key, new Entry(key, i, node, container, node.name().equals(graph.startAt())));
                nodes.add(new GraphModel.Node(key, node.type(), node.caption(), node.end(), node.retries()));
            }
            for (GraphModel.Edge edge : graph.edges()) {
                edges.add(new GraphModel.Edge(Layout.key(scope.pointer(), edge.from()),
                        Layout.key(scope.pointer(), edge.to()), edge.kind(), edge.label()));
            }
        }
        String start = this.scopes.isEmpty() ? null : this.scopes.get(0).graph().startAt();
        flat = new GraphModel(nodes, edges, start);
    }

    /**
     * The scopes of a machine ({@link GraphScope#of}, all of them) without those inside a collapsed container.
     *
     * @param collapsed the canvas keys of the Parallel and Map states shown as one box
     */
    public static NestedGraph of(List<GraphScope> scopes, Collection<String> collapsed) {
        Set<String> hidden = new HashSet<>();
        List<GraphScope> shown = new ArrayList<>();
        for (GraphScope scope : scopes) {
            // A scope comes after the scope of its container: a hidden one hides what is inside it.
            if (!scope.isTop() && (collapsed.contains(containerKey(scope)) || hidden.contains(scope.containerScope()))) {
                hidden.add(scope.pointer());
            } else {
                shown.add(scope);
            }
        }
        return new NestedGraph(shown);
    }

    /** The canvas key of a scope's Parallel or Map; null for the top level. */
    public static String containerKey(GraphScope scope) {
        return scope.isTop() ? null : Layout.key(scope.containerScope(), scope.containerName());
    }

    /** Every state shown as one graph whose node names are canvas keys; its start is the top level's. */
    public GraphModel flat() {
        return flat;
    }

    /** The scopes shown: the top level first, a scope before the scopes inside it. */
    public List<GraphScope> scopes() {
        return scopes;
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    /** The JSON pointer of the scope a shown state is in ({@code ""} at the top level). */
    public Optional<String> scopeOf(String key) {
        return entry(key).map(entry -> scopes.get(entry.scope()).pointer());
    }

    /** The canvas key of the container of the scope at an index; null for the top level. */
    public String containerOf(int scope) {
        return containers.get(scope);
    }

    /** The shown branches of a container, by canvas key; empty for other states and collapsed containers. */
    public List<Integer> branchesOf(String containerKey) {
        List<Integer> branches = new ArrayList<>();
        for (int i = 0; i < containers.size(); i++) {
            if (containerKey.equals(containers.get(i))) {
                branches.add(i);
            }
        }
        return branches;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NestedGraph graph && scopes.equals(graph.scopes);
    }

    @Override
    public int hashCode() {
        return scopes.hashCode();
    }
}
