package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.StateNode;
import dev.stepwise.designer.inspector.InspectorView;
import dev.stepwise.designer.json.JsonPaneView;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.designer.palette.PaletteView;
import dev.stepwise.themes.LightTheme;
import dev.stepwise.themes.ThemeService;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The warm-up makes each part of a designer, then whole ones, off screen in the theme it is given; lays each template
 * out, types a rename that reaches the canvas, selects a state, zooms in and out; opens no window, keeps nothing,
 * waits while the user is busy, and stops when asked.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerWarmUpTest {

    private final List<Scene> styled = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger layouts = new AtomicInteger();
    private final AtomicInteger backgroundTasks = new AtomicInteger();
    private final List<Boolean> backgroundOnFxThread = Collections.synchronizedList(new ArrayList<>());
    private final LayoutService layoutService = new LayoutService(task -> {
        layouts.incrementAndGet();
        ForkJoinPool.commonPool().execute(task);
    });

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    private DesignerWarmUp warmUp(Consumer<Scene> styler) {
        return new DesignerWarmUp(scene -> {
            styled.add(scene);
            styler.accept(scene);
        }, layoutService, task -> {
            backgroundTasks.incrementAndGet();
            ForkJoinPool.commonPool().execute(() -> {
                backgroundOnFxThread.add(Platform.isFxApplicationThread());
                task.run();
            });
        });
    }

    private static void lightTheme(Scene scene) {
        new ThemeService().applyToScene(scene, LightTheme.get());
    }

    private static Node partOf(Scene scene) {
        return ((Parent) scene.getRoot()).getChildrenUnmodifiable().get(0);
    }

    @Test
    void makesThePartsThenADesignerWhichItLaysOutEditsSelectsAndZooms() throws Exception {
        List<Window> windowsBefore = WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows())).get();
        List<DesignerView> designers = new ArrayList<>();

        warmUp(scene -> {
            lightTheme(scene);
            scene.getRoot().getChildrenUnmodifiable().addListener((ListChangeListener<Node>)
                    change -> scene.getRoot().getChildrenUnmodifiable().stream()
                            .filter(DesignerView.class::isInstance).map(DesignerView.class::cast)
                            .forEach(designers::add));
        }).start().get(60, TimeUnit.SECONDS);

        List<Class<?>> expected = new ArrayList<>(List.of(JsonPaneView.class, PaletteView.class, InspectorView.class,
                GraphCanvas.class));
        DesignerWarmUp.TEMPLATES.forEach(template -> expected.add(DesignerView.class));
        assertThat(styled).extracting(DesignerWarmUpTest::partOf).extracting(Object::getClass)
                .containsExactlyElementsOf(expected);
        assertThat(styled).allSatisfy(scene -> {
            assertThat(scene.getWindow()).isNull();
            assertThat(scene.getStylesheets()).containsExactlyElementsOf(LightTheme.get().stylesheets());
        });
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows())).get())
                .containsExactlyElementsOf(windowsBefore);
        assertThat(backgroundTasks).hasValue(DesignerWarmUp.TEMPLATES.size());
        assertThat(backgroundOnFxThread).containsOnly(false);

        assertThat(designers).hasSize(DesignerWarmUp.TEMPLATES.size()).allSatisfy(designer -> {
            assertThat(designer.textPane().getText()).contains("Renamed\": {");
            assertThat(designer.canvas().nodes()).extracting(StateNode::name)
                    .anyMatch(name -> name.endsWith("Renamed"));
            // Zoomed in (the states' text was made), then out as far as a large graph opens.
            assertThat(designer.canvas().lookupAll(".name")).isNotEmpty();
            assertThat(designer.canvas().getZoom()).isEqualTo(GraphCanvas.MIN_ZOOM);
            assertThat(designer.canvas().showsDetail()).isFalse();
        });
        DesignerView first = designers.get(0);
        assertThat(first.viewModel().selection().items()).singleElement()
                .satisfies(key -> assertThat(first.canvas().node(key).orElseThrow().model().retries()).isPositive());
        // The canvas part; each designer, its explicit layout and the layout of the renamed text.
        assertThat(layouts.get()).isGreaterThanOrEqualTo(1 + 3 * DesignerWarmUp.TEMPLATES.size());
    }

    @Test
    void keepsNothingOnceDone() throws Exception {
        List<WeakReference<Node>> parts = new ArrayList<>();
        warmUp(scene -> {
            lightTheme(scene);
            parts.add(new WeakReference<>(scene.getRoot()));
        }).start().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(parts).hasSize(4 + DesignerWarmUp.TEMPLATES.size());
        styled.clear();
        for (int attempt = 0; attempt < 20 && parts.stream().anyMatch(part -> part.get() != null); attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(parts).allSatisfy(part -> assertThat(part.get()).isNull());
    }

    @Test
    void stopSkipsTheStepsNotYetBegun() throws Exception {
        DesignerWarmUp[] warmUp = new DesignerWarmUp[1];
        warmUp[0] = warmUp(scene -> {
            lightTheme(scene);
            warmUp[0].stop();
        });

        warmUp[0].start().get(60, TimeUnit.SECONDS);

        assertThat(warmUp[0].isStopped()).isTrue();
        assertThat(styled).extracting(DesignerWarmUpTest::partOf).extracting(Object::getClass)
                .containsExactly(JsonPaneView.class);
        assertThat(layouts).hasValue(0);
    }

    @Test
    void waitsWhileTheUserIsBusy() throws Exception {
        AtomicBoolean busy = new AtomicBoolean(true);
        CompletableFuture<Void> done = warmUp(DesignerWarmUpTest::lightTheme).yieldingTo(busy::get).start();

        Thread.sleep(3 * (long) DesignerWarmUp.YIELD.toMillis());
        assertThat(backgroundTasks).hasValue(0);
        assertThat(styled).isEmpty();
        assertThat(done).isNotDone();

        busy.set(false);
        done.get(60, TimeUnit.SECONDS);
        assertThat(styled).hasSize(4 + DesignerWarmUp.TEMPLATES.size());
    }

    @Test
    void aFailedStepEndsTheWarmUpWithItsCause() {
        CompletableFuture<Void> done = warmUp(scene -> {
            if (styled.size() == 2) {
                throw new IllegalStateException("no theme");
            }
            lightTheme(scene);
        }).start();

        assertThatThrownBy(() -> done.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("no theme");
        assertThat(styled).hasSize(2);
    }
}
