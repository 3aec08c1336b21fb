package dev.stepwise.engine.http.load;

import dev.stepwise.engine.sfn.model.ExecutionRecord;
import dev.stepwise.engine.store.h2.H2Store;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The load test, by hand: {@code --clients} clients send {@code --requests} requests of a {@link Mix} to an endpoint,
 * then the {@link LoadCheck} holds it to what it acknowledged. Without {@code --endpoint} it serves an endpoint in this
 * process on a new file database (in {@code --data}, or a temporary folder) with the production password hashing, and
 * also counts the executions straight from the database. Exits 0 when everything checks out, 1 when not, 2 for bad
 * usage. See BENCHMARKS.md ("Endpoint") for the command.
 */
public final class LoadDriver {

    private static final String USAGE = "usage: LoadDriver [--clients N] [--requests N] [--endpoint URL]"
            + " [--data DIR] [--mix op=weight,...] [--seed N]";

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        int clients = 16;
        int requests = 10_000;
        URI endpoint = null;
        Path data = null;
        Mix mix = Mix.DEFAULT;
        long seed = 1;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--clients" -> clients = Integer.parseInt(value);
                    case "--requests" -> requests = Integer.parseInt(value);
                    case "--endpoint" -> endpoint = URI.create(value);
                    case "--data" -> data = Path.of(value);
                    case "--mix" -> mix = Mix.parse(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
        }
        boolean clean = endpoint != null
                ? run(new AwsCaller(endpoint), clients, requests, mix, seed, null, System.out)
                : runInProcess(data != null ? data : Files.createTempDirectory("stepwise-load"), clients, requests, mix,
                        seed);
        System.exit(clean ? 0 : 1);
    }

    private static boolean runInProcess(Path data, int clients, int requests, Mix mix, long seed)
            throws IOException, InterruptedException {
        System.out.println("serving in this process on the database in " + data);
        try (InProcessEndpoint served = InProcessEndpoint.start(H2Store.openFile(data), null)) {
            return run(new AwsCaller(served.baseUri()), clients, requests, mix, seed, served, System.out);
        }
    }

    /** Runs the load and the check, printing both; true when nothing was wrong. */
    static boolean run(AwsCaller caller, int clients, int requests, Mix mix, long seed, InProcessEndpoint served,
                       PrintStream out) throws IOException, InterruptedException {
        String name = "load-" + Long.toString(System.currentTimeMillis(), 36);
        LoadFixture fixture = LoadFixture.create(caller, name, clients);
        out.printf(Locale.ROOT, "%s: %d clients, %d requests, mix %s, on %s%n", name, clients, requests, mix,
                caller.base());
        LoadRun.Result result = LoadRun.start(caller, fixture, clients, requests, mix, seed).await();
        printResult(result, out);
        LoadCheck.Report report = new LoadCheck(caller, fixture, Duration.ofSeconds(30)).check(result.ledger());
        printReport(report, result.ledger(), out);
        boolean clean = result.ledger().errors() == 0 && report.clean()
                && report.endings().equals(Map.of("SUCCEEDED", result.ledger().executions().size()))
                && report.listedUsers().equals(result.ledger().users().keySet());
        if (served != null) {
            List<ExecutionRecord> rows = served.executionsInDatabase(fixture.machineArn());
            Set<String> arns = new HashSet<>();
            rows.forEach(row -> arns.add(row.arn()));
            boolean same = rows.size() == arns.size() && arns.equals(result.ledger().executions().keySet());
            out.printf(Locale.ROOT, "database: %d execution rows (%s), %d users%n", rows.size(),
                    same ? "exactly the acknowledged ones" : "NOT the acknowledged ones",
                    served.usersInDatabase(fixture.poolId()));
            clean &= same && served.usersInDatabase(fixture.poolId()) == result.ledger().users().size();
        }
        out.println(clean ? "OK" : "FAILED");
        return clean;
    }

    private static void printResult(LoadRun.Result result, PrintStream out) {
        out.printf(Locale.ROOT, "%d requests in %.2f s: %.1f requests/s, %d errors%n", result.requests(),
                result.elapsed().toNanos() / 1e9, result.requestsPerSecond(), result.ledger().errors());
        for (Operation operation : Operation.values()) {
            int count = result.latencies().count(operation);
            if (count > 0) {
                out.printf(Locale.ROOT, "  %-18s %6d  p50 %7.2f ms  p99 %7.2f ms%n", operation, count,
                        result.latencies().percentileMillis(operation, 50),
                        result.latencies().percentileMillis(operation, 99));
            }
        }
        result.ledger().firstErrors().forEach(e -> out.println("  error: " + e));
    }

    private static void printReport(LoadCheck.Report report, Ledger ledger, PrintStream out) {
        out.printf(Locale.ROOT, "check: %d executions acknowledged, %d listed, %d listed twice, %d missing,"
                        + " %d not acknowledged; endings %s; %d users acknowledged, %d listed%n",
                ledger.executions().size(), report.listedExecutions().size(), report.duplicateListings(),
                report.missingExecutions().size(), report.unacknowledgedExecutions().size(), report.endings(),
                ledger.users().size(), report.listedUsers().size());
        report.problems().stream().limit(20).forEach(p -> out.println("  problem: " + p));
    }
}
