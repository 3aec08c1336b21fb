package dev.stepwise.themes;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class ThemeServiceTest {

    @Test
    void swapsOurStylesheetsAndKeepsOthers() {
        Scene scene = new Scene(new StackPane());
        scene.getStylesheets().add("data:text/css,.root{}");
        ThemeService service = new ThemeService();

        service.apply(scene, LightTheme.get());
        service.apply(scene, DarkTheme.get());

        assertThat(scene.getStylesheets()).contains("data:text/css,.root{}");
        assertThat(scene.getStylesheets()).containsAll(DarkTheme.get().stylesheets());
        assertThat(scene.getStylesheets()).noneMatch(sheet -> sheet.endsWith("/light.css"));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(DarkTheme.get().userAgentStylesheet());
    }

    @Test
    void stylesOneMoreSceneWithoutChangingTheUserAgentStylesheet() {
        ThemeService service = new ThemeService();
        service.apply(new Scene(new StackPane()), LightTheme.get());
        Scene another = new Scene(new StackPane());

        service.applyToScene(another, DarkTheme.get());

        assertThat(another.getStylesheets()).containsExactlyElementsOf(DarkTheme.get().stylesheets());
        assertThat(another.getRoot().getPseudoClassStates()).contains(StyleClasses.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(LightTheme.get().userAgentStylesheet());
    }
}
