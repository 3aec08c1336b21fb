package dev.stepwise.designer.bench;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.document.ParseWorker;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.editor.DesignerViewModel;
import dev.stepwise.designer.editor.DesignerWarmUp;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.themes.LightTheme;
import dev.stepwise.themes.ThemeService;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The designer's speed on a large definition, in a real JavaFX scene (see {@code canvas-bench.sh}):
 * <ol>
 *   <li>open: from reading the file to the first drawn frame that shows the ELK layout (parse, validation, building
 *       the canvas, layout off the UI thread, fit to window);</li>
 *   <li>pan and zoom: the time between consecutive frames while every frame pans or zooms, with pulses unthrottled
 *       ({@code javafx.animation.fullspeed}), at the fit-to-window zoom where every node is visible, and at 100%;
 *       and the one step from the fit to 100%, where a large graph first makes its states' text;</li>
 *   <li>text edit: from the end of the typing pause ({@link DesignerView#TYPING_PAUSE}) to the drawn frame showing a
 *       state renamed in the text editor at its laid-out place; and the JavaFX thread's CPU time from the keystroke
 *       to that frame.</li>
 * </ol>
 * A window shows first, as the application's main window does. The first open then includes the designer's class
 * loading and JIT warm-up, what a user sees on the first open after start; the others show steady state. With {@code --warm-up} the application's {@link DesignerWarmUp} runs to its end first, as it does
 * in the seconds after the window shows. Prints a Markdown table.
 */
public final class CanvasBenchmark {

    private static final long TIMEOUT_S = 60;
    private static final int FRAMES = 240;

    private final Path file;
    private final int states;

    private CanvasBenchmark(Path file, int states) {
        this.file = file;
        this.states = states;
    }

    public static void main(String[] allArgs) throws Exception {
        // --nested: every block of ten states inside a Map of its own.
        boolean nested = java.util.Arrays.asList(allArgs).contains("--nested");
        // --warm-up: the designer's warm-up runs first, as the application runs it after its window shows.
        boolean warmUp = java.util.Arrays.asList(allArgs).contains("--warm-up");
        String[] args = java.util.Arrays.stream(allArgs).filter(arg -> !arg.startsWith("--")).toArray(String[]::new);
        int states = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int opens = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path file = Files.createTempFile("stepwise-bench", ".asl.json");
        file.toFile().deleteOnExit();
        Files.writeString(file, GeneratedMachine.json(states, nested), StandardCharsets.UTF_8);

        CountDownLatch started = new CountDownLatch(1);
        // Closing a popup would otherwise end the toolkit: this program has no primary stage.
        Platform.setImplicitExit(false);
        Platform.startup(started::countDown);
        started.await();
        try {
            showMainWindow();
            if (warmUp) {
                long start = System.nanoTime();
                new DesignerWarmUp(scene -> new ThemeService().apply(scene, LightTheme.get()), new LayoutService(),
                        ForkJoinPool.commonPool()).start().get(TIMEOUT_S, TimeUnit.SECONDS);
                System.out.printf(Locale.ROOT, "warm-up: %.0f ms%n", (System.nanoTime() - start) / 1e6);
            }
            new CanvasBenchmark(file, states).run(opens, edits);
        } finally {
            Platform.exit();
        }
    }

    /**
     * Shows a window and waits for its first frame, as the application shows its main window before anything can be
     * opened: the first open then does not pay for the JVM's first window.
     */
    private static void showMainWindow() throws Exception {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(new Label("Stepwise")), 600, 400);
            new ThemeService().apply(scene, LightTheme.get());
            stage.setScene(scene);
            stage.show();
            PulseProbe.paintedWhen(() -> true).thenAccept(painted::complete);
        });
        painted.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private void run(int opens, int edits) throws Exception {
        List<Long> openTimes = new ArrayList<>();
        Opened opened = null;
        for (int i = 0; i < opens; i++) {
            if (opened != null) {
                close(opened);
            }
            opened = open();
            openTimes.add(opened.nanos());
        }
        Opened view = opened;
        GraphCanvas canvas = view.view().canvas();
        int nodes = onFx(() -> canvas.nodes().size());
        int edges = onFx(() -> canvas.edges().size());
        double fitZoom = onFx(canvas::getZoom);

        List<Samples> results = new ArrayList<>();
        results.add(Samples.ofNanos("open, lay out, first paint (first open)", new long[] {openTimes.get(0)}));
        if (openTimes.size() > 1) {
            results.add(Samples.ofNanos("open, lay out, first paint (later opens)",
                    openTimes.subList(1, openTimes.size()).stream().mapToLong(Long::longValue).toArray()));
        }
        results.add(frames("pan, fit to window (all nodes visible)", canvas, step -> {
            double dx = (step / 60) % 2 == 0 ? 4 : -4;
            canvas.panBy(dx, dx / 2);
            return 0;
        }));
        results.add(frames("zoom, around fit to window", canvas, step -> {
            double level = fitZoom * (1 + 0.5 * Math.sin(step / 20.0));
            canvas.zoomTo(level, canvas.getWidth() / 2, canvas.getHeight() / 2);
            return 0;
        }));
        results.add(zoomIn(canvas));
        results.add(frames("pan at 100%", canvas, step -> {
            double dx = (step / 60) % 2 == 0 ? 8 : -8;
            canvas.panBy(dx, dx / 2);
            return 0;
        }));
        results.addAll(textEdits(view, edits));

        System.out.printf(Locale.ROOT, "%d states (%d nodes, %d edges); Java %s, JavaFX %s, prism %s%n%n", states, nodes,
                edges, System.getProperty("java.version"), System.getProperty("javafx.runtime.version"),
                System.getProperty("prism.order", "default"));
        System.out.println(Samples.header());
        results.forEach(samples -> System.out.println(samples.row()));
    }

    private record Opened(Stage stage, DesignerView view, long nanos) {
    }

    private Opened open() throws Exception {
        CompletableFuture<Opened> opened = new CompletableFuture<>();
        long start = System.nanoTime();
        WorkflowDocument document = WorkflowDocument.open(file, ParseWorker.background());
        Platform.runLater(() -> {
            try {
                show(document, start, opened);
            } catch (RuntimeException e) {
                opened.completeExceptionally(e);
            }
        });
        return opened.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private void show(WorkflowDocument document, long start, CompletableFuture<Opened> opened) {
        DesignerView view = new DesignerView(new DesignerViewModel(document), new LayoutService());
        Stage stage = new Stage();
        Scene scene = new Scene(view, 1200, 750);
        new ThemeService().apply(scene, LightTheme.get());
        stage.setScene(scene);
        stage.show();
        String last = GeneratedMachine.name("Send", (states + GeneratedMachine.BLOCK - 1) / GeneratedMachine.BLOCK - 1);
        PulseProbe.paintedWhen(() -> keyOf(view, last).filter(key -> view.canvas().positionOf(key).y() > 0).isPresent())
                .thenAccept(painted -> opened.complete(new Opened(stage, view, painted - start)));
    }

    private static void close(Opened opened) throws Exception {
        onFx(() -> {
            opened.stage().close();
            return null;
        });
    }

    /** Applies {@code step} once per frame for {@link #FRAMES} frames and returns the frame-to-frame times. */
    private static Samples frames(String name, GraphCanvas canvas, DoubleUnaryOperator step) throws Exception {
        long[] intervals = new long[FRAMES];
        CompletableFuture<Samples> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private int frame = -10; // a few frames to settle before counting
            private long previous;

            @Override
            public void handle(long now) {
                long time = System.nanoTime();
                if (frame > 0) {
                    intervals[frame - 1] = time - previous;
                }
                previous = time;
                if (frame == FRAMES) {
                    stop();
                    done.complete(Samples.ofNanos(name, intervals));
                    return;
                }
                step.applyAsDouble(frame++);
            }
        }.start());
        return done.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /**
     * Zooms in from the fit to 100 % in one step and measures until that frame is drawn: the first time past {@link
     * GraphCanvas#FAR_ZOOM} on a large graph, the states' text, icons and ports are made and styled then.
     */
    private static Samples zoomIn(GraphCanvas canvas) throws Exception {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        long[] start = new long[1];
        Platform.runLater(() -> {
            start[0] = System.nanoTime();
            canvas.zoomTo(1, canvas.getWidth() / 2, canvas.getHeight() / 2);
            PulseProbe.paintedWhen(() -> true).thenAccept(painted::complete);
        });
        return Samples.ofNanos("zoom in from fit to 100%, first time", new long[] {
                painted.get(TIMEOUT_S, TimeUnit.SECONDS) - start[0]});
    }

    /**
     * Renames a state in the text editor and measures until the canvas shows it, minus the typing pause; and the CPU
     * time the JavaFX thread spent from the keystroke to that frame (less sensitive to a busy machine than wall time).
     * The same two from the moment the edit reaches the document (the end of the pause, as the JavaFX thread sees it)
     * show what happens after the pause alone.
     */
    private static List<Samples> textEdits(Opened opened, int edits) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] latencies = new long[edits];
        long[] fxCpu = new long[edits];
        long[] afterPause = new long[edits];
        long[] afterPauseCpu = new long[edits];
        long[] applied = new long[2];
        onFx(() -> {
            opened.view().viewModel().document().textProperty().addListener((obs, old, now) -> {
                applied[0] = System.nanoTime();
                applied[1] = threads.getCurrentThreadCpuTime();
            });
            return null;
        });
        long pause = (long) (DesignerView.TYPING_PAUSE.toMillis() * 1e6);
        for (int i = 0; i < edits; i++) {
            String from = i == 0 ? "Join_3" : "Join_3x" + (i - 1);
            String to = "Join_3x" + i;
            CompletableFuture<Long> painted = new CompletableFuture<>();
            long[] start = new long[1];
            long[] cpu = new long[2];
            Platform.runLater(() -> {
                var area = opened.view().textPane().codeArea();
                int at = area.getText().indexOf('"' + from + "\": {") + 1;
                if (at == 0) {
                    painted.completeExceptionally(new IllegalStateException("no state " + from + " in the text"));
                    return;
                }
                start[0] = System.nanoTime();
                cpu[0] = threads.getCurrentThreadCpuTime();
                area.replaceText(at, at + from.length(), to);
                PulseProbe.paintedWhen(() -> keyOf(opened.view(), to)
                                .filter(key -> opened.view().canvas().positionOf(key).y() > 0).isPresent())
                        .thenAccept(time -> {
                            cpu[1] = threads.getCurrentThreadCpuTime();
                            painted.complete(time);
                        });
            });
            long paintedAt = painted.get(TIMEOUT_S, TimeUnit.SECONDS);
            latencies[i] = paintedAt - start[0] - pause;
            fxCpu[i] = cpu[1] - cpu[0];
            afterPause[i] = paintedAt - applied[0];
            afterPauseCpu[i] = cpu[1] - applied[1];
        }
        return List.of(Samples.ofNanos("text edit to canvas, after the typing pause", latencies),
                Samples.ofNanos("text edit, JavaFX thread CPU time", fxCpu),
                Samples.ofNanos("edit in the document to canvas", afterPause),
                Samples.ofNanos("edit in the document to canvas, JavaFX CPU", afterPauseCpu));
    }

    /** The canvas key of the state of this name shown on the canvas (in a Map's processor with --nested). */
    private static java.util.Optional<String> keyOf(DesignerView view, String name) {
        return view.canvas().nested().entries().stream()
                .filter(entry -> entry.node().name().equals(name)).map(entry -> entry.key()).findFirst();
    }

    private static <T> T onFx(Supplier<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
