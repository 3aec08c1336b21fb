package dev.stepwise.app.shell;

import dev.stepwise.app.WorkbenchApplication;

/**
 * Starts the GUI from a plain class path during development (a main class that does not extend
 * Application avoids "JavaFX runtime components are missing"). The product launcher is
 * {@code dev.stepwise.app.Main}.
 */
public final class DevLauncher {

    private DevLauncher() {
    }

    public static void main(String[] args) {
        WorkbenchApplication.launchApp(args);
    }
}
