package dev.stepwise.designer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.json.JsonPrinter;

/**
 * A large, realistic state machine for the designer benchmarks: blocks of ten states (a Lambda task with Retry and
 * Catch, a two-rule Choice, a DynamoDB put, a Wait, a recovery path with SNS, a Parameters Pass and an SQS send), so
 * the canvas draws every node look and every edge kind: Next, Choice rules, Default and Catch.
 */
final class GeneratedMachine {

    static final int BLOCK = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedMachine() {
    }

    /** The definition as pretty-printed JSON; {@code states} is rounded up to a multiple of ten. */
    static String json(int states) {
        return json(states, false);
    }

    /**
     * The definition as pretty-printed JSON. {@code nested}: each block of ten is the item processor of a Map of its
     * own ({@code Items_7}), the Maps chained at the top level, so the canvas shows a container per block.
     */
    static String json(int states, boolean nested) {
        int blocks = Math.max(1, (states + BLOCK - 1) / BLOCK);
        ObjectNode root = JSON.createObjectNode();
        root.put("Comment", "Generated: " + blocks * BLOCK + " states for the designer benchmarks"
                + (nested ? ", in " + blocks + " Maps" : ""));
        root.put("StartAt", name(nested ? "Items" : "Invoke", 0));
        ObjectNode all = root.putObject("States");
        for (int i = 0; i < blocks; i++) {
            if (nested) {
                ObjectNode map = all.putObject(name("Items", i));
                map.put("Type", "Map");
                map.put("ItemsPath", "$.items");
                ObjectNode processor = map.putObject("ItemProcessor");
                processor.put("StartAt", name("Invoke", i));
                addBlock(processor.putObject("States"), i, null);
                end(map, i + 1 < blocks ? name("Items", i + 1) : null);
            } else {
                addBlock(all, i, i + 1 < blocks ? name("Invoke", i + 1) : null);
            }
        }
        return JsonPrinter.pretty(root);
    }

    /** The name of a state of block {@code i}, e.g. {@code Join_7}. */
    static String name(String role, int block) {
        return role + "_" + block;
    }

    private static void addBlock(ObjectNode all, int i, String next) {
        ObjectNode invoke = task(all, name("Invoke", i), "arn:aws:states:::lambda:invoke", name("Check", i));
        invoke.putObject("Parameters").put("FunctionName", "process-" + i);
        invoke.putArray("Retry").addObject().put("MaxAttempts", 2)
                .putArray("ErrorEquals").add("States.TaskFailed");
        ObjectNode catcher = invoke.putArray("Catch").addObject();
        catcher.putArray("ErrorEquals").add("States.ALL");
        catcher.put("Next", name("Recover", i));

        ObjectNode check = all.putObject(name("Check", i));
        check.put("Type", "Choice");
        ArrayNode rules = check.putArray("Choices");
        rules.addObject().put("Variable", "$.amount").put("NumericGreaterThan", i).put("Next", name("Route", i));
        rules.addObject().put("Variable", "$.tier").put("StringEquals", "premium").put("Next", name("Premium", i));
        check.put("Default", name("Hold", i));

        pass(all, name("Route", i), name("Join", i));
        task(all, name("Premium", i), "arn:aws:states:::dynamodb:putItem", name("Join", i))
                .putObject("Parameters").put("TableName", "orders");
        all.putObject(name("Hold", i)).put("Type", "Wait").put("Seconds", 1).put("Next", name("Join", i));
        pass(all, name("Recover", i), name("Notify", i));
        task(all, name("Notify", i), "arn:aws:states:::sns:publish", name("Join", i))
                .putObject("Parameters").put("TopicArn", "arn:aws:sns:us-east-1:000000000000:alerts");
        pass(all, name("Join", i), name("Shape", i));
        pass(all, name("Shape", i), name("Send", i)).putObject("Parameters").put("block", i).put("id.$", "$.id");
        ObjectNode send = task(all, name("Send", i), "arn:aws:states:::sqs:sendMessage", next);
        send.putObject("Parameters").put("QueueUrl", "https://sqs.us-east-1.amazonaws.com/000000000000/out");
    }

    private static ObjectNode task(ObjectNode all, String name, String resource, String next) {
        ObjectNode state = all.putObject(name);
        state.put("Type", "Task");
        state.put("Resource", resource);
        return end(state, next);
    }

    private static ObjectNode pass(ObjectNode all, String name, String next) {
        ObjectNode state = all.putObject(name);
        state.put("Type", "Pass");
        return end(state, next);
    }

    private static ObjectNode end(ObjectNode state, String next) {
        if (next == null) {
            state.put("End", true);
        } else {
            state.put("Next", next);
        }
        return state;
    }
}
