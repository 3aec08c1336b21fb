package dev.stepwise.engine.sfn;

import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.interp.spi.TaskInvoker;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the service's executions run their Task states: the test case's mocks first; then a {@code .waitForTaskToken}
 * task with nothing local to call hands its token out through its TaskScheduled event and waits for
 * SendTaskSuccess or SendTaskFailure, as AWS does after calling the integration; any other task fails and says how
 * to mock it. Every task token issued is remembered, so an answer to one that is no longer waited on is told apart
 * from a token that never existed.
 */
final class TaskRoutes {

    /** Token → ARN of the execution that issued it. */
    private final Map<String, String> issued = new ConcurrentHashMap<>();

    boolean wasIssued(String token) {
        return issued.containsKey(token);
    }

    /** The invokers of one execution; {@code mocks} may be null (no test case). */
    TaskInvokers forExecution(String executionArn, TaskInvokers.Route mocks) {
        List<TaskInvokers.Route> routes = new ArrayList<>();
        routes.add(request -> {
            if (request.taskToken() != null) {
                issued.put(request.taskToken(), executionArn);
            }
            return Optional.empty();
        });
        if (mocks != null) {
            routes.add(mocks);
        }
        routes.add(request -> request.taskToken() == null ? Optional.empty()
                : Optional.of(nothingToCall()));
        routes.add(request -> Optional.of(unavailable -> {
            throw new StatesException(StatesErrorNames.TASK_FAILED, "Stepwise cannot call '" + request.resource()
                    + "' for state '" + request.stateName() + "'. Start the execution with the state machine ARN"
                    + " suffixed '#<TestCase>' and a MockConfigFile whose test case mocks this state.");
        }));
        return new TaskInvokers(routes);
    }

    /** The callback pattern with no local integration: nothing is sent, the token is the only way back. */
    private static TaskInvoker nothingToCall() {
        return request -> SfnWire.object();
    }
}
