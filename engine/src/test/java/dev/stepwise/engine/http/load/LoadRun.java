package dev.stepwise.engine.http.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A bounded load: {@code clients} clients on their own threads share {@code requests} requests of a {@link Mix}
 * against one endpoint. {@link #start} returns at once; {@link #ledger()} shows progress while it runs.
 */
public final class LoadRun {

    /** How a finished run went: requests sent, wall time, and response times of the answered ones. */
    public record Result(long requests, Duration elapsed, Latencies latencies, Ledger ledger) {
        public double requestsPerSecond() {
            return requests / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }
    }

    private final Ledger ledger;
    private final ExecutorService threads;
    private final List<Future<Latencies>> clients = new ArrayList<>();
    private final long startNanos;

    private LoadRun(Ledger ledger, int clientCount) {
        this.ledger = ledger;
        this.threads = Executors.newFixedThreadPool(clientCount, run -> {
            Thread thread = new Thread(run, "load-client");
            thread.setDaemon(true);
            return thread;
        });
        this.startNanos = System.nanoTime();
    }

    public static LoadRun start(AwsCaller caller, LoadFixture fixture, int clientCount, int requests, Mix mix,
                                long seed) {
        if (clientCount < 1 || requests < clientCount) {
            throw new IllegalArgumentException("need at least one client and one request per client: "
                    + clientCount + " clients, " + requests + " requests");
        }
        LoadRun run = new LoadRun(new Ledger(), clientCount);
        fixture.users().forEach(run.ledger::acknowledgeUser);
        for (int i = 0; i < clientCount; i++) {
            int share = requests / clientCount + (i < requests % clientCount ? 1 : 0);
            run.clients.add(run.threads.submit(new VirtualClient(i, share, caller, fixture, mix, run.ledger, seed)));
        }
        run.threads.shutdown();
        return run;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** Waits for every client to finish its share (or stop for want of an answer). */
    public Result await() throws InterruptedException {
        Latencies all = new Latencies();
        for (Future<Latencies> client : clients) {
            try {
                all.addAll(client.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a load client crashed", e.getCause());
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        return new Result(ledger.requests(), elapsed, all, ledger);
    }
}
