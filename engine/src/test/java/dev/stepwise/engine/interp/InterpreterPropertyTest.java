package dev.stepwise.engine.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.parse.AslParseException;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.interp.history.HistoryEvent;
import dev.stepwise.engine.interp.history.HistoryEventType;
import dev.stepwise.engine.interp.spi.VirtualClock;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.testsupport.ConformanceCases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the interpreter over random valid machines ({@link GeneratedMachines}) and over mutated conformance
 * definitions: it never throws, its history is well formed, recording history changes nothing, and runs repeat.
 */
class InterpreterPropertyTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A generated machine, its input, and the seed of the execution's randomness. */
    record Case(long machineSeed, long inputSeed, long runSeed) {
        JsonNode definition() {
            return GeneratedMachines.machine(machineSeed);
        }

        JsonNode input() {
            return GeneratedMachines.input(inputSeed);
        }

        @Override
        public String toString() {
            return "machine " + JsonPrinter.compact(definition()) + "\ninput " + JsonPrinter.compact(input());
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.longs().flatMap(machine -> Arbitraries.longs().flatMap(input -> Arbitraries.longs()
                .map(run -> new Case(machine, input, run))));
    }

    static ExecutionOptions options(long seed) {
        Random uuidRandom = new Random(seed ^ 0x5DEECE66DL);
        Supplier<UUID> uuids = () -> new UUID(uuidRandom.nextLong(), uuidRandom.nextLong());
        return ExecutionOptions.defaults().withNames("exec", "Generated").withClock(new VirtualClock(START))
                .withRandom(new Random(seed), uuids);
    }

    static Interpreter.Program compile(JsonNode definition) throws AslParseException {
        return new Interpreter().compile(AslParser.parse(definition));
    }

    @Property(tries = 400)
    void executionEndsWithAStatesErrorOrSucceeds(@ForAll("cases") Case testCase) throws Exception {
        ExecutionResult result = compile(testCase.definition()).execute(testCase.input(), options(testCase.runSeed()));

        String status = result.status().awsName();
        Statistics.label("status").collect(status, result.error() == null ? "" : result.error().error());
        Statistics.label("transitions").collect(result.transitions() < 5 ? "<5" : result.transitions() < 20 ? "<20" : "20+");
        assertThat(status).isIn("SUCCEEDED", "FAILED");
        if (status.equals("FAILED")) {
            assertThat(result.error().error()).matches(name -> name.startsWith("States.")
                    || name.equals(GeneratedMachines.CUSTOM_ERROR), "a States.* or generated error name");
        }
    }

    @Property(tries = 400)
    void historyIdsAreDenseAndLinkBackwards(@ForAll("cases") Case testCase) throws Exception {
        ExecutionResult result = compile(testCase.definition()).execute(testCase.input(), options(testCase.runSeed()));

        assertWellFormed(result.history());
        HistoryEventType last = result.history().get(result.history().size() - 1).type();
        assertThat(last).isIn(HistoryEventType.ExecutionSucceeded, HistoryEventType.ExecutionFailed);
    }

    @Property(tries = 300)
    void recordingHistoryDoesNotChangeTheResult(@ForAll("cases") Case testCase) throws Exception {
        Interpreter.Program program = compile(testCase.definition());

        ExecutionResult on = program.execute(testCase.input(), options(testCase.runSeed()));
        ExecutionResult off = program.execute(testCase.input(), options(testCase.runSeed()).withHistory(false, 0));

        assertEquals(on.status(), off.status());
        assertEquals(on.transitions(), off.transitions());
        assertEquals(on.stopTime(), off.stopTime());
        assertThat(off.history()).isEmpty();
    }

    @Property(tries = 300)
    void theSameProgramRunsTheSameWayTwice(@ForAll("cases") Case testCase) throws Exception {
        Interpreter.Program program = compile(testCase.definition());

        ExecutionResult first = program.execute(testCase.input(), options(testCase.runSeed()));
        ExecutionResult second = program.execute(testCase.input(), options(testCase.runSeed()));

        assertEquals(first, second);
    }

    @Property(tries = 400)
    void mutatedConformanceDefinitionsNeverThrow(@ForAll("mutatedCases") Mutated mutated) {
        Interpreter.Program program;
        try {
            program = compile(mutated.definition());
        } catch (AslParseException | IllegalArgumentException rejected) {
            return;
        }
        ExecutionResult result = program.execute(mutated.input(), options(mutated.seed()));

        assertWellFormed(result.history());
        assertThat(result.status().awsName()).isIn("SUCCEEDED", "FAILED", "TIMED_OUT");
    }

    static void assertWellFormed(List<HistoryEvent> history) {
        assertThat(history).isNotEmpty();
        assertEquals(HistoryEventType.ExecutionStarted, history.get(0).type());
        for (int i = 0; i < history.size(); i++) {
            HistoryEvent event = history.get(i);
            assertEquals(i + 1, event.id(), "ids are dense");
            assertThat(event.previousEventId()).isGreaterThanOrEqualTo(0).isLessThan(event.id());
        }
        assertThat(history.get(history.size() - 1).type()).isIn(HistoryEventType.ExecutionSucceeded,
                HistoryEventType.ExecutionFailed, HistoryEventType.ExecutionTimedOut);
    }

    /** A conformance definition with a few nodes deleted or replaced. */
    record Mutated(String caseName, JsonNode definition, JsonNode input, long seed) {
        @Override
        public String toString() {
            return caseName + "\n" + JsonPrinter.compact(definition) + "\ninput " + JsonPrinter.compact(input);
        }
    }

    @Provide
    Arbitrary<Mutated> mutatedCases() {
        List<Path> cases = ConformanceCases.files();
        return Arbitraries.integers().between(0, cases.size() - 1)
                .flatMap(index -> Arbitraries.longs().map(seed -> mutate(cases.get(index), seed)));
    }

    private static Mutated mutate(Path caseFile, long seed) {
        Random random = new Random(seed);
        try {
            JsonNode testCase = JsonReader.read(caseFile).root();
            JsonNode definition = testCase.get("definition").deepCopy();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                List<JsonNode> containers = new ArrayList<>();
                collectContainers(definition, containers);
                mutateOne(containers.get(random.nextInt(containers.size())), random);
            }
            JsonNode input = testCase.has("input") ? testCase.get("input") : NODES.objectNode();
            return new Mutated(testCase.get("name").textValue(), definition, input, seed);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectContainers(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collectContainers(child, into));
        }
    }

    private static final String[] REPLACEMENTS = {"$", "$.x", "$$.Map.Item.Value", "States.ALL", "Next", "{% $x %}",
        "{% $states.input %}", "States.Format('{}', $)", "$.missing"};

    private static void mutateOne(JsonNode container, Random random) {
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (random.nextBoolean()) {
                object.remove(name);
            } else {
                object.set(name, replacement(random));
            }
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            if (random.nextBoolean()) {
                array.remove(index);
            } else {
                array.set(index, replacement(random));
            }
        }
    }

    private static JsonNode replacement(Random random) {
        switch (random.nextInt(6)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.booleanNode(random.nextBoolean());
            case 2:
                return NODES.numberNode(random.nextInt(200) - 100);
            case 3:
                return NODES.arrayNode().add(REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
            case 4:
                return NODES.objectNode();
            default:
                return NODES.textNode(REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
        }
    }
}
