package dev.stepwise.engine.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.InetAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The HTTP server of the local endpoint (the JDK's {@code com.sun.net.httpserver}). It binds 127.0.0.1 unless told
 * otherwise; port 0 takes a free port. Requests run on a bounded pool; when it and its queue are full, the accepting
 * thread runs the request itself, which slows accepting down instead of dropping connections.
 */
public final class LocalEndpoint implements AutoCloseable {

    public static final String DEFAULT_HOST = "127.0.0.1";
    /** DynamoDB's documented request limit; AWS answers a larger request with 413 and no body. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 16 * 1024 * 1024;
    /** Read once, by the first JDK HTTP server of the process. */
    static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server sends a response's headers and body in two writes. With Nagle's algorithm on (its default)
        // the body waits for the client's delayed ACK of the headers, about 40 ms on Linux, on every request.
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final URI baseUri;

    private LocalEndpoint(HttpServer server, ThreadPoolExecutor executor, URI baseUri) {
        this.server = server;
        this.executor = executor;
        this.baseUri = baseUri;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://<host>:<bound port>}, without a trailing slash. */
    public URI baseUri() {
        return baseUri;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops accepting, lets requests in progress finish (a few seconds at most), then returns. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The host that URLs and token issuers name: the bound one, except for a wildcard address (0.0.0.0, ::), which
     * listens everywhere but is nowhere a client could connect to; then {@code localhost}.
     */
    static String advertisedHost(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress() ? "localhost" : host;
        } catch (java.net.UnknownHostException e) {
            return host;
        }
    }

    static String uriHost(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port;
        private int threads = 8;
        private int queueLength = 64;
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private Consumer<Throwable> internalFailures = e -> { };

        private Builder() {
        }

        public Builder host(String v) { host = Objects.requireNonNull(v, "host"); return this; }

        /** 0 (the default) takes a free port. */
        public Builder port(int v) {
            if (v < 0 || v > 65_535) {
                throw new IllegalArgumentException("not a port: " + v);
            }
            port = v;
            return this;
        }

        public Builder threads(int v) {
            if (v < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + v);
            }
            threads = v;
            return this;
        }

        public Builder maxRequestBytes(int v) {
            if (v < 1) {
                throw new IllegalArgumentException("maxRequestBytes must be at least 1: " + v);
            }
            maxRequestBytes = v;
            return this;
        }

        /** Sees every exception that escaped a route (answered with 500); for a log. */
        public Builder onInternalFailure(Consumer<Throwable> v) {
            internalFailures = Objects.requireNonNull(v);
            return this;
        }

        /**
         * Binds, builds the routes for the bound base URI (token issuers need the real port), and starts serving.
         *
         * @throws EndpointException when the address is in use or cannot be bound
         */
        public LocalEndpoint start(Function<URI, Router> routes) {
            InetSocketAddress address = new InetSocketAddress(host, port);
            if (address.isUnresolved()) {
                throw new EndpointException("Cannot listen on " + host + ": the host name does not resolve");
            }
            HttpServer server;
            try {
                server = HttpServer.create(address, 0);
            } catch (BindException e) {
                throw new EndpointException("Cannot listen on " + uriHost(host) + ":" + port
                        + ": the address is already in use (" + e.getMessage() + ")", e);
            } catch (IOException e) {
                throw new EndpointException("Cannot listen on " + uriHost(host) + ":" + port + ": " + e.getMessage(),
                        e);
            }
            URI baseUri = URI.create("http://" + uriHost(advertisedHost(host)) + ":" + server.getAddress().getPort());
            ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(queueLength), daemonThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
            executor.allowCoreThreadTimeOut(true);
            try {
                server.createContext("/", new ExchangeHandler(routes.apply(baseUri), maxRequestBytes,
                        internalFailures));
            } catch (RuntimeException e) {
                server.stop(0);
                executor.shutdownNow();
                throw e;
            }
            server.setExecutor(executor);
            server.start();
            return new LocalEndpoint(server, executor, baseUri);
        }

        private static ThreadFactory daemonThreads() {
            AtomicInteger count = new AtomicInteger();
            return runnable -> {
                Thread thread = new Thread(runnable, "stepwise-endpoint-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
        }
    }
}
