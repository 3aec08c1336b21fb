package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepwise.engine.interp.history.HistoryEventType;
import java.util.List;

/**
 * Parallel: runs every branch on the same input and gives the array of their outputs, in branch order. Branches
 * run one after another, so runs are repeatable; the first branch to fail fails the state with its error.
 */
record ParallelHandler(List<CompiledMachine> branches) implements StateHandler {

    @Override
    public HandlerResult run(StepContext step, JsonNode effectiveInput) throws InterruptedException {
        step.event(HistoryEventType.ParallelStateStarted, null);
        ArrayNode results = JsonNodeFactory.instance.arrayNode(branches.size());
        for (int i = 0; i < branches.size(); i++) {
            Frame branch = step.frame.child(step.state.name() + "#" + i);
            Outcome outcome = step.run().runMachine(branches.get(i), effectiveInput, branch);
            step.frame.lastEventId = branch.lastEventId;
            if (outcome.isFailure()) {
                step.event(HistoryEventType.ParallelStateFailed, () -> ExecutionRun.errorDetails(outcome.error()));
                throw new StateFailure(outcome.error());
            }
            results.add(outcome.output());
        }
        step.event(HistoryEventType.ParallelStateSucceeded, null);
        return HandlerResult.of(results);
    }
}
