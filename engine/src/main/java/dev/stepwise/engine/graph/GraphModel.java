package dev.stepwise.engine.graph;

import dev.stepwise.engine.asl.model.Catcher;
import dev.stepwise.engine.asl.model.Choice;
import dev.stepwise.engine.asl.model.ChoiceState;
import dev.stepwise.engine.asl.model.MapState;
import dev.stepwise.engine.asl.model.ParallelState;
import dev.stepwise.engine.asl.model.State;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.model.StateType;
import dev.stepwise.engine.asl.model.TaskState;
import java.util.ArrayList;
import java.util.List;

/**
 * What the canvas draws for one scope of a state machine: a node per state and an edge per transition. Pure data,
 * made from the model by {@link #of(StateMachine)}; the layout and the views work from it.
 */
public record GraphModel(List<Node> nodes, List<Edge> edges, String startAt) {

    /** How a transition arises. */
    public enum EdgeKind { NEXT, CHOICE, DEFAULT, CATCH }

    /**
     * One state.
     *
     * @param caption a second line under the name: the service a Task calls, a Wait's duration, ...
     * @param end     whether the state ends the machine
     * @param retries how many Retry entries it has
     */
    public record Node(String name, StateType type, String caption, boolean end, int retries) {
    }

    /** One transition; {@code label} is empty for a plain Next. */
    public record Edge(String from, String to, EdgeKind kind, String label) {
    }

    public GraphModel {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public static final GraphModel EMPTY = new GraphModel(List.of(), List.of(), null);

    public static GraphModel of(StateMachine machine) {
        if (machine == null) {
            return EMPTY;
        }
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (State state : machine.states().values()) {
            boolean end = state.type() != StateType.CHOICE && state.isTerminal();
            nodes.add(new Node(state.name(), state.type(), caption(state), end, retries(state)));
            if (state instanceof ChoiceState choice) {
                for (Choice rule : choice.choices()) {
                    if (rule.next() != null) {
                        edges.add(new Edge(state.name(), rule.next(), EdgeKind.CHOICE, ChoiceSummary.of(rule.rule())));
                    }
                }
                if (choice.defaultNext() != null) {
                    edges.add(new Edge(state.name(), choice.defaultNext(), EdgeKind.DEFAULT, "Default"));
                }
            } else if (state.transition().next() != null) {
                edges.add(new Edge(state.name(), state.transition().next(), EdgeKind.NEXT, ""));
            }
            for (Catcher catcher : catches(state)) {
                if (catcher.next() != null) {
                    edges.add(new Edge(state.name(), catcher.next(), EdgeKind.CATCH,
                            String.join(", ", catcher.errorEquals())));
                }
            }
        }
        return new GraphModel(nodes, edges, machine.startAt());
    }

    public boolean hasNode(String name) {
        return nodes.stream().anyMatch(node -> node.name().equals(name));
    }

    private static String caption(State state) {
        return switch (state.type()) {
            case TASK -> TaskServices.describe(((TaskState) state).resource());
            case PARALLEL -> {
                int branches = ((ParallelState) state).branches().size();
                yield branches == 1 ? "1 branch" : branches + " branches";
            }
            case MAP -> {
                MapState map = (MapState) state;
                int states = map.itemProcessor() == null ? 0 : map.itemProcessor().states().size();
                yield (map.processorConfig() != null && map.processorConfig().mode() == MapState.ProcessorConfig.Mode.DISTRIBUTED
                        ? "Distributed · " : "") + (states == 1 ? "1 state" : states + " states");
            }
            case WAIT -> waitCaption(state);
            default -> state.type().aslName();
        };
    }

    private static String waitCaption(State state) {
        var json = state.json();
        for (String field : List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath")) {
            if (json.has(field)) {
                String value = json.get(field).asText();
                return field.equals("Seconds") ? value + " s" : field + " " + value;
            }
        }
        return "Wait";
    }

    private static int retries(State state) {
        if (state instanceof TaskState task) {
            return task.retry().size();
        }
        if (state instanceof ParallelState parallel) {
            return parallel.retry().size();
        }
        if (state instanceof MapState map) {
            return map.retry().size();
        }
        return 0;
    }

    private static List<Catcher> catches(State state) {
        if (state instanceof TaskState task) {
            return task.catches();
        }
        if (state instanceof ParallelState parallel) {
            return parallel.catches();
        }
        if (state instanceof MapState map) {
            return map.catches();
        }
        return List.of();
    }
}
