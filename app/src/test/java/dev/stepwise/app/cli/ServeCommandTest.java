package dev.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    private static final String COGNITO = "AWSCognitoIdentityProviderService.";
    private static final String STEP_FUNCTIONS = "AWSStepFunctions.";

    @Test
    void portMustBeANumberInRange() {
        CliRun notANumber = CliRun.of("serve", "--port", "eighty");
        CliRun tooLarge = CliRun.of("serve", "--port", "70000");

        assertThat(notANumber.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notANumber.err()).contains("Invalid value for option '--port': 'eighty' is not an int");
        assertThat(tooLarge.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooLarge.err()).contains("--port must be between 0 and 65535, not 70000");
    }

    @Test
    void regionAndAccountIdMustLookLikeAws() {
        CliRun region = CliRun.of("serve", "--region", "Mars");
        CliRun account = CliRun.of("serve", "--account-id", "1234");

        assertThat(region.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(region.err()).contains("--region 'Mars' is not an AWS region name such as us-east-1");
        assertThat(account.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(account.err()).contains("--account-id '1234' is not a 12-digit AWS account id");
    }

    @Test
    void unexpectedArgumentsAreAUsageError() {
        CliRun run = CliRun.of("serve", "now");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unmatched argument at index 1: 'now'");
    }

    @Test
    void portInUseIsAClearUsageError(@TempDir Path data) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--port", String.valueOf(taken.getLocalPort()),
                    "--data", data.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).startsWith("stepwise serve: Cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": the address is already in use");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void servesUntilAskedToStopAndKeepsItsDataInTheFolder(@TempDir Path workspace) throws Exception {
        Path data = workspace.resolve("nested").resolve("data");

        Serving first = Serving.start(data);
        String poolId = first.call("CreateUserPool", "{\"PoolName\": \"kept\"}")
                .replaceAll("(?s).*\"Id\":\"([^\"]+)\".*", "$1");
        assertThat(first.stop()).isEqualTo(ExitCodes.OK);

        assertThat(Files.exists(data.resolve("stepwise.mv.db"))).isTrue();
        Serving second = Serving.start(data);
        String pools = second.call("ListUserPools", "{\"MaxResults\": 10}");
        String machines = second.call(STEP_FUNCTIONS, "ListStateMachines", "{}");
        assertThat(second.stop()).isEqualTo(ExitCodes.OK);
        assertThat(pools).contains("\"Id\":\"" + poolId + "\"").contains("\"Name\":\"kept\"");
        assertThat(poolId).startsWith("us-east-1_");
        assertThat(machines).isEqualTo("{\"stateMachines\":[]}");
    }

    /** Output that hands over its first complete line as soon as it is written. */
    private static final class FirstLine extends StringWriter {
        final CompletableFuture<String> line = new CompletableFuture<>();

        @Override
        public void write(String text) {
            super.write(text);
            completeOnNewline();
        }

        @Override
        public void write(String text, int offset, int length) {
            super.write(text, offset, length);
            completeOnNewline();
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            super.write(chars, offset, length);
            completeOnNewline();
        }

        @Override
        public void write(int c) {
            super.write(c);
            completeOnNewline();
        }

        private void completeOnNewline() {
            String text = toString();
            int end = text.indexOf(System.lineSeparator());
            if (end >= 0) {
                line.complete(text.substring(0, end));
            }
        }
    }

    /** One {@code serve} run on its own thread, stopped through the shutdown signal it registered. */
    private record Serving(CompletableFuture<Integer> run, Runnable shutdown, URI base, StringWriter err) {

        static Serving start(Path data) throws InterruptedException, ExecutionException {
            FirstLine out = new FirstLine();
            StringWriter err = new StringWriter();
            CompletableFuture<Runnable> registered = new CompletableFuture<>();
            ServeCommand command = new ServeCommand(new PrintWriter(out, true), new PrintWriter(err, true),
                    registered::complete);
            CompletableFuture<Integer> run = new CompletableFuture<>();
            Thread thread = new Thread(() -> run.complete(new CommandLine(command)
                    .execute("--port", "0", "--data", data.toString())), "serve-under-test");
            thread.setDaemon(true);
            thread.start();
            // The command registers its shutdown action, then prints the ready line; it must not end first.
            CompletableFuture.anyOf(out.line, run).get();
            if (run.isDone()) {
                throw new AssertionError("serve ended with " + run.get() + " before it was ready: " + err);
            }
            Runnable shutdown = registered.get();
            String ready = out.line.get();
            assertThat(ready).matches("Listening on http://127\\.0\\.0\\.1:\\d+");
            return new Serving(run, shutdown, URI.create(ready.substring("Listening on ".length())), err);
        }

        String call(String operation, String body) throws IOException, InterruptedException {
            return call(COGNITO, operation, body);
        }

        String call(String prefix, String operation, String body) throws IOException, InterruptedException {
            String contentType = prefix.equals(COGNITO) ? "application/x-amz-json-1.1" : "application/x-amz-json-1.0";
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/"))
                    .header("X-Amz-Target", prefix + operation)
                    .header("Content-Type", contentType)
                    .header("X-Amz-Date", "20250101T000000Z") // any well-formed signature will do
                    .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/cognito-idp/"
                            + "aws4_request, SignedHeaders=host;x-amz-date, Signature=00ff")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        }

        int stop() throws InterruptedException, ExecutionException {
            shutdown.run();
            int exitCode = run.get();
            assertThat(err.toString()).isEmpty();
            return exitCode;
        }
    }
}
