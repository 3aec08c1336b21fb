package dev.stepwise.authlab;

import dev.stepwise.themes.StyleClasses;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The Auth Lab area. Not built yet: it says so, plainly. */
public final class AuthLabView extends VBox {

    public static final String TITLE = "Auth Lab";
    public static final String NOT_BUILT_YET =
            "Auth Lab — user pools and sign-in flows arrive in a later release.";

    public AuthLabView() {
        getStyleClass().add(StyleClasses.PLACEHOLDER);
        setAlignment(Pos.TOP_LEFT);
        Label title = new Label(TITLE);
        title.getStyleClass().add(StyleClasses.PLACEHOLDER_TITLE);
        Label message = new Label(NOT_BUILT_YET);
        message.setWrapText(true);
        getChildren().addAll(title, message);
    }
}
