package dev.stepwise.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.ExecutionResult;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.StepListener;
import dev.stepwise.engine.interp.history.History;
import dev.stepwise.engine.interp.invoke.LambdaHttpRoute;
import dev.stepwise.engine.interp.invoke.NestedExecutionRoute;
import dev.stepwise.engine.interp.spi.LocalFolderObjectStore;
import dev.stepwise.engine.interp.spi.RealClock;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.interp.spi.VirtualClock;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.testing.MockConfig;
import dev.stepwise.engine.testing.MockConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code stepwise run DEFINITION [options]}: runs one execution locally and prints its result as one JSON line;
 * {@code stepwise run --batch} runs many, one per line of standard input.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = StepwiseVersion.class,
        sortOptions = false,
        descriptionHeading = "%n",
        description = {
            "Run a state machine locally and print the result as one JSON line:",
            "  {\"status\", \"output\", \"error\", \"cause\", \"transitions\"}",
            "Waits take no time: the clock is virtual unless --real-time is given.",
            "Task states need mocked responses (--mocks FILE --test-case NAME).",
            "",
            "With --batch, read cases from standard input, one JSON object per line:",
            "  {\"name\", \"definition\", \"input\", \"mocks\"?, \"testCase\"?, \"stateMachine\"?}",
            "and write one result line per case:",
            "  {\"name\", \"status\", \"output\", \"error\", \"cause\", \"transitions\"}",
            "A case that cannot run has status ERROR, with the reason as its cause;",
            "so has a case that takes longer than 30 s."
        },
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the execution SUCCEEDED (--batch: every case ran, whatever its status)",
            "1:the execution FAILED, TIMED_OUT or was ABORTED (--batch: some case had status ERROR)",
            "2:bad usage, or the definition, input or mock file could not be read or is invalid"
        })
public final class RunCommand implements Callable<Integer> {

    /** AWS's two workflow types; they differ here in the history limit. */
    public enum WorkflowType {
        /** At most 25,000 history events. */
        STANDARD,
        /** No history limit. */
        EXPRESS
    }

