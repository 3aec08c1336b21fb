package dev.stepwise.engine.sfn;

import dev.stepwise.engine.interp.history.HistoryEvent;
import dev.stepwise.engine.sfn.model.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * An execution running in this process: the history it has recorded so far (readable while it runs) and the way to
 * stop it. Whoever ends it first, the run finishing or a stop, {@linkplain #end() ends} it under its monitor, and
 * events recorded after that are dropped: the history a caller saw stays the history that is kept.
 */
final class LiveExecution {

    final String arn;
    private final List<StoredEvent> events = new ArrayList<>();
    private boolean ended;
    private Future<?> run;

    LiveExecution(String arn) {
        this.arn = arn;
    }

    synchronized void record(HistoryEvent event) {
        if (!ended) {
            events.add(HistoryJson.stored(event));
        }
    }

    synchronized List<StoredEvent> events() {
        return List.copyOf(events);
    }

    synchronized void runningAs(Future<?> future) {
        this.run = future;
        if (ended) {
            future.cancel(true);
        }
    }

    /** Marks it ended; false when it already was. Hold the monitor while storing how it ended. */
    synchronized boolean end() {
        if (ended) {
            return false;
        }
        ended = true;
        return true;
    }

    /** Interrupts the run (after {@link #end()}): waits, task tokens and HTTP calls give up. */
    synchronized void interrupt() {
        if (run != null) {
            run.cancel(true);
        }
    }

    synchronized long lastEventId() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).id();
    }
}
