package dev.stepwise.designer.debug;

import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.debug.DebugSession;
import dev.stepwise.engine.debug.DebugSession.Snapshot;
import dev.stepwise.engine.debug.DebugSession.Status;
import dev.stepwise.engine.interp.ExecutionResult;
import dev.stepwise.engine.interp.StepTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The debugger's state for the views: where the execution holds, the states it completed, the breakpoints. It
 * observes a {@link DebugSession} and passes the user's commands to it; use it on the JavaFX thread.
 */
public final class DebuggerViewModel {

    /**
     * A row of the steps list: a completed state ({@code step}), or the state the execution holds before
     * ({@code stop}).
     */
    public record Row(StepTrace step, DebugSession.Stop stop) {

        public String stateName() {
            return step != null ? step.stateName() : stop.stateName();
        }

        public String scope() {
            return step != null ? step.scope() : stop.scope();
        }

        List<StageRows.Stage> stages() {
            return step != null ? StageRows.of(step) : StageRows.before(stop.input());
        }
    }

    private final DebugSession session;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not started");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableSet<String> breakpoints = FXCollections.observableSet();
    // One read-only view each: such views listen weakly, so a view made per call could be collected with its listeners.
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableSet<String> readOnlyBreakpoints = FXCollections.unmodifiableObservableSet(breakpoints);

    /** @param fxThread where the session's news is handled: {@code Platform::runLater} in the app */
    public DebuggerViewModel(DebugSession session, Executor fxThread) {
        this.session = session;
        session.addListener(news -> fxThread.execute(this::refresh));
        breakpoints.addAll(session.breakpoints());
        refresh();
    }

    public StateMachine machine() {
        return session.program().machine();
    }

    /** Reads the session again (it tells when it holds or ends; commands call this for the running state). */
    public void refresh() {
        Snapshot now = session.snapshot();
        snapshot.set(now);
        List<Row> fresh = new ArrayList<>();
        now.steps().forEach(step -> fresh.add(new Row(step, null)));
        if (now.stop() != null) {
            fresh.add(new Row(null, now.stop()));
        }
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
        status.set(describe(now));
    }

    static String describe(Snapshot now) {
        return switch (now.status()) {
            case RUNNING -> "Running…";
            case PAUSED -> "Paused before '" + now.stop().stateName() + "'"
                    + (now.stop().scope().isEmpty() ? "" : " in " + now.stop().scope());
            case ENDED -> ended(now);
        };
    }

    private static String ended(Snapshot now) {
        if (now.crash() != null) {
            return now.crash();
        }
        ExecutionResult result = now.result();
        if (result == null) {
            return "Not started";
        }
        String ending = "Ended " + result.status().awsName() + " after " + now.steps().size()
                + (now.steps().size() == 1 ? " step" : " steps");
        return result.error() == null ? ending
                : ending + ": " + result.error().error()
                        + (result.error().cause() == null ? "" : " (" + result.error().cause() + ")");
    }

    public void start() {
        session.start(true);
        refresh();
    }

    public void resume() {
        command(session.resume());
    }

    public void stepOver() {
        command(session.stepOver());
    }

    public void stepInto() {
        command(session.stepInto());
    }

    public void stepOut() {
        command(session.stepOut());
    }

    public void stepBack() {
        command(session.stepBack());
    }

    public void pause() {
        session.pause();
    }

    public void stop() {
        session.stop();
        refresh();
    }

    public void restart() {
        session.restart();
        refresh();
    }

    public void close() {
        session.close();
    }

    private void command(boolean accepted) {
        if (accepted) {
            refresh();
        }
    }

    public void toggleBreakpoint(String stateName) {
        if (session.toggleBreakpoint(stateName)) {
            breakpoints.add(stateName);
        } else {
            breakpoints.remove(stateName);
        }
    }

    public boolean isPaused() {
        return snapshot.get().status() == Status.PAUSED;
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return readOnlyRows;
    }

    public ObservableSet<String> breakpoints() {
        return readOnlyBreakpoints;
    }
}
