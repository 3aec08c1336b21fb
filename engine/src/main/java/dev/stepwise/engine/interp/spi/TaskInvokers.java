package dev.stepwise.engine.interp.spi;

import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import java.util.List;
import java.util.Optional;

/** Chooses the invoker for a Task, in order of preference; with none, the task fails and says how to mock it. */
public final class TaskInvokers {

    /** Offers an invoker for the tasks it can run. */
    public interface Route {
        Optional<TaskInvoker> route(TaskRequest request);
    }

    public static final TaskInvokers NONE = new TaskInvokers(List.of());

    private final List<Route> routes;

    public TaskInvokers(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public TaskInvoker invokerFor(TaskRequest request) {
        for (Route route : routes) {
            Optional<TaskInvoker> invoker = route.route(request);
            if (invoker.isPresent()) {
                return invoker.get();
            }
        }
        return unavailable -> {
            throw new StatesException(StatesErrorNames.TASK_FAILED, "No invoker for resource '" + request.resource()
                    + "' of state '" + request.stateName() + "'. Run with a mock file (--mocks FILE --test-case NAME)"
                    + " whose test case maps this state to a mocked response, or configure a local Lambda URL.");
        };
    }
}
