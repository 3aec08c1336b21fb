package dev.stepwise.engine.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.json.JsonDocument;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Whatever JSON it is given, the validator answers with well-formed diagnostics and never throws. */
class AslValidatorPropertyTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> DEFINITIONS = definitions();
    private static final List<JsonNode> ODD_VALUES = List.of(NODES.nullNode(), NODES.numberNode(-1),
            NODES.numberNode(1.5), NODES.textNode(""), NODES.textNode("$..["), NODES.textNode("{% ( %}"),
            NODES.textNode("States.Format("), NODES.textNode("States.ALL"), NODES.textNode("$$.Map.Item.Value"),
            NODES.textNode("Succeed"), NODES.textNode("Map"), NODES.booleanNode(true), NODES.arrayNode(),
            NODES.objectNode(), NODES.textNode("{%%}"), NODES.textNode("2024-01-01T00:00:00Z"));

    private final AslValidator validator = new AslValidator();

    @Property(tries = 300)
    void mutatedDefinitionsGiveWellFormedDiagnostics(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int mutations)
            throws Exception {
        Random random = new Random(seed);
        JsonNode definition = DEFINITIONS.get(random.nextInt(DEFINITIONS.size())).deepCopy();
        for (int i = 0; i < mutations; i++) {
            definition = mutate(definition, random);
        }
        assertWellFormed(JsonReader.readJson(JsonPrinter.pretty(definition)));
    }

    @Property(tries = 300)
    void randomJsonGivesWellFormedDiagnostics(@ForAll long seed) throws Exception {
        JsonNode json = randomJson(new Random(seed), 0);
        assertWellFormed(JsonReader.readJson(JsonPrinter.pretty(json)));
    }

    @Property(tries = 200)
    void arbitraryTextNeverThrows(@ForAll String text) {
        List<Diagnostic> diagnostics = validator.validate(text, dev.stepwise.engine.json.JsonFormat.JSON);

        assertThat(diagnostics).allSatisfy(diagnostic -> assertThat(diagnostic.code()).isNotBlank());
    }

    private void assertWellFormed(JsonDocument document) {
        List<Diagnostic> diagnostics = validator.validate(document);

        assertThat(diagnostics).allSatisfy(diagnostic -> {
            assertThat(diagnostic.code()).isNotBlank().isUpperCase();
            assertThat(diagnostic.code()).isNotEqualTo("VALIDATOR_FAILURE");
            assertThat(diagnostic.message()).isNotBlank();
            assertThat(diagnostic.pointer().isEmpty() || document.sourceMap().contains(diagnostic.pointer()))
                    .as("pointer %s of %s exists", diagnostic.pointer(), diagnostic.code()).isTrue();
        });
    }

    /** Deletes, replaces or retypes one node somewhere in the tree (or the whole tree). */
    private static JsonNode mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        if (containers.isEmpty() || random.nextInt(40) == 0) {
            return replacement(random);
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(3)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, replacement(random));
                default -> object.set(name, retype(object.get(name)));
            }
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            switch (random.nextInt(3)) {
                case 0 -> array.remove(index);
                case 1 -> array.set(index, replacement(random));
                default -> array.set(index, retype(array.get(index)));
            }
        }
        return root;
    }

    private static void collectContainers(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.elements().forEachRemaining(child -> collectContainers(child, containers));
        }
    }

    private static JsonNode replacement(Random random) {
        return random.nextBoolean() ? ODD_VALUES.get(random.nextInt(ODD_VALUES.size())) : randomJson(random, 2);
    }

    /** The same content in another JSON type: an object becomes an array of its values, a string a number... */
    private static JsonNode retype(JsonNode node) {
        if (node.isObject()) {
            ArrayNode array = NODES.arrayNode();
            node.elements().forEachRemaining(array::add);
            return array;
        }
        if (node.isArray()) {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < node.size(); i++) {
                object.set(String.valueOf(i), node.get(i));
            }
            return object;
        }
        if (node.isTextual()) {
            return NODES.numberNode(node.textValue().length());
        }
        return NODES.textNode(node.asText());
    }

    private static JsonNode randomJson(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 5 : 8);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(200) - 100);
            case 3 -> NODES.numberNode(random.nextDouble() * 10);
            case 4 -> NODES.textNode(List.of("Task", "Pass", "$.x", "A", "States.ALL", "{% $x %}", "arn:aws:x",
                    "End", "Next", "").get(random.nextInt(10)));
            case 5 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomJson(random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                List<String> keys = List.of("StartAt", "States", "Type", "Next", "End", "A", "B", "Choices",
                        "Branches", "ItemProcessor", "Retry", "Catch", "ErrorEquals", "Parameters", "x.$",
                        "QueryLanguage", "Variable", "And", "Not", "Resource", "ResultPath", "Seconds");
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(keys.get(random.nextInt(keys.size())), randomJson(random, depth + 1));
                }
                yield object;
            }
        };
    }

    private static List<JsonNode> definitions() {
        List<JsonNode> definitions = new ArrayList<>();
        Path cases = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("conformance/asl/cases");
        if (Files.isDirectory(cases)) {
            try (Stream<Path> files = Files.list(cases)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode definition = JsonReader.read(file).root().get("definition");
                    if (definition != null) {
                        definitions.add(definition);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the conformance cases", e);
            }
        }
        if (definitions.isEmpty()) {
            try {
                definitions.add(JsonReader.readJson("""
                        {"StartAt": "C", "States": {
                          "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "M"}],
                                "Default": "F"},
                          "M": {"Type": "Map", "ItemsPath": "$.items", "Next": "P",
                                "ItemProcessor": {"StartAt": "T", "States": {"T": {"Type": "Task",
                                  "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                                  "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}]}}}},
                          "P": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "W", "States": {
                                "W": {"Type": "Wait", "Seconds": 1, "End": true}}}]},
                          "F": {"Type": "Fail", "Error": "E"}}}
                        """).root());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return definitions;
    }
}