    /** How long one batch case may take. */
    static final Duration BATCH_CASE_GUARD = Duration.ofSeconds(30);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> DEFINITION_SUFFIXES =
            List.of(".asl.json", ".asl.yaml", ".asl.yml", ".json", ".yaml", ".yml");

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DEFINITION",
            description = "The state machine definition (.asl.json, .asl.yaml, .json, .yaml).")
    private Path definition;

    @Option(names = "--input", paramLabel = "VALUE",
            description = "The execution input: inline JSON, or a JSON file (PATH, @PATH or file://PATH). Default: {}.")
    private String input;

    @Option(names = "--mocks", paramLabel = "FILE",
            description = "A mock file in Step Functions Local's MockConfigFile format; needs --test-case.")
    private Path mocks;

    @Option(names = "--test-case", paramLabel = "NAME", description = "The mock file's test case to use.")
    private String testCase;

    @Option(names = "--lambda", paramLabel = "NAME=URL",
            description = "Run Lambda function NAME on a local endpoint served the way the Lambda Runtime Interface"
                    + " Emulator serves it (e.g. my-fn=http://127.0.0.1:9000). Repeatable.")
    private Map<String, URI> lambdas = new LinkedHashMap<>();

    @Option(names = "--machines", paramLabel = "DIR",
            description = "State machines that states:startExecution tasks may start, by file name (without"
                    + " .asl.json); .sync and .sync:2 wait for them.")
    private Path machines;

    @Option(names = "--objects", paramLabel = "DIR",
            description = "A folder standing in for S3 (DIR/bucket/key), for Distributed Map's ItemReader and"
                    + " ResultWriter.")
    private Path objects;

    @Option(names = "--state-machine", paramLabel = "NAME",
            description = "The state machine's name, for the mock file and the context object"
                    + " (default: the definition's file name without its extension).")
    private String stateMachine;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "STANDARD",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). STANDARD fails an execution"
                    + " past 25,000 history events; EXPRESS has no limit.")
    private WorkflowType type = WorkflowType.STANDARD;

    @Option(names = "--history", description = "Add \"history\": the events, shaped like AWS's GetExecutionHistory.")
    private boolean history;

    @Option(names = "--trace",
            description = "Before the result, print one JSON line per state step, with the field names of"
                    + " AWS's TestState inspection data.")
    private boolean trace;

    @Option(names = "--real-time", description = "Let waits and retry intervals really wait.")
    private boolean realTime;

    @Option(names = "--skip-waits", description = "Waits take no time: a virtual clock (the default).")
    private boolean skipWaits;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Run the execution N times in this process and print the last result (default: 1).")
    private int repeat = 1;

    @Option(names = "--stats", paramLabel = "FILE",
            description = "Write {\"transitions\", \"executions\", \"runMs\"} to FILE: runMs has each run's"
                    + " execution time in milliseconds, start-up and parsing excluded.")
    private Path stats;

    @Option(names = "--batch", description = "Run the cases on standard input (JSON Lines) instead of DEFINITION.")
    private boolean batch;

    private final InputStream in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Definitions definitions;
    private final Duration batchCaseGuard;

    public RunCommand(InputStream in, PrintWriter out, PrintWriter err) {
        this(in, out, err, BATCH_CASE_GUARD);
    }

    RunCommand(InputStream in, PrintWriter out, PrintWriter err, Duration batchCaseGuard) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.definitions = new Definitions(new AslValidator(), new Interpreter());
        this.batchCaseGuard = Objects.requireNonNull(batchCaseGuard, "batchCaseGuard");
    }

    @Override
    public Integer call() throws IOException {
        checkUsage();
        try {
            return batch ? runBatch() : runOne();
        } finally {
            out.flush();
            err.flush();
        }
    }

    private void checkUsage() {
        if (realTime && skipWaits) {
            throw usage("--real-time and --skip-waits exclude each other");
        }
        if (batch) {
            if (definition != null) {
                throw usage("--batch reads its cases from standard input; give no DEFINITION");
            }
            List<String> single = new ArrayList<>();
            addIf(single, input != null, "--input");
            addIf(single, mocks != null, "--mocks");
            addIf(single, testCase != null, "--test-case");
            addIf(single, stateMachine != null, "--state-machine");
            addIf(single, history, "--history");
            addIf(single, trace, "--trace");
            addIf(single, repeat != 1, "--repeat");
            addIf(single, stats != null, "--stats");
            if (!single.isEmpty()) {
                throw usage(String.join(", ", single)
                        + " cannot be used with --batch (each case line carries its own)");
            }
            return;
        }
        if (definition == null) {
            throw usage("Missing required parameter: 'DEFINITION' (or --batch)");
        }
        if ((mocks == null) != (testCase == null)) {
            throw usage("--mocks and --test-case go together");
        }
        if (repeat < 1) {
            throw usage("--repeat must be at least 1, not " + repeat);
        }
    }

    private static void addIf(List<String> names, boolean given, String name) {
        if (given) {
            names.add(name);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private int runBatch() throws IOException {
        BatchRunner runner = new BatchRunner(definitions, () -> baseOptions(false, null), batchCaseGuard);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int errors = runner.run(lines, out);
        return errors == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    private int runOne() {
        String name = definition.toString();
        Interpreter.Program program;
        JsonNode executionInput;
        TaskInvokers invokers;
        try {
            program = compile(name);
            executionInput = input == null ? NODES.objectNode() : InputArgument.resolve(input);
            invokers = invokers();
        } catch (NotRunnableException e) {
            return ExitCodes.USAGE;
        } catch (InputArgument.UnusableInputException e) {
            err.println("stepwise: " + e.getMessage());
            return ExitCodes.USAGE;
        }

        List<BigDecimal> runMs = new ArrayList<>(repeat);
        ExecutionResult result = null;
        for (int run = 1; run <= repeat; run++) {
            // Only the last run is printed, so only the last one traces.
            StepListener listener = trace && run == repeat
                    ? step -> out.println(JsonPrinter.compact(RunJson.trace(step)))
                    : null;
            ExecutionOptions options = baseOptions(history, listener).withInvokers(invokers);
            options = options.withNames(options.executionName(), stateMachineName());
            long started = System.nanoTime();
            result = program.execute(executionInput, options);
            runMs.add(BigDecimal.valueOf(System.nanoTime() - started, 6).setScale(3, RoundingMode.HALF_UP));
        }

        ObjectNode json = RunJson.result(result);
        if (history) {
            json.set("history", History.toAwsJson(result.history()));
        }
        out.println(JsonPrinter.compact(json));
        out.flush();
        if (stats != null && !writeStats(result.transitions(), runMs)) {
            return ExitCodes.USAGE;
        }
        return "SUCCEEDED".equals(result.status().awsName()) ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    /** Reads, validates and compiles the definition, or reports why it cannot run. */
    private Interpreter.Program compile(String name) throws NotRunnableException {
        String text;
        try {
            text = TextFiles.read(definition);
        } catch (IOException e) {
            err.println("stepwise: cannot read " + name + ": " + TextFiles.reason(e));
            throw new NotRunnableException();
        }
        try {
            return definitions.compile(text, JsonFormat.ofFile(definition));
        } catch (Definitions.InvalidDefinitionException e) {
            for (Diagnostic diagnostic : e.diagnostics()) {
                err.println(ValidateCommand.textLine(name, diagnostic));
            }
            int count = e.diagnostics().size();
            err.println("stepwise: not run: " + count + (count == 1 ? " error" : " errors") + " in " + name);
            throw new NotRunnableException();
        }
    }

    /** Mocks first, then local Lambda functions, then nested state machines: the first that can run a task does. */
    private TaskInvokers invokers() throws NotRunnableException {
        List<TaskInvokers.Route> routes = new ArrayList<>();
        if (mocks != null) {
            routes.add(mockRoute());
        }
        if (!lambdas.isEmpty()) {
            routes.add(new LambdaHttpRoute(lambdas));
        }
        TaskInvokers[] all = new TaskInvokers[1];
        if (machines != null) {
            // Nested executions run with the same routes, so their own tasks and children work the same way.
            routes.add(new NestedExecutionRoute(nestedMachines(), baseOptions(false, null),
                    child -> child.withInvokers(all[0])));
        }
        all[0] = routes.isEmpty() ? TaskInvokers.NONE : new TaskInvokers(routes);
        return all[0];
    }

    private TaskInvokers.Route mockRoute() throws NotRunnableException {
        try {
            return MockConfig.read(mocks).route(stateMachineName(), testCase);
        } catch (IOException e) {
            err.println("stepwise: cannot read " + mocks + ": " + TextFiles.reason(e));
        } catch (MockConfigException e) {
            err.println("stepwise: " + mocks + ": " + e.getMessage());
        }
        throw new NotRunnableException();
    }

    private Map<String, Interpreter.Program> nestedMachines() throws NotRunnableException {
        Map<String, Interpreter.Program> programs = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(machines)) {
            files = listing.filter(Files::isRegularFile).filter(file -> machineName(file) != null).sorted().toList();
        } catch (IOException e) {
            err.println("stepwise: cannot read " + machines + ": " + TextFiles.reason(e));
            throw new NotRunnableException();
        }
        for (Path file : files) {
            Path saved = definition;
            definition = file;
            try {
                programs.put(machineName(file), compile(file.toString()));
            } finally {
                definition = saved;
            }
        }
        return programs;
    }

    /** A definition file's state machine name: the file name without its extension; null for other files. */
    private static String machineName(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : DEFINITION_SUFFIXES) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    /** {@code --state-machine}, else the definition's file name without its extension. */
    String stateMachineName() {
        if (stateMachine != null) {
            return stateMachine;
        }
        String name = machineName(definition);
        return name != null ? name : definition.getFileName().toString();
    }

    /**
     * A fresh clock per execution (virtual time starts now, to the millisecond as AWS's timestamps are); history kept
     * only when asked for, limited by the workflow type.
     */
    private ExecutionOptions baseOptions(boolean recordHistory, StepListener listener) {
        ExecutionOptions options = ExecutionOptions.defaults()
                .withClock(realTime ? new RealClock(Clock.systemUTC())
                        : new VirtualClock(Instant.now().truncatedTo(ChronoUnit.MILLIS)))
                .withHistory(recordHistory, type == WorkflowType.STANDARD ? History.STANDARD_LIMIT : 0)
                .withObjectStore(objects == null ? null : new LocalFolderObjectStore(objects));
        return listener == null ? options : options.withListener(listener);
    }

    private boolean writeStats(long transitions, List<BigDecimal> runMs) {
        ObjectNode json = NODES.objectNode();
        json.put("transitions", transitions);
        json.put("executions", runMs.size());
        ArrayNode times = json.putArray("runMs");
        runMs.forEach(times::add);
        try {
            Files.writeString(stats, JsonPrinter.compact(json) + "\n", StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println("stepwise: cannot write " + stats + ": " + TextFiles.reason(e));
            return false;
        }
    }

    /** The definition, input or mocks cannot be used; the reason has been printed. */
    private static final class NotRunnableException extends Exception {
        NotRunnableException() {
            super(null, null, false, false);
        }
    }
}
