package dev.stepwise.app.cli;

import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.cfn.TemplateException;
import dev.stepwise.engine.cfn.TemplateImporter;
import dev.stepwise.engine.files.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stepwise import TEMPLATE [--resource LOGICAL_ID] [--out FILE]}: gets a state machine's ASL definition out of
 * a CloudFormation or SAM template or a CDK synth output.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = StepwiseVersion.class,
        description = {
            "Get a state machine's definition out of a CloudFormation or SAM template (JSON or YAML) or a CDK synth"
                    + " output (a cdk.out folder or a *.template.json file).",
            "Pseudo parameters get local values (AWS::Region us-east-1, AWS::AccountId 123456789012,"
                    + " AWS::Partition aws); other references that cannot be resolved locally are kept as ${Name},"
                    + " with a warning.",
            "Without --out the definition is written to standard output."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the definition was written (warnings allowed)",
            "2:TEMPLATE could not be read, has no such state machine, has several and --resource was not given,"
                    + " or bad usage"
        })
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TEMPLATE", description = "A template file or a cdk.out folder.")
    private Path template;

    @Option(names = {"-r", "--resource"}, paramLabel = "LOGICAL_ID",
            description = "Which state machine, when there are several: its logical id (or CDK construct path).")
    private String resource;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write the definition.")
    private Path out;

    private final PrintWriter stdout;
    private final PrintWriter err;

    public ImportCommand(PrintWriter out, PrintWriter err) {
        this.stdout = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    @Override
    public Integer call() {
        try {
            return importDefinition();
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    private int importDefinition() {
        List<TemplateImporter.Found> found;
        try {
            found = TemplateImporter.find(template);
        } catch (IOException e) {
            return fail("cannot read " + template + ": " + TextFiles.reason(e));
        } catch (TemplateException e) {
            return fail("cannot import from " + template + ": " + e.getMessage());
        }
        if (found.isEmpty()) {
            return fail(template + " has no state machine (" + TemplateImporter.STEP_FUNCTIONS_TYPE + " or "
                    + TemplateImporter.SERVERLESS_TYPE + ")");
        }
        TemplateImporter.Found chosen;
        if (resource != null) {
            Optional<TemplateImporter.Found> named = TemplateImporter.select(found, resource);
            if (named.isEmpty()) {
                return list(found, "no single state machine in " + template + " is named " + resource + ";"
                        + " choose one of:");
            }
            chosen = named.get();
        } else if (found.size() > 1) {
            return list(found, template + " has " + found.size() + " state machines; choose one with --resource:");
        } else {
            chosen = found.get(0);
        }

        TemplateImporter.Imported imported;
        try {
            imported = TemplateImporter.importDefinition(chosen);
        } catch (IOException e) {
            return fail("cannot read the definition of " + chosen.logicalId() + ": " + TextFiles.reason(e));
        } catch (TemplateException e) {
            return fail("cannot import " + e.getMessage());
        }
        for (String warning : imported.warnings()) {
            err.println("stepwise: warning: " + warning);
        }
        long errors = new AslValidator().validate(imported.text(), imported.format()).stream()
                .filter(Diagnostic::isError).count();
        if (errors > 0) {
            err.println("stepwise: warning: the imported definition has " + errors + " error"
                    + (errors == 1 ? "" : "s") + "; see 'stepwise validate'");
        }
        if (out == null) {
            stdout.print(imported.text());
            return ExitCodes.OK;
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return fail("cannot write " + out + ": no such folder " + folder);
        }
        if (out.toAbsolutePath().normalize().equals(chosen.template().file().toAbsolutePath().normalize())) {
            return fail("the definition would overwrite the template " + out + "; name another file with --out");
        }
        try {
            AtomicFiles.write(out, imported.text());
        } catch (IOException e) {
            return fail("cannot write " + out + ": " + TextFiles.reason(e));
        }
        stdout.println("Wrote " + chosen.logicalId() + " to " + out);
        return ExitCodes.OK;
    }

    private int list(List<TemplateImporter.Found> found, String heading) {
        err.println("stepwise: " + heading);
        for (TemplateImporter.Found machine : found) {
            err.println("  " + machine.describe());
        }
        return ExitCodes.USAGE;
    }

    private int fail(String message) {
        err.println("stepwise: " + message);
        return ExitCodes.USAGE;
    }
}
