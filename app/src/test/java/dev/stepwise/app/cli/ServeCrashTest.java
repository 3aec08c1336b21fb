package dev.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.app.Main;
import dev.stepwise.engine.http.load.AwsCaller;
import dev.stepwise.engine.http.load.AwsCaller.Service;
import dev.stepwise.engine.http.load.Ledger;
import dev.stepwise.engine.http.load.LoadCheck;
import dev.stepwise.engine.http.load.LoadFixture;
import dev.stepwise.engine.http.load.LoadRun;
import dev.stepwise.engine.http.load.Mix;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stepwise serve} killed with SIGKILL in the middle of a load keeps everything it acknowledged: restarted on
 * the same data folder, it has every user whose SignUp or AdminCreateUser was answered and every execution whose
 * StartExecution was answered, listed once; those still running at the kill are ABORTED (ADR 0005) and those a client
 * had seen SUCCEEDED still are, with their output.
 */
class ServeCrashTest {

    private static final Mix MIX = Mix.parse("sign_up=2,sign_in=1,get_user=27,start_execution=35,"
            + "describe_execution=35");
    private static final String RESTARTED_CAUSE = "The Stepwise service ended while the execution was running (it was"
            + " not shut down cleanly); executions do not resume after a restart.";
    private static final String WAITING_MACHINE = """
            {"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": 600, "End": true}}}""";

    @Test
    void everythingAcknowledgedSurvivesSigkillDuringLoad(@TempDir Path workspace) throws Exception {
        Path data = workspace.resolve("data");
        Ledger ledger;
        LoadFixture fixture;
        List<String> waiting = new ArrayList<>();
        ServeProcess first = ServeProcess.start(data, workspace.resolve("first.log"));
        try {
            AwsCaller caller = new AwsCaller(first.base());
            fixture = LoadFixture.create(caller, "crash", 2);
            String waitingMachine = caller.require(Service.STEP_FUNCTIONS, "CreateStateMachine", AwsCaller.object()
                    .put("name", "waiting").put("roleArn", "arn:aws:iam::000000000000:role/load")
                    .put("definition", WAITING_MACHINE)).get("stateMachineArn").asText();
            for (int i = 0; i < 3; i++) {
                waiting.add(caller.require(Service.STEP_FUNCTIONS, "StartExecution", AwsCaller.object()
                        .put("stateMachineArn", waitingMachine)).get("executionArn").asText());
            }
            LoadRun run = LoadRun.start(caller, fixture, 4, 1_000_000, MIX, 3);
            awaitProgress(run.ledger(), fixture.users().size());
            first.kill();
            ledger = run.await().ledger();
        } finally {
            first.kill();
        }

        ServeProcess second = ServeProcess.start(data, workspace.resolve("second.log"));
        try {
            AwsCaller caller = new AwsCaller(second.base());
            LoadCheck.Report report = new LoadCheck(caller, fixture, Duration.ofSeconds(30)).check(ledger);

            assertThat(ledger.firstErrors()).as("every client lost the server").hasSize(4)
                    .allMatch(error -> error.contains("no answer"));
            assertThat(report.problems()).isEmpty();
            assertThat(report.missingExecutions()).isEmpty();
            assertThat(report.duplicateListings()).isZero();
            assertThat(ledger.executions().size()).isGreaterThanOrEqualTo(100);
            assertThat(report.endings().keySet()).isSubsetOf("SUCCEEDED",
                    "ABORTED Stepwise.ServiceStopped: " + RESTARTED_CAUSE);
            assertThat(report.endings().get("SUCCEEDED")).isGreaterThanOrEqualTo(ledger.seenSucceeded().size());
            assertThat(report.listedUsers()).containsAll(ledger.users().keySet());
            assertThat(ledger.users().size()).isGreaterThan(fixture.users().size());
            for (String arn : waiting) {
                JsonNode execution = caller.require(Service.STEP_FUNCTIONS, "DescribeExecution",
                        AwsCaller.object().put("executionArn", arn));
                assertThat(execution.get("status").asText()).isEqualTo("ABORTED");
                assertThat(execution.get("error").asText()).isEqualTo("Stepwise.ServiceStopped");
                assertThat(execution.get("cause").asText()).isEqualTo(RESTARTED_CAUSE);
            }
            assertThat(signIn(caller, fixture)).isEqualTo("Bearer");
            second.stop();
        } finally {
            second.kill();
        }
    }

    /** Until at least 100 executions and 2 sign-ups were acknowledged (or a minute passed: the asserts will say). */
    private static void awaitProgress(Ledger ledger, int fixtureUsers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while ((ledger.executions().size() < 100 || ledger.users().size() < fixtureUsers + 2)
                && ledger.errors() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(ledger.firstErrors()).as("errors before the kill").isEmpty();
    }

    private static String signIn(AwsCaller caller, LoadFixture fixture) throws IOException {
        JsonNode request = AwsCaller.object().put("AuthFlow", "USER_PASSWORD_AUTH").put("ClientId", fixture.clientId())
                .set("AuthParameters", AwsCaller.object().put("USERNAME", fixture.users().get(0).username())
                        .put("PASSWORD", LoadFixture.PASSWORD));
        return caller.require(Service.COGNITO, "InitiateAuth", request).get("AuthenticationResult")
                .get("TokenType").asText();
    }

    /** {@code stepwise serve --port 0} in a child JVM on this test's class path, its output in a log file. */
    private record ServeProcess(Process process, URI base, Path log) {

        static ServeProcess start(Path data, Path log) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "serve", "--port", "0", "--data", data.toString())
                    .redirectError(log.toFile())
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String ready = CompletableFuture.supplyAsync(() -> readLine(out)).get(2, TimeUnit.MINUTES);
            if (ready == null || !ready.startsWith("Listening on ")) {
                process.destroyForcibly();
                throw new AssertionError("serve did not start: " + ready + "\n" + Files.readString(log));
            }
            return new ServeProcess(process, URI.create(ready.substring("Listening on ".length())), log);
        }

        /** SIGKILL: no shutdown hook runs. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("serve died").isTrue();
        }

        /** SIGTERM: serve shuts down through its shutdown hook. */
        void stop() throws InterruptedException {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("serve stopped").isTrue();
        }

        private static String readLine(BufferedReader out) {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
