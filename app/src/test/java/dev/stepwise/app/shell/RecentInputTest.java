package dev.stepwise.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The user counts as busy for a moment after any input in the scene, and only while it is watched. */
@ExtendWith(ApplicationExtension.class)
class RecentInputTest {

    private Button button;
    private Scene scene;

    @Start
    void start(Stage stage) {
        button = new Button("Press");
        scene = new Scene(new StackPane(button), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    /** The time as the watcher sees it: it moves only when a test moves it. */
    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    @Test
    void isBusyForAMomentAfterInput(FxRobot robot) throws Exception {
        RecentInput input = WaitForAsyncUtils.asyncFx(() -> RecentInput.watch(scene, now::get)).get();
        assertThat(input.getAsBoolean()).isFalse();

        robot.clickOn(button);
        now.addAndGet(RecentInput.BUSY_NANOS - 1);
        assertThat(input.getAsBoolean()).isTrue();

        now.addAndGet(1);
        assertThat(input.getAsBoolean()).isFalse();
    }

    @Test
    void ignoresInputOnceStopped(FxRobot robot) throws Exception {
        RecentInput input = WaitForAsyncUtils.asyncFx(() -> RecentInput.watch(scene, now::get)).get();
        robot.interact(input::stop);

        robot.clickOn(button);

        assertThat(input.getAsBoolean()).isFalse();
    }
}
