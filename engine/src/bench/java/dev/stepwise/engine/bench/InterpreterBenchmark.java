package dev.stepwise.engine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.ExecutionResult;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.json.JsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One whole execution of each shared performance workload ({@code shared/perf/workloads}, beside the repository),
 * with history recording off and on. Transitions per second = the workload's transitions / the time per execution.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InterpreterBenchmark {

    @Param({"pass-chain", "choice-loop", "map-fanout", "parallel-saga", "intrinsics-heavy"})
    public String workload;

    @Param({"false", "true"})
    public boolean history;

    private Interpreter.Program program;
    private JsonNode input;
    private ExecutionOptions options;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path folder = workloads().resolve(workload);
        program = new Interpreter().compile(AslParser.parse(folder.resolve("definition.asl.json")));
        input = JsonReader.read(folder.resolve("input.json")).root();
        options = ExecutionOptions.defaults().withHistory(history, 0);
        ExecutionResult check = program.execute(input, options);
        if (!"SUCCEEDED".equals(check.status().awsName())) {
            throw new IllegalStateException(workload + " did not succeed: " + check.error());
        }
    }

    @Benchmark
    public ExecutionResult execute() {
        return program.execute(input, options);
    }

    private static Path workloads() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("perf/workloads");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/perf/workloads not found beside " + here);
    }
}
