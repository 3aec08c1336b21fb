package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random valid JSONPath state machines of Pass, Choice, Map and Parallel states (nested up to depth 3), and random
 * inputs for them. Every machine terminates: transitions only go forward, except a counter loop that runs at most
 * three times. Data errors (a path that selects nothing, a ResultPath into a number) are allowed: they end the
 * execution with a {@code States.*} error, which is what the properties check.
 */
final class GeneratedMachines {

    /** The error name a generated Fail state raises, besides the {@code States.*} ones. */
    static final String CUSTOM_ERROR = "Gen.Failure";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 3;
    private static final String[] READ_PATHS = {"$", "$.a", "$.b", "$.b.c", "$.arr", "$.n", "$.s"};
    private static final String[] RISKY_PATHS = {"$.arr[0]", "$.arr[1].x", "$.missing", "$.arr[*]", "$..c",
        "$.b.c.d"};
    private static final String[] NUMBER_PATHS = {"$.n", "$.a", "$.b.c", "$.arr[0]", "$.missing"};
    private static final String[] RESULT_PATHS = {"$.r", "$.r", "$.b.r", "$.a", "$", "$.n.deep"};
    private static final String[] OUTPUT_PATHS = {"$", "$", "$", "$.b", "$.missing"};
    private static final String[] INPUT_PATHS = {"$", "$", "$.b", "$.missing"};
    private static final String[] KEYS = {"a", "b", "c", "n", "s", "arr", "x"};

    private final Random random;
    private int names;
    private final List<String> variables = new ArrayList<>();

    private GeneratedMachines(Random random) {
        this.random = random;
    }

    static ObjectNode machine(long seed) {
        return new GeneratedMachines(new Random(seed)).scope(0);
    }

    /** An input with the fields the generated paths read, each of a random type. */
    static JsonNode input(long seed) {
        Random random = new Random(seed);
        ObjectNode input = NODES.objectNode();
        for (String key : KEYS) {
            if (random.nextInt(8) > 0) {
                input.set(key, switch (key) {
                    case "arr" -> random.nextInt(8) > 0 ? array(random, 2) : value(random, 2);
                    case "n" -> random.nextInt(8) > 0 ? NODES.numberNode(random.nextInt(20) - 10) : value(random, 1);
                    case "b" -> random.nextInt(8) > 0 ? NODES.objectNode().set("c", value(random, 1)) : value(random, 1);
                    default -> value(random, 2);
                });
            }
        }
        return input;
    }

