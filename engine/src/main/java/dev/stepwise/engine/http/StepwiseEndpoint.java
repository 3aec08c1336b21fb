package dev.stepwise.engine.http;

import dev.stepwise.engine.store.UserPoolStore;
import dev.stepwise.engine.userpool.UserPoolService;
import dev.stepwise.engine.userpool.oauth.OAuthEndpoints;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The local AWS endpoint put together: Cognito on the user-pool engine with tokens issued by
 * {@code http://<host>:<port>/<poolId>}, OIDC discovery and JWKS per pool, the outbox, any further JSON-protocol
 * services (Step Functions), the OAuth 2.0 endpoints with the hosted login page, and any further routes.
 */
public final class StepwiseEndpoint implements AutoCloseable {

    private final LocalEndpoint server;
    private final UserPoolService userPools;

    private StepwiseEndpoint(LocalEndpoint server, UserPoolService userPools) {
        this.server = server;
        this.userPools = userPools;
    }

    public static Builder builder(UserPoolStore store) {
        return new Builder(store);
    }

    public URI baseUri() {
        return server.baseUri();
    }

    public UserPoolService userPools() {
        return userPools;
    }

    /** Stops serving; the store stays open (it belongs to the caller). */
    @Override
    public void close() {
        server.close();
    }

    public static final class Builder {
        private final UserPoolStore store;
        private final LocalEndpoint.Builder server = LocalEndpoint.builder();
        private final List<AwsJsonService> services = new ArrayList<>();
        private final List<Function<EndpointContext, List<Route>>> routes = new ArrayList<>();
        private String region = "us-east-1";
        private String accountId = "000000000000";
        private Consumer<UserPoolService.Builder> userPoolSettings = b -> { };
        private Consumer<Throwable> internalFailures = e -> { };

        private Builder(UserPoolStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** 127.0.0.1 unless set. */
        public Builder host(String v) { server.host(v); return this; }
        /** 0 (the default) takes a free port. */
        public Builder port(int v) { server.port(v); return this; }
        public Builder threads(int v) { server.threads(v); return this; }
        public Builder maxRequestBytes(int v) { server.maxRequestBytes(v); return this; }
        public Builder region(String v) { region = Objects.requireNonNull(v, "region"); return this; }
        public Builder accountId(String v) { accountId = Objects.requireNonNull(v, "accountId"); return this; }

        /** Further settings of the user-pool service (clock, password hasher, triggers); issuer and region are ours. */
        public Builder userPools(Consumer<UserPoolService.Builder> v) {
            userPoolSettings = Objects.requireNonNull(v);
            return this;
        }

        /** Another JSON-protocol service, e.g. Step Functions ({@code AWSStepFunctions.*}). */
        public Builder service(AwsJsonService v) {
            services.add(Objects.requireNonNull(v));
            return this;
        }

        /** Further routes, asked before the JSON protocols on {@code /}. */
        public Builder routes(Function<EndpointContext, List<Route>> v) {
            routes.add(Objects.requireNonNull(v));
            return this;
        }

        /** Sees every exception answered with a 500 (for a log); the response never shows it. */
        public Builder onInternalFailure(Consumer<Throwable> v) {
            internalFailures = Objects.requireNonNull(v);
            server.onInternalFailure(v);
            return this;
        }

        /** @throws EndpointException when the address cannot be bound (in use, unknown host) */
        public StepwiseEndpoint start() {
            // The user pools are built once the port is bound: their tokens' issuer names it.
            AtomicReference<UserPoolService> userPools = new AtomicReference<>();
            LocalEndpoint endpoint = server.start(baseUri -> {
                UserPoolService.Builder settings = UserPoolService.builder(store);
                userPoolSettings.accept(settings);
                userPools.set(settings.region(region).accountId(accountId).issuerBase(baseUri.toString()).build());
                return router(new EndpointContext(baseUri, userPools.get()));
            });
            return new StepwiseEndpoint(endpoint, userPools.get());
        }

        private Router router(EndpointContext context) {
            List<Route> all = new ArrayList<>();
            all.add(new OidcDiscoveryRoute(context.userPools(), context.baseUri()));
            all.add(new JwksRoute(context.userPools()));
            all.add(new OutboxRoute(context.userPools()));
            all.add(new OAuthRoute(new OAuthEndpoints(context.userPools())));
            routes.forEach(source -> all.addAll(source.apply(context)));
            all.add(new CorsRoute());
            List<AwsJsonService> jsonServices = new ArrayList<>();
            jsonServices.add(new CognitoIdpApi(context.userPools()));
            jsonServices.addAll(services);
            all.add(new AwsJsonRoute(jsonServices, internalFailures));
            return new Router(all);
        }
    }
}
