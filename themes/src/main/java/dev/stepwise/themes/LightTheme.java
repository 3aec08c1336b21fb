package dev.stepwise.themes;

import atlantafx.base.theme.PrimerLight;

/** The light theme: AtlantaFX Primer Light plus our tokens. */
public final class LightTheme {

    public static final String NAME = "Light";

    private static final Theme INSTANCE = new Theme(
            NAME, new PrimerLight().getUserAgentStylesheet(), Theme.withCommon("light.css"), false);

    private LightTheme() {
    }

    public static Theme get() {
        return INSTANCE;
    }
}
