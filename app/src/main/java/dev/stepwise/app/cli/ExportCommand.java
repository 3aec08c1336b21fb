package dev.stepwise.app.cli;

import dev.stepwise.engine.export.ExportException;
import dev.stepwise.engine.export.ExportFormat;
import dev.stepwise.engine.export.Exporter;
import dev.stepwise.engine.files.AtomicFiles;
import dev.stepwise.engine.json.JsonFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stepwise export FILE --to json|yaml|svg|png [--out FILE] [--canonical]}: writes a definition as ASL JSON or
 * YAML, or its graph as an SVG or PNG picture. The output is written atomically; the input is never overwritten.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = StepwiseVersion.class,
        description = {
            "Export a state machine as ASL JSON or YAML, or draw its graph as SVG or PNG.",
            "JSON and YAML are copied as written unless the input is in the other format or --canonical is given.",
            "Without --out the output goes beside FILE, with the new extension (order.asl.json -> order.asl.svg)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the export was written",
            "2:FILE could not be read or is not a state machine, the output could not be written, or bad usage"
        })
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The state machine definition (JSON, or YAML by name).")
    private Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "What to write: ${COMPLETION-CANDIDATES}.")
    private ExportFormat to;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write the export.")
    private Path out;

    @Option(names = "--canonical", description = "Reformat JSON (2-space indent) or YAML even when FILE is in that"
            + " format already.")
    private boolean canonical;

    private final PrintWriter stdout;
    private final PrintWriter err;

    public ExportCommand(PrintWriter out, PrintWriter err) {
        this.stdout = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    @Override
    public Integer call() {
        try {
            return export();
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    private int export() {
        String text;
        try {
            text = TextFiles.read(file);
        } catch (IOException e) {
            return fail("cannot read " + file + ": " + TextFiles.reason(e));
        }
        Path target = out != null ? out : Exporter.defaultTarget(file, to);
        if (isSameFile(file, target)) {
            return fail("the export would overwrite " + file + "; name another file with --out");
        }
        byte[] bytes;
        try {
            bytes = Exporter.export(text, JsonFormat.ofFile(file), to, canonical);
        } catch (ExportException e) {
            return fail("cannot export " + file + ": " + e.getMessage());
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return fail("cannot write " + target + ": no such folder " + folder);
        }
        try {
            AtomicFiles.write(target, bytes);
        } catch (IOException e) {
            return fail("cannot write " + target + ": " + TextFiles.reason(e));
        }
        stdout.println("Wrote " + target);
        return ExitCodes.OK;
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            return false;
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private int fail(String message) {
        err.println("stepwise: " + message);
        return ExitCodes.USAGE;
    }
}
