package dev.stepwise.engine.asl.validate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Every state can be reached from its scope's StartAt; AWS refuses definitions with unreachable states. */
final class ReachabilityRule implements Rule {

    static final String CODE = "UNREACHABLE_STATE";

    @Override
    public void check(ValidationContext context) {
        AslTree tree = AslTree.of(context);
        for (AslTree.Scope scope : tree.scopes()) {
            String startAt = Nodes.text(scope.node(), "StartAt");
            Map<String, AslTree.State> byName = new HashMap<>();
            for (AslTree.State state : tree.statesOf(scope)) {
                byName.put(state.name(), state);
            }
            if (startAt == null || !byName.containsKey(startAt)) {
                continue; // reported elsewhere; without a start, reachability says nothing useful
            }
            Set<String> reached = new HashSet<>();
            Deque<String> pending = new ArrayDeque<>();
            pending.add(startAt);
            while (!pending.isEmpty()) {
                String name = pending.poll();
                AslTree.State state = byName.get(name);
                if (state == null || !reached.add(name)) {
                    continue;
                }
                AslTree.transitions(state).forEach(transition -> pending.add(transition.target()));
            }
            for (AslTree.State state : tree.statesOf(scope)) {
                if (!reached.contains(state.name())) {
                    context.error(CODE, state.pointer(), "State \"" + state.name() + "\" cannot be reached from \""
                            + startAt + "\"");
                }
            }
        }
    }
}
