package dev.stepwise.designer.debug;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.debug.DebugSession;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.interp.spi.VirtualClock;
import dev.stepwise.engine.testing.MockConfig;
import dev.stepwise.engine.testing.MockConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * A state machine from the designer, ready to debug, with what its file's neighbours offer: an input
 * ({@code name.input.json}) and mocks ({@code name.mocks.json}, Step Functions Local's MockConfigFile, whose state
 * machine is named like the file), as the templates come.
 *
 * @param mocks   the mock file's test cases, when there is one
 * @param problem why the mock file could not be read, or null
 */
public record DebugTarget(StateMachine machine, String name, String input, MockConfig mocks, String problem) {

    /** Fixed, so that every run of a session draws the same jitter and ids and step back lands where it was. */
    private static final long SEED = 7;

    /** The target for a definition, and for the file it is in when it has one. */
    public static DebugTarget of(StateMachine machine, Optional<Path> file) {
        String name = file.map(DebugTarget::baseName).orElse("StateMachine");
        String input = "{}";
        MockConfig mocks = null;
        String problem = null;
        if (file.isPresent()) {
            Path folder = file.get().toAbsolutePath().getParent();
            try {
                Path inputFile = folder.resolve(name + ".input.json");
                if (Files.isRegularFile(inputFile)) {
                    input = Files.readString(inputFile);
                }
                Path mockFile = folder.resolve(name + ".mocks.json");
                if (Files.isRegularFile(mockFile)) {
                    mocks = MockConfig.read(mockFile);
                }
            } catch (IOException | MockConfigException e) {
                problem = e.getMessage();
            }
        }
        return new DebugTarget(machine, name, input, mocks, problem);
    }

    /** {@code order} for {@code order.asl.json}, {@code order.asl.yaml} or {@code order.json}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        for (String suffix : List.of(".asl.json", ".asl.yaml", ".asl.yml", ".json", ".yaml", ".yml")) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** The test cases the mock file has for this state machine (empty without one). */
    public List<String> testCases() {
        return mocks == null ? List.of() : mocks.testCases(mockedName());
    }

    /** The mock file's state machine: the one named like the file, or its only one. */
    private String mockedName() {
        List<String> machines = mocks.stateMachines();
        return machines.contains(name) || machines.size() != 1 ? name : machines.get(0);
    }

    /**
     * A session that runs the machine on {@code input}, its tasks answered by the test case's mocks (none: a task
     * fails and says how to mock it), on a virtual clock from now.
     *
     * @throws MockConfigException when the test case is not in the mock file
     */
    public DebugSession session(JsonNode input, String testCase) throws MockConfigException {
        Interpreter.Program program = new Interpreter().compile(machine);
        TaskInvokers invokers = testCase == null ? TaskInvokers.NONE
                : new TaskInvokers(List.of(mocks.route(mockedName(), testCase)));
        Instant started = Instant.now();
        String executionName = "debug-" + UUID.randomUUID();
        return new DebugSession(program, input, () -> {
            Random random = new Random(SEED);
            return ExecutionOptions.defaults()
                    .withNames(executionName, name)
                    .withClock(new VirtualClock(started))
                    .withRandom(random, () -> new UUID(random.nextLong(), random.nextLong()))
                    .withInvokers(invokers);
        });
    }
}
