package dev.stepwise.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

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

    private final Button button = new Button("Press");
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(button), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    private static void waitOutTheBusyTime() throws InterruptedException {
        Thread.sleep(RecentInput.BUSY_NANOS / 1_000_000 + 200);
    }

    @Test
    void isBusyForAMomentAfterInput(FxRobot robot) throws Exception {
        RecentInput input = WaitForAsyncUtils.asyncFx(() -> RecentInput.watch(scene)).get();
        assertThat(input.getAsBoolean()).isFalse();

        robot.clickOn(button);
        assertThat(input.getAsBoolean()).isTrue();

        waitOutTheBusyTime();
        assertThat(input.getAsBoolean()).isFalse();
    }

    @Test
    void ignoresInputOnceStopped(FxRobot robot) throws Exception {
        RecentInput input = WaitForAsyncUtils.asyncFx(() -> RecentInput.watch(scene)).get();
        robot.interact(input::stop);

        robot.clickOn(button);

        assertThat(input.getAsBoolean()).isFalse();
    }
}
