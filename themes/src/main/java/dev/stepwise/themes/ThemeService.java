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
        for (Theme other : Themes.all()) {
            scene.getStylesheets().removeAll(other.stylesheets());
        }
        scene.getStylesheets().addAll(theme.stylesheets());
        scene.getRoot().pseudoClassStateChanged(StyleClasses.DARK, theme.dark());
    }
}
