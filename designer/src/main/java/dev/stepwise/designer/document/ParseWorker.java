package dev.stepwise.designer.document;

import dev.stepwise.engine.json.JsonFormat;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * Where a {@link WorkflowDocument} analyses its text after an edit ({@link #work}) and where it takes the result
 * back ({@link #deliver}). The designer parses on a background thread so that typing and drawing never wait for it;
 * tests run both inline, or queue the work to decide when it runs.
 */
public final class ParseWorker {

    /** How a text becomes an analysis; tests wrap it to see where it runs. */
    @FunctionalInterface
    public interface Analyzer {
        DocumentAnalysis analyze(String text, JsonFormat format);
    }

    /** The name of the thread {@link #background()} parses on. */
    public static final String THREAD_NAME = "stepwise-parse";

    private static final ParseWorker INLINE = new ParseWorker(Runnable::run, Runnable::run);

    /** One daemon thread for every document: parsing is short, and two at once would only share the cores. */
    private static Executor sharedThread;

    private final Executor work;
    private final Executor deliver;
    private final Analyzer analyzer;

    /**
     * @param work    runs the analysis
     * @param deliver runs the code that shows the result; the JavaFX thread when views observe the document
     */
    public ParseWorker(Executor work, Executor deliver) {
        this(work, deliver, DocumentAnalysis::of);
    }

    private ParseWorker(Executor work, Executor deliver, Analyzer analyzer) {
        this.work = Objects.requireNonNull(work, "work");
        this.deliver = Objects.requireNonNull(deliver, "deliver");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /** Analyses on the thread that changed the text, before the change returns. */
    public static ParseWorker inline() {
        return INLINE;
    }

    /** Analyses on a background daemon thread and delivers on the JavaFX thread. */
    public static synchronized ParseWorker background() {
        if (sharedThread == null) {
            sharedThread = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, THREAD_NAME);
                thread.setDaemon(true);
                return thread;
            });
        }
        return new ParseWorker(sharedThread, Platform::runLater);
    }

    /** The same worker with another analyzer (tests record where and how often it runs). */
    public ParseWorker withAnalyzer(Analyzer other) {
        return new ParseWorker(work, deliver, other);
    }

    /** True for {@link #inline()}: it analyses on apply at the same cost, so analysing ahead would only add work. */
    boolean isInline() {
        return this == INLINE;
    }

    Executor work() {
        return work;
    }

    Executor deliver() {
        return deliver;
    }

    DocumentAnalysis analyze(String text, JsonFormat format) {
        return analyzer.analyze(text, format);
    }
}
