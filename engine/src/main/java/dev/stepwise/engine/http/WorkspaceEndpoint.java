package dev.stepwise.engine.http;

import dev.stepwise.engine.sfn.StepFunctionsService;
import dev.stepwise.engine.store.StoreException;
import dev.stepwise.engine.store.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The endpoint serving one workspace database: opens the database, runs Cognito and Step Functions on it, and closes
 * everything in the safe order — no new requests, then no running executions, then the database. Used by
 * {@code stepwise serve} and by the window's endpoint switch.
 */
public final class WorkspaceEndpoint implements AutoCloseable {

    private final Stores.Workspace store;
    private final StepFunctionsService stepFunctions;
    private final StepwiseEndpoint endpoint;

    private WorkspaceEndpoint(Stores.Workspace store, StepFunctionsService stepFunctions, StepwiseEndpoint endpoint) {
        this.store = store;
        this.stepFunctions = stepFunctions;
        this.endpoint = endpoint;
    }

    /** Where and as which AWS account and region to serve. */
    public record Settings(String host, int port, String region, String accountId) {
        public static final int DEFAULT_PORT = 8083;

        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(accountId, "accountId");
        }

        /** 127.0.0.1:8083, us-east-1, account 000000000000. */
        public static Settings defaults() {
            return new Settings("127.0.0.1", DEFAULT_PORT, "us-east-1", "000000000000");
        }

        public Settings withPort(int value) {
            return new Settings(host, value, region, accountId);
        }
    }

    /**
     * Opens (or creates) the workspace database in {@code dataFolder} and starts serving it.
     *
     * @throws StoreException when the database cannot be opened, e.g. another process holds it
     * @throws EndpointException when the address cannot be bound, e.g. the port is taken
     * @throws UncheckedIOException when the folder cannot be created
     */
    public static WorkspaceEndpoint start(Path dataFolder, Settings settings, Consumer<Throwable> internalFailures) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataFolder, e);
        }
        Stores.Workspace store = Stores.openWorkspace(dataFolder);
        StepFunctionsService stepFunctions = StepFunctionsService.builder(store.stepFunctions())
                .region(settings.region()).accountId(settings.accountId()).build();
        try {
            StepwiseEndpoint endpoint = StepwiseEndpoint.builder(store.userPools())
                    .host(settings.host()).port(settings.port())
                    .region(settings.region()).accountId(settings.accountId())
                    .service(new StepFunctionsApi(stepFunctions))
                    .onInternalFailure(internalFailures)
                    .start();
            return new WorkspaceEndpoint(store, stepFunctions, endpoint);
        } catch (RuntimeException e) {
            stepFunctions.close();
            store.close();
            throw e;
        }
    }

    public URI baseUri() {
        return endpoint.baseUri();
    }

    /** The Step Functions service behind the endpoint, for views of what clients have run. */
    public StepFunctionsService stepFunctions() {
        return stepFunctions;
    }

    @Override
    public void close() {
        try {
            endpoint.close();
            stepFunctions.close();
        } finally {
            store.close();
        }
    }
}
