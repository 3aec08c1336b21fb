package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One scope being run: the whole machine, a Parallel branch or a Map iteration. It owns the variables assigned in it
 * and the id of its last history event, which the next event of this scope links to.
 *
 * @param label how a trace names this scope, e.g. {@code "Map[3]"}; "" at the top
 */
final class Frame {

    final ExecutionRun run;
    final Frame parent;
    final Variables variables;
    final String label;
    long lastEventId;

    Frame(ExecutionRun run, Frame parent, Variables variables, String label, long lastEventId) {
        this.run = run;
        this.parent = parent;
        this.variables = variables;
        this.label = label;
        this.lastEventId = lastEventId;
    }

    /** A child scope whose history starts after this frame's last event. */
    Frame child(String childLabel) {
        String full = label.isEmpty() ? childLabel : label + "/" + childLabel;
        return new Frame(run, this, new Variables(variables), full, lastEventId);
    }

    JsonNode variable(String name) {
        return variables.get(name);
    }
}
