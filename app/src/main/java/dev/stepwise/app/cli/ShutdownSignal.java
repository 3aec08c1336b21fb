package dev.stepwise.app.cli;

/** Where a long-running command learns that it must stop: the JVM's shutdown (SIGINT, SIGTERM), or a test. */
interface ShutdownSignal {

    /** Runs {@code action} once when the process is asked to stop. */
    void onShutdown(Runnable action);

    /** The process's own signals: {@code action} runs in a shutdown hook. */
    ShutdownSignal RUNTIME = action -> Runtime.getRuntime().addShutdownHook(new Thread(action, "stepwise-shutdown"));
}