    private ObjectNode scope(int depth) {
        ObjectNode scope = NODES.objectNode();
        ObjectNode states = NODES.objectNode();
        int count = 1 + random.nextInt(4);
        List<String> chain = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chain.add("S" + (++names));
        }
        String startAt = chain.get(0);
        if (random.nextInt(5) == 0) {
            startAt = counterLoop(states, chain.get(0));
        }
        scope.put("StartAt", startAt);
        for (int i = 0; i < count; i++) {
            List<String> later = chain.subList(i + 1, count);
            states.set(chain.get(i), state(depth, later));
        }
        scope.set("States", states);
        return scope;
    }

    /** A nested scope: it reads the outer variables, but what it assigns is not visible after it. */
    private ObjectNode nested(int depth) {
        int visible = variables.size();
        ObjectNode scope = scope(depth + 1);
        variables.subList(visible, variables.size()).clear();
        return scope;
    }

    /** Init → Check ⇄ Inc, then {@code exit}: a loop that runs three times, counted in a variable. */
    private String counterLoop(ObjectNode states, String exit) {
        int id = ++names;
        String variable = "i" + id;
        String init = "Init" + id;
        String check = "Check" + id;
        String inc = "Inc" + id;
        ObjectNode initState = states.putObject(init);
        initState.put("Type", "Pass");
        initState.putObject("Assign").put(variable, 0);
        initState.put("Next", check);
        ObjectNode checkState = states.putObject(check);
        checkState.put("Type", "Choice");
        ObjectNode rule = checkState.putArray("Choices").addObject();
        rule.put("Variable", "$" + variable);
        rule.put("NumericLessThan", 1 + random.nextInt(3));
        rule.put("Next", inc);
        checkState.put("Default", exit);
        ObjectNode incState = states.putObject(inc);
        incState.put("Type", "Pass");
        incState.putObject("Assign").put(variable + ".$", "States.MathAdd($" + variable + ", 1)");
        incState.put("Next", check);
        variables.add(variable);
        return init;
    }

    private ObjectNode state(int depth, List<String> later) {
        int kind = random.nextInt(10);
        if (!later.isEmpty() && kind < 3) {
            return choice(later);
        }
        ObjectNode state;
        if (depth < MAX_DEPTH && kind == 3) {
            state = map(depth, later);
        } else if (depth < MAX_DEPTH && kind == 4) {
            state = parallel(depth, later);
        } else if (later.isEmpty() && kind == 5) {
            state = NODES.objectNode();
            state.put("Type", "Fail");
            state.put("Error", random.nextBoolean() ? CUSTOM_ERROR : "States.TaskFailed");
            state.put("Cause", "generated");
            return state;
        } else if (later.isEmpty() && kind == 6) {
            state = NODES.objectNode();
            state.put("Type", "Succeed");
            return state;
        } else {
            state = pass();
        }
        if (later.isEmpty()) {
            state.put("End", true);
        } else {
            state.put("Next", later.get(0));
        }
        return state;
    }

    private ObjectNode pass() {
        ObjectNode state = NODES.objectNode();
        state.put("Type", "Pass");
        commonPaths(state);
        if (random.nextInt(3) == 0) {
            state.set("Result", value(random, 2));
        } else if (random.nextInt(2) == 0) {
            state.set("Parameters", template());
        }
        if (state.has("Result") || state.has("Parameters") ? random.nextInt(5) > 0 : random.nextInt(3) == 0) {
            state.set("ResultPath", random.nextInt(6) == 0 ? NODES.nullNode()
                    : NODES.textNode(pick(RESULT_PATHS)));
        }
        if (random.nextInt(3) == 0) {
            ObjectNode assign = state.putObject("Assign");
            String variable = "v" + (++names);
            if (random.nextBoolean()) {
                assign.put(variable + ".$", readPath());
            } else {
                assign.set(variable, value(random, 1));
            }
            variables.add(variable);
        }
        return state;
    }

    private void commonPaths(ObjectNode state) {
        if (random.nextInt(5) == 0) {
            state.set("InputPath", random.nextInt(5) == 0 ? NODES.nullNode() : NODES.textNode(pick(INPUT_PATHS)));
        }
        if (random.nextInt(4) == 0) {
            state.set("OutputPath", random.nextInt(6) == 0 ? NODES.nullNode() : NODES.textNode(pick(OUTPUT_PATHS)));
        }
    }

    private ObjectNode template() {
        ObjectNode template = NODES.objectNode();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            String key = "k" + i;
            switch (random.nextInt(7)) {
                case 0 -> template.set(key, value(random, 2));
                case 1 -> template.put(key + ".$", "$$.State.Name");
                case 2 -> template.put(key + ".$", "States.Format('n={}', $.n)");
                case 3 -> template.put(key + ".$", "States.JsonToString($)");
                case 4 -> template.put(key + ".$", variables.isEmpty() ? "$" : "$" + pick(variables));
                case 5 -> template.set(key, template2());
                default -> template.put(key + ".$", readPath());
            }
        }
        return template;
    }

    private ObjectNode template2() {
        ObjectNode nested = NODES.objectNode();
        nested.put("inner.$", readPath());
        nested.put("literal", "x");
        return nested;
    }

    private ObjectNode choice(List<String> later) {
        ObjectNode state = NODES.objectNode();
        state.put("Type", "Choice");
        commonPaths(state);
        ArrayNode choices = state.putArray("Choices");
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            ObjectNode choice = rule(2);
            choice.put("Next", pick(later));
            choices.add(choice);
        }
        state.put("Default", pick(later));
        return state;
    }

    private ObjectNode rule(int depth) {
        ObjectNode rule = NODES.objectNode();
        int kind = random.nextInt(depth > 0 ? 9 : 6);
        switch (kind) {
            case 0 -> {
                rule.put("Variable", pick(NUMBER_PATHS));
                rule.put(pick(new String[] {"NumericEquals", "NumericLessThan", "NumericGreaterThanEquals"}),
                        random.nextInt(20) - 10);
            }
            case 1 -> {
                rule.put("Variable", readPath());
                rule.put(pick(new String[] {"StringEquals", "StringLessThan", "StringMatches"}),
                        pick(new String[] {"a", "x*", "", "zz"}));
            }
            case 2 -> {
                rule.put("Variable", readPath());
                rule.put(pick(new String[] {"IsPresent", "IsNull", "IsNumeric", "IsString", "IsBoolean"}),
                        random.nextBoolean());
            }
            case 3 -> {
                rule.put("Variable", pick(NUMBER_PATHS));
                rule.put("NumericEqualsPath", pick(NUMBER_PATHS));
            }
            case 4 -> {
                rule.put("Variable", readPath());
                rule.put("BooleanEquals", random.nextBoolean());
            }
            case 5 -> {
                rule.put("Variable", variables.isEmpty() ? "$.n" : "$" + pick(variables));
                rule.put("IsNumeric", true);
            }
            case 6 -> rule.set("Not", rule(depth - 1));
            default -> {
                ArrayNode operands = rule.putArray(kind == 7 ? "And" : "Or");
                for (int i = 1 + random.nextInt(2); i > 0; i--) {
                    operands.add(rule(depth - 1));
                }
            }
        }
        return rule;
    }

    private ObjectNode map(int depth, List<String> later) {
        ObjectNode state = NODES.objectNode();
        state.put("Type", "Map");
        commonPaths(state);
        if (random.nextInt(4) > 0) {
            state.put("ItemsPath", random.nextInt(4) > 0 ? "$.arr" : readPath());
        }
        if (random.nextInt(5) > 0) {
            ObjectNode selector = state.putObject("ItemSelector");
            selector.put("value.$", "$$.Map.Item.Value");
            selector.put("index.$", "$$.Map.Item.Index");
            for (String key : KEYS) {
                if (random.nextInt(4) > 0) {
                    selector.put(key + ".$", "$." + key);
                }
            }
        }
        if (random.nextInt(3) == 0) {
            state.put("MaxConcurrency", random.nextInt(3));
        }
        ObjectNode processor = nested(depth);
        processor.putObject("ProcessorConfig").put("Mode", "INLINE");
        state.set("ItemProcessor", processor);
        resultHandling(state, later);
        return state;
    }

    private ObjectNode parallel(int depth, List<String> later) {
        ObjectNode state = NODES.objectNode();
        state.put("Type", "Parallel");
        commonPaths(state);
        ArrayNode branches = state.putArray("Branches");
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            branches.add(nested(depth));
        }
        resultHandling(state, later);
        return state;
    }

    /** ResultSelector, ResultPath, and now and then a Retry and a Catch that goes to a later state. */
    private void resultHandling(ObjectNode state, List<String> later) {
        if (random.nextInt(4) == 0) {
            state.putObject("ResultSelector").put("all.$", "$");
        }
        if (random.nextInt(5) > 0) {
            state.put("ResultPath", pick(RESULT_PATHS));
        }
        if (random.nextInt(4) == 0) {
            ObjectNode retrier = state.putArray("Retry").addObject();
            retrier.putArray("ErrorEquals").add(random.nextBoolean() ? "States.ALL" : CUSTOM_ERROR);
            retrier.put("MaxAttempts", random.nextInt(3));
            retrier.put("IntervalSeconds", 1 + random.nextInt(3));
        }
        if (!later.isEmpty() && random.nextInt(3) == 0) {
            ObjectNode catcher = state.putArray("Catch").addObject();
            catcher.putArray("ErrorEquals").add(random.nextBoolean() ? "States.ALL" : CUSTOM_ERROR);
            catcher.put("ResultPath", random.nextBoolean() ? "$.error" : "$");
            catcher.put("Next", pick(later));
        }
    }

    /** Mostly a path the generated inputs have; now and then one that may select nothing. */
    private String readPath() {
        return random.nextInt(8) == 0 ? pick(RISKY_PATHS) : pick(READ_PATHS);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static JsonNode value(Random random, int depth) {
        switch (random.nextInt(depth <= 0 ? 5 : 7)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.booleanNode(random.nextBoolean());
            case 2:
                return NODES.numberNode(random.nextInt(40) - 20);
            case 3:
                return NODES.numberNode(random.nextInt(1000) / 8.0);
            case 4:
                return NODES.textNode(new String[] {"", "a", "xyz", "2026-01-01T00:00:00Z", "ü"}[random.nextInt(5)]);
            case 5:
                return array(random, depth - 1);
            default:
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(KEYS[random.nextInt(KEYS.length)], value(random, depth - 1));
                }
                return object;
        }
    }

    private static ArrayNode array(Random random, int depth) {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(5); i > 0; i--) {
            array.add(value(random, depth));
        }
        return array;
    }
}
