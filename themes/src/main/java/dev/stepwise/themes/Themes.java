package dev.stepwise.themes;

import java.util.List;
import java.util.Optional;

/** The themes the application offers, and lookup by the name preferences store. */
public final class Themes {

    private Themes() {
    }

    public static List<Theme> all() {
        return List.of(LightTheme.get(), DarkTheme.get());
    }

    public static Theme defaultTheme() {
        return LightTheme.get();
    }

    public static Optional<Theme> byName(String name) {
        return all().stream().filter(theme -> theme.name().equalsIgnoreCase(name)).findFirst();
    }
}
