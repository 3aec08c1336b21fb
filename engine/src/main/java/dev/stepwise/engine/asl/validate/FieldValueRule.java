package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Each field holds the kind of value ASL says it does: strings, booleans, integers in range, arrays, objects. */
final class FieldValueRule implements Rule {

    static final String CODE = "SCHEMA_VALIDATION_FAILED";

    static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private static final List<String> STRING_FIELDS = List.of("Comment", "Next", "Default", "Resource", "Label");
    private static final List<String> PATH_FIELDS = List.of("TimeoutSecondsPath", "HeartbeatSecondsPath",
            "SecondsPath", "TimestampPath", "ErrorPath", "CausePath", "MaxConcurrencyPath", "ItemsPath",
            "ToleratedFailurePercentagePath", "ToleratedFailureCountPath");
    private static final List<String> NULLABLE_PATH_FIELDS = List.of("InputPath", "OutputPath", "ResultPath");
    private static final List<String> OBJECT_FIELDS = List.of("ResultSelector", "ItemSelector", "Assign",
            "Credentials", "ItemReader", "ItemBatcher", "ResultWriter");

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            if (!state.node().isObject()) {
                continue;
            }
            for (String field : STRING_FIELDS) {
                JsonNode value = state.field(field);
                if (value != null && !value.isTextual()) {
                    mismatch(context, state, field, "a string");
                } else if (value != null && "Resource".equals(field) && value.textValue().isBlank()) {
                    context.error(CODE, state.pointer(field), "\"Resource\" is empty; it must name the resource to call");
                }
            }
            for (String field : PATH_FIELDS) {
                JsonNode value = state.field(field);
                if (value != null && !value.isTextual()) {
                    mismatch(context, state, field, "a path string");
                }
            }
            for (String field : NULLABLE_PATH_FIELDS) {
                JsonNode value = state.field(field);
                if (value != null && !value.isTextual() && !value.isNull()) {
                    mismatch(context, state, field, "a path string or null");
                }
            }
            for (String field : OBJECT_FIELDS) {
                JsonNode value = state.field(field);
                if (value != null && !value.isObject() && !(state.isJsonata() && Nodes.isJsonata(value))) {
                    mismatch(context, state, field, "an object");
                }
            }
            JsonNode end = state.field("End");
            if (end != null && !end.isBoolean()) {
                mismatch(context, state, "End", "a boolean");
            }
            checkTypeSpecific(context, state);
            checkRetriers(context, state);
        }
    }

    private static void checkTypeSpecific(ValidationContext context, AslTree.State state) {
        switch (String.valueOf(state.type())) {
            case "Task" -> {
                BigDecimal timeout = integer(context, state, "TimeoutSeconds", 1, "a positive integer");
                BigDecimal heartbeat = integer(context, state, "HeartbeatSeconds", 1, "a positive integer");
                if (timeout != null && heartbeat != null && heartbeat.compareTo(timeout) >= 0) {
                    context.error(CODE, state.pointer("HeartbeatSeconds"), "\"HeartbeatSeconds\" (" + heartbeat
                            + ") must be less than \"TimeoutSeconds\" (" + timeout + ")");
                }
                JsonNode arguments = state.field("Arguments");
                if (arguments != null && !arguments.isObject() && !Nodes.isJsonata(arguments)) {
                    mismatch(context, state, "Arguments", "an object or a JSONata expression");
                }
            }
            case "Wait" -> {
                integer(context, state, "Seconds", 0, "a non-negative integer");
                JsonNode timestamp = state.field("Timestamp");
                if (timestamp != null && !(state.isJsonata() && Nodes.isJsonata(timestamp))
                        && !(timestamp.isTextual() && TIMESTAMP.matcher(timestamp.textValue()).matches())) {
                    context.error(CODE, state.pointer("Timestamp"), "\"Timestamp\" must be an RFC 3339 timestamp such as "
                            + "\"2024-01-31T12:00:00Z\"" + (state.isJsonata() ? " or a JSONata expression" : "")
                            + ", not " + MachineShapeRule.describe(timestamp));
                }
            }
            case "Fail" -> {
                for (String field : List.of("Error", "Cause")) {
                    JsonNode value = state.field(field);
                    if (value != null && !value.isTextual()) {
                        mismatch(context, state, field, "a string");
                    }
                }
            }
            case "Choice" -> {
                JsonNode choices = state.field("Choices");
                if (choices != null && (!choices.isArray() || choices.isEmpty())) {
                    context.error(CODE, state.pointer("Choices"), "\"Choices\" must be a non-empty array of Choice rules"
                            + (choices.isArray() ? "" : ", not " + Nodes.kind(choices)));
                }
            }
            case "Parallel" -> {
                JsonNode branches = state.field("Branches");
                if (branches != null && (!branches.isArray() || branches.isEmpty())) {
                    context.error(CODE, state.pointer("Branches"), "\"Branches\" must be a non-empty array of branches"
                            + (branches.isArray() ? "" : ", not " + Nodes.kind(branches)));
                }
            }
            case "Map" -> {
                integer(context, state, "MaxConcurrency", 0, "a non-negative integer");
                integer(context, state, "ToleratedFailureCount", 0, "a non-negative integer");
                JsonNode percentage = state.field("ToleratedFailurePercentage");
                if (percentage != null && !(state.isJsonata() && Nodes.isJsonata(percentage))
                        && !(percentage.isNumber() && Nodes.decimal(percentage).compareTo(BigDecimal.ZERO) >= 0
                                && Nodes.decimal(percentage).compareTo(BigDecimal.valueOf(100)) <= 0)) {
                    context.error(CODE, state.pointer("ToleratedFailurePercentage"),
                            "\"ToleratedFailurePercentage\" must be a number from 0 to 100, not "
                                    + MachineShapeRule.describe(percentage));
                }
                JsonNode items = state.field("Items");
                if (items != null && !items.isArray() && !Nodes.isJsonata(items)) {
                    mismatch(context, state, "Items", "an array or a JSONata expression");
                }
                for (String key : List.of("ItemProcessor", "Iterator")) {
                    JsonNode config = Nodes.field(state.field(key), "ProcessorConfig");
                    if (config != null && !config.isObject()) {
                        context.error(CODE, JsonPointers.child(state.pointer(key), "ProcessorConfig"),
                                "\"ProcessorConfig\" must be an object, not " + Nodes.kind(config));
                    }
                }
            }
            default -> {
            }
        }
    }

    private static void checkRetriers(ValidationContext context, AslTree.State state) {
        JsonNode retriers = state.field("Retry");
        if (retriers == null || !retriers.isArray()) {
            return;
        }
        for (int i = 0; i < retriers.size(); i++) {
            JsonNode retrier = retriers.get(i);
            String pointer = JsonPointers.child(state.pointer("Retry"), i);
            integerIn(context, retrier, pointer, "IntervalSeconds", 1, "a positive integer");
            integerIn(context, retrier, pointer, "MaxAttempts", 0, "a non-negative integer");
            integerIn(context, retrier, pointer, "MaxDelaySeconds", 1, "a positive integer");
            JsonNode backoff = Nodes.field(retrier, "BackoffRate");
            if (backoff != null && !(backoff.isNumber() && Nodes.decimal(backoff).compareTo(BigDecimal.ONE) >= 0)) {
                context.error(CODE, JsonPointers.child(pointer, "BackoffRate"),
                        "\"BackoffRate\" must be a number of at least 1.0, not " + MachineShapeRule.describe(backoff));
            }
            JsonNode jitter = Nodes.field(retrier, "JitterStrategy");
            if (jitter != null && !(jitter.isTextual() && List.of("FULL", "NONE").contains(jitter.textValue()))) {
                context.error(CODE, JsonPointers.child(pointer, "JitterStrategy"),
                        "\"JitterStrategy\" must be \"FULL\" or \"NONE\", not " + MachineShapeRule.describe(jitter));
            }
        }
    }

    /** Checks an integer field of a state (a JSONata expression also passes in JSONata states); returns its value. */
    private static BigDecimal integer(ValidationContext context, AslTree.State state, String field, int minimum,
            String expected) {
        JsonNode value = state.field(field);
        if (value == null || state.isJsonata() && Nodes.isJsonata(value)) {
            return null;
        }
        return integerIn(context, state.node(), state.pointer(), field, minimum,
                expected + (state.isJsonata() ? " or a JSONata expression" : ""));
    }

    private static BigDecimal integerIn(ValidationContext context, JsonNode holder, String holderPointer, String field,
            int minimum, String expected) {
        JsonNode value = Nodes.field(holder, field);
        if (value == null) {
            return null;
        }
        if (Nodes.isInteger(value) && Nodes.decimal(value).compareTo(BigDecimal.valueOf(minimum)) >= 0) {
            return Nodes.decimal(value);
        }
        context.error(CODE, JsonPointers.child(holderPointer, field), "\"" + field + "\" must be " + expected
                + ", not " + MachineShapeRule.describe(value));
        return null;
    }

    private static void mismatch(ValidationContext context, AslTree.State state, String field, String expected) {
        context.error(CODE, state.pointer(field), "\"" + field + "\" must be " + expected + ", not "
                + MachineShapeRule.describe(state.field(field)));
    }
}
