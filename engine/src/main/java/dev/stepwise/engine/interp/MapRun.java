package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.interp.error.StatesError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a Distributed Map: its ARN, the names AWS gives its child executions, and how each child went.
 * ARNs: {@code arn:aws:states:<region>:<account>:mapRun:<state machine>/<Label or state name>:<uuid>}; children are
 * executions of the state machine {@code <state machine>/<Label or state name>}.
 */
final class MapRun {

    /** One child execution (one item or one batch). {@code output} is null when it failed. */
    record Child(String name, JsonNode input, JsonNode output, StatesError error, Instant start, Instant stop) {
        boolean failed() {
            return error != null;
        }
    }

    final String id;
    final String arn;
    final String childStateMachineArn;
    private final String childExecutionPrefix;
    final List<Child> children = new ArrayList<>();

    MapRun(ExecutionOptions options, String label, String id) {
        String scope = options.region() + ":" + options.accountId() + ":";
        String machine = options.stateMachineName() + "/" + label;
        this.id = id;
        this.arn = "arn:aws:states:" + scope + "mapRun:" + machine + ":" + id;
        this.childStateMachineArn = "arn:aws:states:" + scope + "stateMachine:" + machine;
        this.childExecutionPrefix = "arn:aws:states:" + scope + "execution:" + machine + ":";
    }

    String childExecutionArn(String name) {
        return childExecutionPrefix + name;
    }
}
