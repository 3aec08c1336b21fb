package dev.stepwise.designer.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/** An executor that only queues: the test runs the tasks when and in the order it wants, on its own thread. */
public final class QueuedExecutor implements Executor {

    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public synchronized void execute(Runnable task) {
        queued.add(task);
    }

    public synchronized int size() {
        return queued.size();
    }

    /** Runs the task queued at {@code index} (0 is the oldest) and removes it. */
    public void run(int index) {
        Runnable task;
        synchronized (this) {
            task = queued.remove(index);
        }
        task.run();
    }

    /** Runs every queued task, oldest first, including those they queue. */
    public void runAll() {
        while (size() > 0) {
            run(0);
        }
    }
}
