package dev.stepwise.app.prefs;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Typed access to what the workbench remembers: theme, window geometry, last workspace, panels. */
public final class WorkbenchPreferences {

    static final String THEME = "theme";
    static final String LAST_WORKSPACE = "workspace.last";
    static final String WINDOW_X = "window.x";
    static final String WINDOW_Y = "window.y";
    static final String WINDOW_WIDTH = "window.width";
    static final String WINDOW_HEIGHT = "window.height";
    static final String WINDOW_MAXIMIZED = "window.maximized";
    static final String PROBLEMS_VISIBLE = "problems.visible";

    private final PreferencesStore store;

    public WorkbenchPreferences(PreferencesStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public Optional<String> themeName() {
        return store.get(THEME);
    }

    public void setThemeName(String name) {
        store.put(THEME, name);
        store.flush();
    }

    public Optional<Path> lastWorkspace() {
        return store.get(LAST_WORKSPACE).flatMap(WorkbenchPreferences::toPath);
    }

    public void setLastWorkspace(Path folder) {
        store.put(LAST_WORKSPACE, folder.toAbsolutePath().toString());
        store.flush();
    }

    public boolean problemsVisible() {
        return store.get(PROBLEMS_VISIBLE).map(Boolean::parseBoolean).orElse(true);
    }

    public void setProblemsVisible(boolean visible) {
        store.put(PROBLEMS_VISIBLE, Boolean.toString(visible));
        store.flush();
    }

    /** The stored geometry, or {@link WindowGeometry#DEFAULT} when none (or a broken one) is stored. */
    public WindowGeometry windowGeometry() {
        try {
            double width = number(WINDOW_WIDTH);
            double height = number(WINDOW_HEIGHT);
            if (Double.isNaN(width) || Double.isNaN(height)) {
                return WindowGeometry.DEFAULT;
            }
            boolean maximized = store.get(WINDOW_MAXIMIZED).map(Boolean::parseBoolean).orElse(false);
            return new WindowGeometry(number(WINDOW_X), number(WINDOW_Y), width, height, maximized);
        } catch (IllegalArgumentException broken) {
            return WindowGeometry.DEFAULT;
        }
    }

    public void setWindowGeometry(WindowGeometry geometry) {
        if (geometry.hasPosition()) {
            store.put(WINDOW_X, Double.toString(geometry.x()));
            store.put(WINDOW_Y, Double.toString(geometry.y()));
        }
        store.put(WINDOW_WIDTH, Double.toString(geometry.width()));
        store.put(WINDOW_HEIGHT, Double.toString(geometry.height()));
        store.put(WINDOW_MAXIMIZED, Boolean.toString(geometry.maximized()));
        store.flush();
    }

    private double number(String key) {
        return store.get(key).map(Double::parseDouble).orElse(Double.NaN);
    }

    private static Optional<Path> toPath(String text) {
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
