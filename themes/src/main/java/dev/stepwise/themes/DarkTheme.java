package dev.stepwise.themes;

import atlantafx.base.theme.PrimerDark;

/** The dark theme: AtlantaFX Primer Dark plus our tokens, overridden by {@code dark.css}. */
public final class DarkTheme {

    public static final String NAME = "Dark";

    private static final Theme INSTANCE = new Theme(
            NAME, new PrimerDark().getUserAgentStylesheet(), Theme.withCommon("dark.css"), true);

    private DarkTheme() {
    }

    public static Theme get() {
        return INSTANCE;
    }
}
