package dev.stepwise.engine.graph;

import dev.stepwise.engine.asl.model.MapState;
import dev.stepwise.engine.asl.model.ParallelState;
import dev.stepwise.engine.asl.model.State;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.json.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One scope of a state machine as a graph: the top level, a Parallel branch or a Map's item processor.
 *
 * @param pointer   the JSON pointer of the scope's object ({@code ""} for the top level,
 *                  {@code /States/P/Branches/0}, {@code /States/M/ItemProcessor} or the legacy {@code .../Iterator})
 * @param container the JSON pointer of the Parallel or Map state the scope belongs to; null for the top level
 * @param branch    the branch's index in its container (0 for an item processor)
 * @param label     what the canvas and the export write above it: "Branch 1", "Item processor"
 * @param graph     its states and transitions
 */
public record GraphScope(String pointer, String container, int branch, String label, GraphModel graph) {

    /** The JSON pointer of a state of this scope. */
    public String statePointer(String name) {
        return statePointer(pointer, name);
    }

    public static String statePointer(String scope, String name) {
        return JsonPointers.child(JsonPointers.child(scope, "States"), name);
    }

    public boolean isTop() {
        return container == null;
    }

    /** The pointer of the scope that holds this scope's Parallel or Map; null for the top level. */
    public String containerScope() {
        // A state pointer is its scope's pointer, "/States/" and the escaped name (which holds no "/").
        return container == null ? null : container.substring(0, container.lastIndexOf("/States/"));
    }

    /** The name of this scope's Parallel or Map; null for the top level. */
    public String containerName() {
        return container == null ? null : JsonPointers.lastSegment(container);
    }

    /**
     * The top level and, depth first, the branches of every Parallel and the processor of every Map whose state pointer
     * {@code expanded} accepts (a collapsed container is one box, its states not shown). A scope comes before the
     * scopes inside it.
     */
    public static List<GraphScope> of(StateMachine machine, Predicate<String> expanded) {
        List<GraphScope> scopes = new ArrayList<>();
        if (machine != null) {
            add(scopes, machine, "", null, 0, "", expanded);
        }
        return scopes;
    }

    /** Every scope, every container expanded. */
    public static List<GraphScope> of(StateMachine machine) {
        return of(machine, pointer -> true);
    }

    private static void add(List<GraphScope> scopes, StateMachine machine, String pointer, String container, int branch,
                            String label, Predicate<String> expanded) {
        scopes.add(new GraphScope(pointer, container, branch, label, GraphModel.of(machine)));
        for (State state : machine.states().values()) {
            String statePointer = statePointer(pointer, state.name());
            if (!expanded.test(statePointer)) {
                continue;
            }
            if (state instanceof ParallelState parallel) {
                for (int i = 0; i < parallel.branches().size(); i++) {
                    add(scopes, parallel.branches().get(i),
                            JsonPointers.child(JsonPointers.child(statePointer, "Branches"), i), statePointer, i,
                            "Branch " + (i + 1), expanded);
                }
            } else if (state instanceof MapState map && map.itemProcessor() != null) {
                add(scopes, map.itemProcessor(),
                        JsonPointers.child(statePointer, map.legacyIterator() ? "Iterator" : "ItemProcessor"),
                        statePointer, 0, "Item processor", expanded);
            }
        }
    }
}
