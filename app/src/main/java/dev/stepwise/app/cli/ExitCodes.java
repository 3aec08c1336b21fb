package dev.stepwise.app.cli;

/** The process exit codes of every {@code stepwise} command, so scripts and CI can rely on them. */
public final class ExitCodes {

    /** Everything checked out (warnings are allowed). */
    public static final int OK = 0;
    /** The input was read but has problems: an ERROR diagnostic, a failed run, a failed test. */
    public static final int PROBLEMS = 1;
    /** Bad usage (unknown option, missing argument) or an input that could not be read at all. */
    public static final int USAGE = 2;
    /** A bug in Stepwise itself: an unexpected exception escaped a command. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
