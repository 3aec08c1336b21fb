package dev.stepwise.engine.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.testsupport.ConformanceCases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever it is given, the parser either models it or says why not: it never fails in any other way. */
class AslParserPropertyTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] KEYS = {"StartAt", "States", "Type", "Next", "End", "Choices", "Branches",
        "ItemProcessor", "Iterator", "Retry", "Catch", "ErrorEquals", "Parameters", "QueryLanguage", "Variable",
        "And", "Not", "StringEquals", "Seconds", "ProcessorConfig", "Mode", "JitterStrategy", "MaxAttempts"};

    @Property(tries = 300)
    void randomTextNeverEscapesAsAnythingButAParseException(@ForAll("texts") String text) {
        try {
            AslParser.parse(text, JsonFormat.JSON);
        } catch (AslParseException expected) {
            // fine: a clear, located problem
        }
    }

    @Property(tries = 300)
    void mutatedDefinitionsNeverEscapeAsAnythingButAParseException(@ForAll("mutatedDefinitions") String text) {
        try {
            AslParser.parse(text, JsonFormat.JSON);
        } catch (AslParseException expected) {
            // fine
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("{}[]\":,0123456789.-eEtrufalsn \n\\abc").ofMaxLength(80);
        return Arbitraries.oneOf(noise, Arbitraries.longs().map(seed -> JsonPrinter.compact(randomJson(new Random(seed), 4))));
    }

    @Provide
    Arbitrary<String> mutatedDefinitions() {
        List<Path> cases = ConformanceCases.files();
        return Arbitraries.integers().between(0, cases.size() - 1)
                .flatMap(index -> Arbitraries.longs().map(seed -> mutate(cases.get(index), new Random(seed))));
    }

    private static String mutate(Path caseFile, Random random) {
        try {
            JsonNode definition = JsonReader.read(caseFile).root().get("definition");
            int mutations = 1 + random.nextInt(4);
            for (int i = 0; i < mutations; i++) {
                List<JsonNode> containers = new ArrayList<>();
                collectContainers(definition, containers);
                JsonNode target = containers.get(random.nextInt(containers.size()));
                mutateOne(target, random);
            }
            return JsonPrinter.compact(definition);
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

    private static void mutateOne(JsonNode container, Random random) {
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(3)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, randomJson(random, 2));
                default -> object.set(KEYS[random.nextInt(KEYS.length)], randomJson(random, 2));
            }
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            if (random.nextBoolean()) {
                array.remove(index);
            } else {
                array.set(index, randomJson(random, 2));
            }
        }
    }

    private static JsonNode randomJson(Random random, int depth) {
        int kind = random.nextInt(depth <= 0 ? 5 : 7);
        switch (kind) {
            case 0: return NODES.nullNode();
            case 1: return NODES.booleanNode(random.nextBoolean());
            case 2: return NODES.numberNode(random.nextInt(2000) - 1000);
            case 3: return NODES.numberNode(random.nextDouble() * 10);
            case 4: return NODES.textNode(random.nextBoolean() ? KEYS[random.nextInt(KEYS.length)] : "$.x");
            case 5: {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomJson(random, depth - 1));
                }
                return array;
            }
            default: {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(KEYS[random.nextInt(KEYS.length)], randomJson(random, depth - 1));
                }
                return object;
            }
        }
    }
}
