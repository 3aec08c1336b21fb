package dev.stepwise.themes;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Applies a {@link Theme} at runtime: sets the application-wide user-agent stylesheet and swaps
 * our own stylesheets on a scene, leaving any other stylesheet the scene has in place.
 */
public final class ThemeService {

    /** Sets the user-agent stylesheet and replaces every theme stylesheet of the scene with the theme's. */
    public void apply(Scene scene, Theme theme) {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(theme, "theme");
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        applyToScene(scene, theme);
    }

    /**
     * Replaces every theme stylesheet of the scene with the theme's, leaving the user-agent stylesheet as it is: for
     * one more scene of an application whose theme is set already.
     */
    public void applyToScene(Scene scene, Theme theme) {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(theme, "theme");
        for (Theme other : Themes.all()) {
            scene.getStylesheets().removeAll(other.stylesheets());
        }
        scene.getStylesheets().addAll(theme.stylesheets());
        scene.getRoot().pseudoClassStateChanged(StyleClasses.DARK, theme.dark());
    }
}
