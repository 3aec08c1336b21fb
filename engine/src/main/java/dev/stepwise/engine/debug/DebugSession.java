package dev.stepwise.engine.debug;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.ExecutionResult;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.StepListener;
import dev.stepwise.engine.interp.StepTrace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One execution under a debugger. The execution runs in a thread of its own and holds before a state when it reaches
 * a breakpoint or when a step ends; the commands (resume, step over, into, out, back, pause, stop) say how far it may
 * go next.
 *
 * <p>Step back runs the execution again from the start, in silence, up to the stop before this one. That lands in
 * the same state only if every run does the same: each run gets fresh options from the supplier, which must give a
 * virtual clock, seeded randomness and tasks answered by mocks or a recorded history.
 *
 * <p>Listeners hear of every hold and of the end, in the execution's thread; commands may come from any thread.
 */
public final class DebugSession implements AutoCloseable {

    public enum Status { RUNNING, PAUSED, ENDED }

    /**
     * Where the execution holds: before {@code stateName}, the {@code index}-th state entered in this run (from 0).
     *
     * @param scope as in {@link StepTrace#scope()}: "" at the top, else e.g. {@code "Parallel#1/Map[0]"}
     */
    public record Stop(String stateName, String scope, JsonNode input, int index) {

        /** 0 at the top, 1 inside a Parallel branch or Map iteration, and so on. */
        public int depth() {
            return depth(scope);
        }

        static int depth(String scope) {
            return scope.isEmpty() ? 0 : (int) scope.chars().filter(c -> c == '/').count() + 1;
        }
    }

    /**
     * The session at one moment.
     *
     * @param stop   where it holds, when PAUSED
     * @param steps  the states completed so far in this run, in order
     * @param result how it ended, when ENDED (null if the engine itself failed: see {@code crash})
     */
    public record Snapshot(Status status, Stop stop, List<StepTrace> steps, ExecutionResult result, String crash) {
        public Snapshot {
            steps = List.copyOf(steps);
        }
    }

    /** How far the execution may run after a command. */
    private enum Mode { RUN, OVER, INTO, OUT, TO_INDEX }

    private final Interpreter.Program program;
    private final JsonNode input;
    private final Supplier<ExecutionOptions> options;
    private final Set<String> breakpoints = new LinkedHashSet<>();
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();

    // Guarded by this.
    private int generation;
    private Thread runner;
    private Mode mode = Mode.INTO;
    private int modeDepth;
    private int targetIndex;
    private boolean pauseRequested;
    private boolean stopping;
    private Status status = Status.ENDED;
    private Stop stop;
    private List<StepTrace> steps = new ArrayList<>();
    private List<Integer> earlierStops = new ArrayList<>();
    private ExecutionResult result;
    private String crash;
    private int entered;

    /**
     * @param options fresh options for each run (their listener is replaced by the session's)
     */
    public DebugSession(Interpreter.Program program, JsonNode input, Supplier<ExecutionOptions> options) {
        this.program = Objects.requireNonNull(program, "program");
        this.input = Objects.requireNonNull(input, "input");
        this.options = Objects.requireNonNull(options, "options");
    }

    public Interpreter.Program program() {
        return program;
    }

