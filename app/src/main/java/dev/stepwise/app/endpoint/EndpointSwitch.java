package dev.stepwise.app.endpoint;

import dev.stepwise.engine.http.WorkspaceEndpoint;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's switch for the local AWS endpoint: serves the open workspace's database (in its {@value #DATA_FOLDER}
 * folder, the one {@code stepwise serve} uses when run in the workspace) to AWS SDKs. Opening the database and binding
 * the port happen off the JavaFX thread; the properties change on it.
 */
public final class EndpointSwitch {

    /** The workspace's database folder, as {@code stepwise serve}'s default {@code --data}. */
    public static final String DATA_FOLDER = ".stepwise";

    public enum State { OFF, STARTING, ON, STOPPING }

    /** Opens the database in a folder and starts serving it; throws with a readable message when it cannot. */
    @FunctionalInterface
    public interface Starter {
        WorkspaceEndpoint start(Path dataFolder);
    }

    private final Starter starter;
    private final Executor background;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.OFF);
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper(this, "url", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private WorkspaceEndpoint running;
    private boolean shutDown;

    public EndpointSwitch(Starter starter) {
        this(starter, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stepwise-endpoint-switch");
            thread.setDaemon(true);
            return thread;
        }));
    }

    public EndpointSwitch(Starter starter, Executor background) {
        this.starter = Objects.requireNonNull(starter, "starter");
        this.background = Objects.requireNonNull(background, "background");
    }

    /** A switch serving on {@code settings}' address. */
    public static EndpointSwitch on(WorkspaceEndpoint.Settings settings, Consumer<Throwable> failures) {
        return new EndpointSwitch(folder -> WorkspaceEndpoint.start(folder, settings, failures));
    }

    /** Starts serving {@code workspace} when off, stops when on; ignored while starting or stopping. */
    public void toggle(Path workspace) {
        if (state.get() == State.OFF && workspace != null) {
            start(workspace);
        } else if (state.get() == State.ON) {
            stop();
        }
    }

    public void start(Path workspace) {
        Path data = workspace.resolve(DATA_FOLDER);
        state.set(State.STARTING);
        problem.set("");
        CompletableFuture.supplyAsync(() -> starter.start(data), background)
                .whenComplete((endpoint, failure) -> Platform.runLater(() -> started(endpoint, failure)));
    }

    private void started(WorkspaceEndpoint endpoint, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            problem.set(cause.getMessage() == null ? cause.toString() : cause.getMessage());
            state.set(State.OFF);
        } else if (shutDown) {
            endpoint.close();
        } else {
            running = endpoint;
            url.set(endpoint.baseUri().toString());
            state.set(State.ON);
        }
    }

    public void stop() {
        WorkspaceEndpoint endpoint = running;
        if (endpoint == null) {
            return;
        }
        running = null;
        state.set(State.STOPPING);
        CompletableFuture.runAsync(endpoint::close, background)
                .whenComplete((ignored, failure) -> Platform.runLater(() -> {
                    url.set("");
                    problem.set(failure == null ? "" : "Stopping the endpoint failed: " + failure.getMessage());
                    state.set(State.OFF);
                }));
    }

    /** For the end of the application: stops serving now, and anything still starting as soon as it has started. */
    public void shutDown() {
        shutDown = true;
        if (running != null) {
            running.close();
            running = null;
        }
    }

    /** The endpoint while it serves; call on the JavaFX thread. */
    public Optional<WorkspaceEndpoint> running() {
        return Optional.ofNullable(running);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The base URL while on, else empty. */
    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    /** Why the last start or stop failed, else empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
