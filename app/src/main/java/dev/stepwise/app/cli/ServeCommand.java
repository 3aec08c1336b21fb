package dev.stepwise.app.cli;

import dev.stepwise.engine.http.EndpointException;
import dev.stepwise.engine.http.StepFunctionsApi;
import dev.stepwise.engine.http.StepwiseEndpoint;
import dev.stepwise.engine.sfn.StepFunctionsService;
import dev.stepwise.engine.store.StoreException;
import dev.stepwise.engine.store.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise serve}: the local AWS endpoint on a workspace database, until the process is stopped. Prints one
 * line, {@code Listening on <url>}, once requests are answered, so that scripts can wait for it.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = StepwiseVersion.class,
        sortOptions = false,
        descriptionHeading = "%n",
        description = {
            "Serve the local AWS endpoint: Cognito user pools (X-Amz-Target AWSCognitoIdentityProviderService.*),",
            "Step Functions (AWSStepFunctions.*), OIDC discovery and JWKS at /<poolId>/.well-known/,",
            "and the outbox at /_stepwise/outbox.",
            "Point an AWS SDK at the printed URL; any credentials are accepted.",
            "Runs until interrupted (Ctrl+C) or terminated; every answered request is already saved."
        },
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped by a signal after serving",
            "2:bad usage, the port is in use, or the data folder cannot be opened"
        })
public final class ServeCommand implements Callable<Integer> {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8083",
            description = "The port to listen on; 0 takes a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    private String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = ".stepwise",
            description = "The folder of the workspace database, created if missing (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "us-east-1",
            description = "The AWS region of pool ids and ARNs (default: ${DEFAULT-VALUE}).")
    private String region;

    @Option(names = "--account-id", paramLabel = "ID", defaultValue = "000000000000",
            description = "The 12-digit AWS account id of ARNs (default: ${DEFAULT-VALUE}).")
    private String accountId;

    private final PrintWriter out;
    private final PrintWriter err;
    private final ShutdownSignal shutdown;

    public ServeCommand(PrintWriter out, PrintWriter err) {
        this(out, err, ShutdownSignal.RUNTIME);
    }

    ServeCommand(PrintWriter out, PrintWriter err, ShutdownSignal shutdown) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.shutdown = Objects.requireNonNull(shutdown, "shutdown");
    }

    @Override
    public Integer call() throws InterruptedException {
        checkUsage();
        Stores.Workspace store;
        try {
            Files.createDirectories(data);
            store = Stores.openWorkspace(data);
        } catch (IOException | StoreException e) {
            return refuse("cannot open the data folder " + data + ": " + e.getMessage());
        }
        StepFunctionsService stepFunctions = StepFunctionsService.builder(store.stepFunctions())
                .region(region).accountId(accountId).build();
        StepwiseEndpoint endpoint;
        try {
            endpoint = StepwiseEndpoint.builder(store.userPools()).host(host).port(port).region(region)
                    .accountId(accountId)
                    .service(new StepFunctionsApi(stepFunctions))
                    .onInternalFailure(this::report)
                    .start();
        } catch (EndpointException e) {
            stepFunctions.close();
            store.close();
            return refuse(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        shutdown.onShutdown(() -> {
            try {
                endpoint.close(); // no new requests, then no running executions, then the database
                stepFunctions.close();
                store.close();
            } catch (RuntimeException e) {
                report(e);
            } finally {
                stopped.countDown();
            }
        });
        out.println("Listening on " + endpoint.baseUri());
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private void checkUsage() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        if (!REGION.matcher(region).matches()) {
            throw new ParameterException(spec.commandLine(), "--region '" + region
                    + "' is not an AWS region name such as us-east-1");
        }
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new ParameterException(spec.commandLine(), "--account-id '" + accountId
                    + "' is not a 12-digit AWS account id");
        }
    }

    private int refuse(String message) {
        err.println("stepwise serve: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }

    /** Something failed on our side (a request got a 500, or closing failed): the terminal gets the details. */
    private synchronized void report(Throwable failure) {
        err.println("stepwise serve: internal error: " + failure);
        failure.printStackTrace(err);
        err.flush();
    }
}