    public void addListener(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    /** Starts the execution, holding before its first state if {@code stopOnEntry}, else at the first breakpoint. */
    public void start(boolean stopOnEntry) {
        synchronized (this) {
            launch(stopOnEntry ? Mode.INTO : Mode.RUN, 0);
        }
    }

    /** Runs again from the start, holding before the first state. */
    public void restart() {
        synchronized (this) {
            launch(Mode.INTO, 0);
        }
    }

    /** Runs on to the next breakpoint or the end (F5). */
    public boolean resume() {
        return proceed(Mode.RUN);
    }

    /** Runs the state it holds before, whole, and holds before the next one in the same scope or an outer one (F10). */
    public boolean stepOver() {
        return proceed(Mode.OVER);
    }

    /** Holds before the very next state entered, inside a Parallel branch or Map iteration if this is one (F11). */
    public boolean stepInto() {
        return proceed(Mode.INTO);
    }

    /** Runs to the end of this branch or iteration and holds before the next state of an outer scope (Shift+F11). */
    public boolean stepOut() {
        return proceed(Mode.OUT);
    }

    /**
     * Goes back to where it held before this (or to the state entered before this one; after the end, to the last
     * state), by running again from the start. Returns false when there is nothing before.
     */
    public boolean stepBack() {
        synchronized (this) {
            int here = status == Status.PAUSED ? stop.index() : status == Status.ENDED && crash == null ? entered : 0;
            if (here == 0) {
                return false; // running, or nothing before the first state
            }
            int target = earlierStops.isEmpty() ? here - 1 : earlierStops.get(earlierStops.size() - 1);
            List<Integer> kept = new ArrayList<>(earlierStops.subList(0, Math.max(0, earlierStops.size() - 1)));
            launch(Mode.TO_INDEX, target);
            earlierStops = kept;
            return true;
        }
    }

    /** Holds before the next state that starts. */
    public synchronized void pause() {
        if (status == Status.RUNNING) {
            pauseRequested = true;
        }
    }

    /** Stops the execution: it ends ABORTED, as StopExecution would end it. */
    public synchronized void stop() {
        if (status != Status.ENDED) {
            stopping = true;
            status = Status.RUNNING; // until the run has recorded its end
            stop = null;
            runner.interrupt();
            notifyAll();
        }
    }

    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            stop();
            thread = runner;
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sets a breakpoint on the state if it had none, else clears it; returns whether it has one now. */
    public synchronized boolean toggleBreakpoint(String stateName) {
        if (!breakpoints.remove(stateName)) {
            breakpoints.add(stateName);
            return true;
        }
        return false;
    }

    public synchronized Set<String> breakpoints() {
        return Set.copyOf(breakpoints);
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(status, stop, steps, result, crash);
    }

    /** Waits until the execution holds or ends (for the command line and tests); returns the session then. */
    public synchronized Snapshot awaitHold(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (status == Status.RUNNING) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return snapshot();
    }

    private boolean proceed(Mode next) {
        synchronized (this) {
            if (status != Status.PAUSED) {
                return false;
            }
            earlierStops.add(stop.index());
            mode = next;
            modeDepth = stop.depth();
            status = Status.RUNNING;
            stop = null;
            notifyAll();
            return true;
        }
    }

    /** Starts a new run, leaving any earlier one to end unheard. Call holding the lock. */
    private void launch(Mode first, int target) {
        if (runner != null) {
            runner.interrupt();
        }
        int run = ++generation;
        mode = first;
        targetIndex = target;
        pauseRequested = false;
        stopping = false;
        status = Status.RUNNING;
        stop = null;
        steps = new ArrayList<>();
        earlierStops = new ArrayList<>();
        result = null;
        crash = null;
        entered = 0;
        ExecutionOptions runOptions = options.get().withListener(new Hook(run));
        runner = new Thread(() -> runToEnd(run, runOptions), "stepwise-debug-" + runOptions.executionName());
        runner.setDaemon(true);
        runner.start();
        notifyAll();
    }

    private void runToEnd(int run, ExecutionOptions runOptions) {
        ExecutionResult ended = null;
        String failure = null;
        try {
            ended = program.execute(input, runOptions);
        } catch (RuntimeException e) {
            failure = "Stepwise failed to run the execution: " + e; // our bug; shown rather than hanging
        }
        Snapshot last;
        synchronized (this) {
            if (run != generation) {
                return;
            }
            status = Status.ENDED;
            stop = null;
            result = ended;
            crash = failure;
            last = snapshot();
            notifyAll();
        }
        tell(last);
    }

    private void tell(Snapshot snapshot) {
        for (Consumer<Snapshot> listener : listeners) {
            listener.accept(snapshot);
        }
    }

    /** The interpreter's side of one run: holds the execution's thread while the session is paused. */
    private final class Hook implements StepListener {

        private final int run;

        Hook(int run) {
            this.run = run;
        }

        @Override
        public void onStep(StepTrace step) {
            synchronized (DebugSession.this) {
                if (run == generation) {
                    steps.add(step);
                }
            }
        }

        @Override
        public void onEnter(String stateName, String scope, JsonNode stateInput) throws InterruptedException {
            Snapshot held;
            synchronized (DebugSession.this) {
                checkAlive();
                int index = entered++;
                if (!holds(stateName, Stop.depth(scope), index)) {
                    return;
                }
                pauseRequested = false;
                status = Status.PAUSED;
                stop = new Stop(stateName, scope, stateInput, index);
                held = snapshot();
                DebugSession.this.notifyAll();
            }
            tell(held);
            synchronized (DebugSession.this) {
                while (status == Status.PAUSED && run == generation && !stopping) {
                    DebugSession.this.wait();
                }
                checkAlive();
            }
        }

        private boolean holds(String stateName, int depth, int index) {
            boolean stepEnds = switch (mode) {
                case INTO -> true;
                case OVER -> depth <= modeDepth;
                case OUT -> depth < modeDepth;
                case RUN -> false;
                case TO_INDEX -> index == targetIndex;
            };
            if (mode == Mode.TO_INDEX) {
                return stepEnds; // going back in silence: breakpoints on the way do not count
            }
            return stepEnds || pauseRequested || breakpoints.contains(stateName);
        }

        private void checkAlive() throws InterruptedException {
            if (run != generation || stopping) {
                throw new InterruptedException("the debug session stopped this run");
            }
        }
    }
}
