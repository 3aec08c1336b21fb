package dev.stepwise.app;

import dev.stepwise.app.cli.Cli;

/**
 * The process entry point (and jpackage's main class). With no arguments, or with one argument naming
 * a workspace directory, it opens the window; otherwise it runs the headless command line.
 *
 * <p>This class deliberately does not extend {@code Application}, and the command-line path never touches
 * a JavaFX class: {@link WorkbenchApplication} is named only in {@link #launchWindow}, so the JVM does not
 * load it (or JavaFX) unless the window is actually wanted. That keeps {@code stepwise validate} fast and
 * usable on machines without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (!Cli.asksForWindow(args)) {
            System.exit(Cli.execute(args));
        } else if (!Cli.hasDisplay()) {
            System.exit(Cli.explainNoDisplay());
        } else {
            launchWindow(args);
        }
    }

    private static void launchWindow(String[] args) {
        WorkbenchApplication.launchApp(args);
    }
}
