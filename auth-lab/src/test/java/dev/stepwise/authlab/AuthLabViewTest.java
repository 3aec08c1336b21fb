package dev.stepwise.authlab;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

@ExtendWith(ApplicationExtension.class)
class AuthLabViewTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new AuthLabView(), 400, 200));
        stage.show();
    }

    @Test
    void saysItIsNotBuiltYet(FxRobot robot) {
        assertThat(robot.lookup(LabeledMatchers.hasText(AuthLabView.NOT_BUILT_YET)).tryQuery()).isPresent();
    }
}
