package dev.stepwise.designer.editor;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.document.ParseWorker;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.inspector.InspectorView;
import dev.stepwise.designer.inspector.InspectorViewModel;
import dev.stepwise.designer.json.JsonPaneView;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.designer.palette.PaletteView;
import dev.stepwise.designer.palette.PaletteViewModel;
import dev.stepwise.designer.templates.WorkflowTemplates;
import dev.stepwise.engine.json.JsonFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Opens designers on a few small templates, off screen, and throws them away, so that the first file a user opens
 * does not run the designer's code for the first time. That first run (class loading, CSS, skins, ELK, code not yet
 * compiled by the JIT) made the first open after start three times slower than later ones.
 * <p>
 * The work runs in short steps, each its own event on the JavaFX thread, so input between them is handled, and steps
 * wait while the user is busy ({@link #yieldingTo}). The text pane, the palette and inspector and the canvas are each
 * made and styled alone before the first whole designer, so no step loads all their code at once. Parsing, validation
 * and layout run on their background threads as for any open. Nothing is written: the documents have no file.
 */
public final class DesignerWarmUp {

    /**
     * Opened one after the other: a Choice, Retry and Catch; an inline Map; a Parallel; a saga of Catches; a
     * distributed Map. Each open after the first runs the same code again, which the JIT then compiles sooner.
     */
    static final List<String> TEMPLATES = List.of("order-processing", "map-batch-processing", "parallel-fan-out",
            "trip-booking-saga", "distributed-map-s3");

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 750;
    private static final long TIMEOUT_NANOS = 30_000_000_000L;
    private static final Executor FX = Platform::runLater;
    /** How long a step waits while the user is busy before it looks again. */
    static final Duration YIELD = Duration.millis(250);

    private final Consumer<Scene> styler;
    private final LayoutService layoutService;
    private final Executor background;
    private BooleanSupplier userBusy = () -> false;
    private volatile boolean stopped;
    // What the steps make, one after the other, on the JavaFX thread.
    private DesignerViewModel model;
    private Parent part;
    private DesignerView view;

    /**
     * @param styler applies the window's theme to an off-screen scene, so the same stylesheets are read
     * @param layoutService the service later opens use
     * @param background where the document is read and first analysed
     */
    public DesignerWarmUp(Consumer<Scene> styler, LayoutService layoutService, Executor background) {
        this.styler = styler;
        this.layoutService = layoutService;
        this.background = background;
    }

    /**
     * Makes each step wait while {@code busy} holds (the user is typing or moving the pointer): the warm-up must not
     * make the window slow to answer. Asked on the JavaFX thread; call before {@link #start()}.
     */
    public DesignerWarmUp yieldingTo(BooleanSupplier busy) {
        this.userBusy = busy;
        return this;
    }

    /**
     * Starts the warm-up; the result completes when it is over or {@linkplain #stop() stopped} (exceptionally if a
     * step failed). Call once.
     */
    public CompletableFuture<Void> start() {
        CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
        for (Supplier<CompletableFuture<?>> step : steps()) {
            chain = chain.thenComposeAsync(done -> stopped ? CompletableFuture.completedFuture(null) : step.get(),
                    this::whenUserIdle);
        }
        // The views go, whatever happened: nothing of the warm-up stays in memory.
        return chain.<Void>handleAsync((done, failure) -> {
            model = null;
            part = null;
            view = null;
            if (failure != null) {
                throw new CompletionException(failure);
            }
            return null;
        }, FX);
    }

    /** Runs {@code step} on the JavaFX thread once the user is not busy. */
    private void whenUserIdle(Runnable step) {
        Platform.runLater(() -> {
            if (stopped || !userBusy.getAsBoolean()) {
                step.run();
            } else {
                PauseTransition later = new PauseTransition(YIELD);
                later.setOnFinished(event -> whenUserIdle(step));
                later.play();
            }
        });
    }

    /** Skips the steps not yet begun: a file is being opened, which warms the same code and should not wait. */
    public void stop() {
        stopped = true;
    }

    public boolean isStopped() {
        return stopped;
    }

    private List<Supplier<CompletableFuture<?>>> steps() {
        List<Supplier<CompletableFuture<?>>> steps = new ArrayList<>();
        for (String template : TEMPLATES) {
            steps.add(() -> open(template));
            if (template.equals(TEMPLATES.get(0))) {
                steps.addAll(List.of(
                        now(() -> show(new JsonPaneView())), now(this::showText), now(this::styleAndLayOut),
                        now(() -> show(new PaletteView(new PaletteViewModel()))), now(this::styleAndLayOut),
                        now(() -> show(new InspectorView(new InspectorViewModel(model.document(), model.commands(),
                                model.selection())))), now(this::styleAndLayOut),
                        now(() -> show(new GraphCanvas(model.document(), model.commands(), model.selection(),
                                layoutService))), now(this::styleAndLayOut)));
            }
            steps.addAll(List.of(
                    now(() -> show(view = new DesignerView(model, layoutService))), now(this::styleAndLayOut),
                    () -> view.canvas().relayout(), now(this::draw),
                    this::typeARename, now(this::draw),
                    now(this::selectAState), now(this::draw),
                    now(() -> view.canvas().zoomTo(1, WIDTH / 4, HEIGHT / 2)), now(this::draw),
                    // As far out as a large graph opens: states drawn without their text.
                    now(() -> view.canvas().zoomTo(GraphCanvas.MIN_ZOOM, WIDTH / 4, HEIGHT / 2)), now(this::draw)));
        }
        return steps;
    }

    /** Reads and analyses a template on the background executor, as a file is when it opens. */
    private CompletableFuture<?> open(String template) {
        String text = WorkflowTemplates.byId(template).orElseThrow().definition();
        return CompletableFuture.runAsync(() -> model = new DesignerViewModel(
                WorkflowDocument.of(text, JsonFormat.JSON, ParseWorker.background())), background);
    }

    private static Supplier<CompletableFuture<?>> now(Runnable step) {
        return () -> {
            step.run();
            return CompletableFuture.completedFuture(null);
        };
    }

    private void showText() {
        JsonPaneView pane = (JsonPaneView) part;
        pane.setFormat(JsonFormat.JSON);
        pane.setText(model.document().getText());
    }

    /**
     * Puts {@code next} into a scene of its own, styled as the window is. It joins a root already styled, as a view
     * joins the window: a text area made the root of a scene styles its lines before the root is one.
     */
    private void show(Parent next) {
        part = next;
        StackPane root = new StackPane();
        styler.accept(new Scene(root, WIDTH, HEIGHT));
        root.getChildren().add(next);
    }

    private void styleAndLayOut() {
        part.getScene().getRoot().applyCss();
        part.getScene().getRoot().layout();
    }

    /** Renders the designer as a window would draw it. */
    private void draw() {
        styleAndLayOut();
        part.getScene().snapshot(null);
    }

    /** Renames the first state in the text and waits until the canvas shows the renamed state. */
    private CompletableFuture<?> typeARename() {
        var area = view.textPane().codeArea();
        String name = view.canvas().nodes().get(0).name();
        int at = area.getText().indexOf('"' + name + "\": {") + 1;
        String renamed = name + "Renamed";
        area.replaceText(at, at + name.length(), renamed);
        view.flushTyping();
        return until(() -> view.canvas().nodes().stream().anyMatch(node -> node.name().equals(renamed)));
    }

    /** Selects a state with a Retry, so the inspector makes its form. */
    private void selectAState() {
        view.canvas().nodes().stream().filter(node -> node.model().retries() > 0).findFirst()
                .ifPresent(node -> model.selection().select(node.key()));
    }

    /** Completes on the JavaFX thread at the first pulse where {@code condition} holds; fails after 30 s. */
    private static CompletableFuture<Void> until(BooleanSupplier condition) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (condition.getAsBoolean()) {
                    stop();
                    done.complete(null);
                } else if (now - deadline > 0) {
                    stop();
                    done.completeExceptionally(new IllegalStateException("the designer warm-up did not finish"));
                }
            }
        }.start();
        return done;
    }
}
