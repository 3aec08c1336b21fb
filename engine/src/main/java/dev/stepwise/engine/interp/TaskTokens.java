package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.interp.error.StatesError;
import dev.stepwise.engine.interp.spi.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The task tokens that {@code .waitForTaskToken} tasks are waiting on, shared by the executions that wait and the API
 * that answers them (SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat) from other threads. A token is registered
 * when its task starts and leaves when the task completes, fails or times out; answering it after that throws
 * {@link TaskDoesNotExistException}.
 */
public final class TaskTokens {

    /** How often a waiting task looks at the engine clock for its timeouts, in real milliseconds. */
    private static final long POLL_MILLIS = 10;

    private final ConcurrentMap<String, Pending> pending = new ConcurrentHashMap<>();

    /**
     * Completes the waiting task with {@code output} as its result.
     *
     * @throws TaskDoesNotExistException when no task waits on {@code token}
     */
    public void sendTaskSuccess(String token, JsonNode output) {
        Objects.requireNonNull(output, "output");
        claim(token).future.complete(Completion.succeeded(output));
    }

    /**
     * Fails the waiting task with {@code error} and {@code cause} (either may be null), for its Retry and Catch.
     *
     * @throws TaskDoesNotExistException when no task waits on {@code token}
     */
    public void sendTaskFailure(String token, String error, String cause) {
        claim(token).future.complete(Completion.failed(new StatesError(error, cause)));
    }

    /**
     * Tells the waiting task its worker is alive: its HeartbeatSeconds count again from now.
     *
     * @throws TaskDoesNotExistException when no task waits on {@code token}
     */
    public void sendTaskHeartbeat(String token) {
        Pending waiting = pending.get(Objects.requireNonNull(token, "token"));
        if (waiting == null) {
            throw new TaskDoesNotExistException(token);
        }
        waiting.lastHeartbeat = waiting.clock.now();
    }

    public boolean isWaiting(String token) {
        return pending.containsKey(token);
    }

    /** The tokens tasks are waiting on now. */
    public Set<String> waitingTokens() {
        return Set.copyOf(pending.keySet());
    }

    /** Registers a task's token before its invoker may hand it out; the heartbeat timer starts at {@code started}. */
    Pending register(String token, EngineClock clock, Instant started) {
        Pending waiting = new Pending(token, clock, started);
        if (pending.putIfAbsent(token, waiting) != null) {
            throw new IllegalStateException("task token issued twice: " + token);
        }
        return waiting;
    }

    private Pending claim(String token) {
        Pending waiting = pending.remove(Objects.requireNonNull(token, "token"));
        if (waiting == null) {
            throw new TaskDoesNotExistException(token);
        }
        return waiting;
    }

    /** How a wait ended. */
    record Completion(Kind kind, JsonNode output, StatesError error) {
        enum Kind { SUCCEEDED, FAILED, TIMED_OUT, HEARTBEAT_TIMED_OUT }

        static Completion succeeded(JsonNode output) {
            return new Completion(Kind.SUCCEEDED, output, null);
        }

        static Completion failed(StatesError error) {
            return new Completion(Kind.FAILED, null, error);
        }
    }

    /** One task waiting on its token. */
    final class Pending {
        private final String token;
        private final EngineClock clock;
        private final CompletableFuture<Completion> future = new CompletableFuture<>();
        private volatile Instant lastHeartbeat;

        private Pending(String token, EngineClock clock, Instant started) {
            this.token = token;
            this.clock = clock;
            this.lastHeartbeat = started;
        }

        /**
         * Waits for the answer, until {@code deadline} or until {@code heartbeat} (null: none) passes without a
         * heartbeat, both on the engine clock. The token is gone from the registry afterwards.
         */
        Completion await(Instant deadline, Duration heartbeat) throws InterruptedException {
            try {
                while (true) {
                    if (future.isDone()) {
                        return answer();
                    }
                    Instant now = clock.now();
                    Completion.Kind expired = !now.isBefore(deadline) ? Completion.Kind.TIMED_OUT
                            : heartbeat != null && !now.isBefore(lastHeartbeat.plus(heartbeat))
                            ? Completion.Kind.HEARTBEAT_TIMED_OUT : null;
                    if (expired != null) {
                        if (pending.remove(token, this)) {
                            return new Completion(expired, null, null);
                        }
                        return answer(); // an answer claimed the token first; it is being completed
                    }
                    try {
                        return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException notYet) {
                        // look at the clock again
                    }
                }
            } catch (ExecutionException impossible) {
                throw new IllegalStateException("a task token's future is never completed exceptionally", impossible);
            } finally {
                pending.remove(token, this);
            }
        }

        /** Stops waiting (the task failed before it could be answered). */
        void cancel() {
            pending.remove(token, this);
        }

        private Completion answer() throws InterruptedException, ExecutionException {
            return future.get();
        }
    }
}
