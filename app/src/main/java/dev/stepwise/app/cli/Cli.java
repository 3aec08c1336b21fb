package dev.stepwise.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The headless command line: {@code stepwise <command> ...}. It uses the engine only, never JavaFX, so
 * that it starts quickly and runs on machines without a display. This package is the only place in the
 * application that writes to the standard streams; every command gets its writers passed in.
 */
@Command(
        name = "stepwise",
        mixinStandardHelpOptions = true,
        versionProvider = StepwiseVersion.class,
        description = {
            "A workbench for AWS Step Functions and Cognito.",
            "Run without arguments, with a workspace directory, or with a state machine file, to open the window."
        },
        customSynopsis = {
            "stepwise [DIRECTORY | FILE]",
            "       stepwise [-hV] COMMAND [ARG...]"
        },
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   success (validate: every file is valid, warnings allowed; run: the execution succeeded)",
            "  1   problems were found in the input (run: the execution did not succeed)",
            "  2   bad usage, or an input could not be read",
            "  3   internal error (a bug in Stepwise)"
        })
public final class Cli implements Callable<Integer> {

    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

    @Spec
    private CommandSpec spec;

    private Cli() {
    }

    /** Runs a command line on the process's standard streams and returns its exit code. */
    public static int execute(String... args) {
        // SLF4J (pulled in by JsonPath) warns on stderr that no logger is bound; on a terminal that is noise.
        if (System.getProperty(SLF4J_VERBOSITY) == null) {
            System.setProperty(SLF4J_VERBOSITY, "ERROR");
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            return execute(out, err, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs a command line writing results to {@code out} and messages to {@code err}; returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(System.in, out, err, args);
    }

    /** As {@link #execute(PrintWriter, PrintWriter, String...)}, with {@code in} as the standard input. */
    public static int execute(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        return commandLine(in, out, err).execute(args);
    }

    /**
     * Whether the arguments ask for the window rather than a command: none at all, or a single existing
     * directory (a workspace to open). A command name wins over a directory of the same name; {@code ./validate}
     * opens such a directory.
     */
    public static boolean asksForWindow(String... args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1 || args[0].startsWith("-") || isCommandName(args[0])) {
            return false;
        }
        try {
            Path target = Path.of(args[0]);
            return Files.isDirectory(target) || (Files.isRegularFile(target) && isDefinitionFile(target));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** A file the window opens in its folder's workspace: JSON or YAML, by its name. */
    private static boolean isDefinitionFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Whether a window can be shown at all; on Linux that needs an X11 or Wayland display. */
    public static boolean hasDisplay() {
        return hasDisplay(System.getProperty("os.name", ""), System.getProperty("glass.platform"), System.getenv());
    }

    static boolean hasDisplay(String osName, String glassPlatform, Map<String, String> environment) {
        if (!osName.startsWith("Linux") || "Monocle".equals(glassPlatform)) {
            return true;
        }
        return !environment.getOrDefault("DISPLAY", "").isEmpty()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isEmpty();
    }

    /** Says, instead of a JavaFX stack trace, that the window cannot open here; returns the exit code. */
    public static int explainNoDisplay() {
        PrintWriter err = new PrintWriter(System.err, true);
        err.println("stepwise: cannot open the window: no display (neither DISPLAY nor WAYLAND_DISPLAY is set).");
        err.println("The command line works without one; see 'stepwise --help'.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** Whether {@code word} names a command, such as {@code validate}. */
    static boolean isCommandName(String word) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return commandLine(nowhere, nowhere).getSubcommands().containsKey(word);
    }

    /** The configured command tree, for callers that want to inspect it (completion scripts, docs, tests). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(System.in, out, err);
    }

    /** The command tree with {@code in} as the standard input of the commands that read it. */
    public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Cli());
        // New commands (test, export, serve, jwt) are added here, each given the streams it uses.
        commandLine.addSubcommand(new ValidateCommand(out, err));
        commandLine.addSubcommand(new RunCommand(in, out, err));
        commandLine.addSubcommand(new ExportCommand(out, err));
        commandLine.addSubcommand(new ImportCommand(out, err));
        commandLine.addSubcommand(new ServeCommand(out, err));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // "@file" is an input file for run --input, not one of picocli's argument files.
        commandLine.setExpandAtFiles(false);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("stepwise: internal error: " + exception);
            exception.printStackTrace(failed.getErr());
            failed.getErr().flush();
            return ExitCodes.INTERNAL_ERROR;
        });
        return commandLine;
    }

    /** Reached only when no command was named: that is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required command");
    }
}
