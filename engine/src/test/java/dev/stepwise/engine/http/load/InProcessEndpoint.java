package dev.stepwise.engine.http.load;

import dev.stepwise.engine.http.StepFunctionsApi;
import dev.stepwise.engine.http.StepwiseEndpoint;
import dev.stepwise.engine.sfn.StepFunctionsService;
import dev.stepwise.engine.sfn.model.ExecutionRecord;
import dev.stepwise.engine.store.h2.H2Store;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import java.net.URI;
import java.util.List;

/**
 * The endpoint as {@code stepwise serve} puts it together (Cognito and Step Functions on one workspace database), in
 * this process, with the database at hand so a check can count rows behind the API's back.
 */
public final class InProcessEndpoint implements AutoCloseable {

    private final H2Store store;
    private final StepFunctionsService stepFunctions;
    private final StepwiseEndpoint endpoint;

    private InProcessEndpoint(H2Store store, StepFunctionsService stepFunctions, StepwiseEndpoint endpoint) {
        this.store = store;
        this.stepFunctions = stepFunctions;
        this.endpoint = endpoint;
    }

    /** Serves {@code store}, which it closes; {@code hasher} null keeps the default (Argon2id at OWASP's cost). */
    public static InProcessEndpoint start(H2Store store, PasswordHasher hasher) {
        StepFunctionsService stepFunctions = StepFunctionsService.builder(store.stepFunctions()).build();
        StepwiseEndpoint endpoint = StepwiseEndpoint.builder(store)
                .userPools(b -> {
                    if (hasher != null) {
                        b.passwordHasher(hasher);
                    }
                })
                .service(new StepFunctionsApi(stepFunctions))
                .start();
        return new InProcessEndpoint(store, stepFunctions, endpoint);
    }

    public URI baseUri() {
        return endpoint.baseUri();
    }

    /** The machine's executions as the database holds them, read through the store rather than the API. */
    public List<ExecutionRecord> executionsInDatabase(String machineArn) {
        return store.stepFunctions().read(q -> q.listExecutions(machineArn, null, null, null, Integer.MAX_VALUE));
    }

    public long usersInDatabase(String poolId) {
        return store.read(q -> q.countUsers(poolId));
    }

    /** Stops taking requests, aborts what still runs, closes the database. */
    @Override
    public void close() {
        endpoint.close();
        stepFunctions.close();
        store.close();
    }
}
