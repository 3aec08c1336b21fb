package dev.stepwise.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.asl.validate.Severity;
import dev.stepwise.engine.json.JsonFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stepwise validate FILE... [--format text|json]}: checks state machine definitions the way
 * AWS's ValidateStateMachineDefinition does and reports every problem, compiler style.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = StepwiseVersion.class,
        description = {
            "Check state machine definitions and report every problem.",
            "Files ending in .yaml or .yml are read as YAML, all others as JSON.",
            "Text output is one line per problem, FILE:LINE:COLUMN: error|warning CODE message,"
                    + " with a summary on standard error."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file is valid (warnings allowed)",
            "1:some file has an error, or is not JSON/YAML at all",
            "2:some file could not be read, or bad usage"
        })
public final class ValidateCommand implements Callable<Integer> {

    /** How results are written to standard output. */
    public enum OutputFormat {
        TEXT,
        JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "State machine definitions to check.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format = OutputFormat.TEXT;

    private final PrintWriter out;
    private final PrintWriter err;
    private final AslValidator validator;

    public ValidateCommand(PrintWriter out, PrintWriter err) {
        this(out, err, new AslValidator());
    }

    ValidateCommand(PrintWriter out, PrintWriter err, AslValidator validator) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    @Override
    public Integer call() throws JsonProcessingException {
        List<FileResult> results = new ArrayList<>(files.size());
        for (Path file : files) {
            results.add(check(file));
        }
        for (FileResult result : results) {
            if (result.readError() != null) {
                err.println("stepwise: cannot read " + result.name() + ": " + result.readError());
            }
        }
        if (format == OutputFormat.JSON) {
            printJson(results);
        } else {
            printText(results);
            err.println(summary(results));
        }
        out.flush();
        err.flush();
        return exitCode(results);
    }

    private FileResult check(Path file) {
        String name = file.toString();
        String text;
        try {
            text = TextFiles.read(file);
        } catch (IOException e) {
            return new FileResult(name, List.of(), TextFiles.reason(e));
        }
        return new FileResult(name, validator.validate(text, JsonFormat.ofFile(file)), null);
    }

    private void printText(List<FileResult> results) {
        for (FileResult result : results) {
            for (Diagnostic diagnostic : result.diagnostics()) {
                out.println(textLine(result.name(), diagnostic));
            }
        }
    }

    /** {@code file:line:col: error CODE message}, or {@code file: error CODE message} when the place is unknown. */
    static String textLine(String file, Diagnostic diagnostic) {
        String place = diagnostic.location().isKnown()
                ? file + ":" + diagnostic.line() + ":" + diagnostic.column()
                : file;
        return place + ": " + severityWord(diagnostic.severity()) + " " + diagnostic.code() + " " + diagnostic.message();
    }

    private static String severityWord(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    /** {@code 2 errors, 1 warning in 3 files}, plus how many could not be read. */
    static String summary(List<FileResult> results) {
        long errors = results.stream().flatMap(r -> r.diagnostics().stream()).filter(Diagnostic::isError).count();
        long warnings = results.stream().flatMap(r -> r.diagnostics().stream()).filter(d -> !d.isError()).count();
        long unreadable = results.stream().filter(r -> r.readError() != null).count();
        String summary = plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + plural(results.size(), "file");
        return unreadable == 0 ? summary : summary + " (" + unreadable + " could not be read)";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private void printJson(List<FileResult> results) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode document = mapper.createObjectNode();
        ArrayNode files = document.putArray("files");
        for (FileResult result : results) {
            ObjectNode file = files.addObject();
            file.put("file", result.name());
            file.put("valid", result.isValid());
            if (result.readError() != null) {
                file.put("error", "cannot read: " + result.readError());
            }
            ArrayNode diagnostics = file.putArray("diagnostics");
            for (Diagnostic diagnostic : result.diagnostics()) {
                ObjectNode entry = diagnostics.addObject();
                entry.put("code", diagnostic.code());
                entry.put("severity", diagnostic.severity().name());
                entry.put("message", diagnostic.message());
                entry.put("pointer", diagnostic.pointer());
                if (diagnostic.location().isKnown()) {
                    entry.put("line", diagnostic.line());
                    entry.put("column", diagnostic.column());
                } else {
                    entry.putNull("line");
                    entry.putNull("column");
                }
            }
        }
        out.println(mapper.writeValueAsString(document));
    }

    private static int exitCode(List<FileResult> results) {
        if (results.stream().anyMatch(r -> r.readError() != null)) {
            return ExitCodes.USAGE;
        }
        if (results.stream().anyMatch(r -> !r.isValid())) {
            return ExitCodes.PROBLEMS;
        }
        return ExitCodes.OK;
    }

    /** What was found in one file: its diagnostics, or why it could not be read. */
    record FileResult(String name, List<Diagnostic> diagnostics, String readError) {

        boolean isValid() {
            return readError == null && diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }
}
