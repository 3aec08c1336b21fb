package dev.stepwise.engine.asl.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which fields each state type accepts, per query language (from the ASL specification and AWS's schemas). */
final class StateFields {

    static final List<String> TYPES = List.of("Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");

    /** Fields that exist only in JSONPath states. */
    static final Set<String> JSONPATH_ONLY = Set.of("InputPath", "OutputPath", "ResultPath", "Parameters",
            "ResultSelector", "ItemsPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath", "TimestampPath",
            "ErrorPath", "CausePath", "MaxConcurrencyPath", "ToleratedFailurePercentagePath",
            "ToleratedFailureCountPath", "Result");

    /** Fields that exist only in JSONata states. */
    static final Set<String> JSONATA_ONLY = Set.of("Arguments", "Output", "Items", "Condition");

    private static final Set<String> COMMON = Set.of("Type", "Comment", "QueryLanguage");

    private static final Map<String, Set<String>> BY_TYPE = Map.of(
            "Pass", Set.of("Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "Result", "Assign",
                    "Output"),
            "Task", Set.of("Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector",
                    "Resource", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath",
                    "Retry", "Catch", "Credentials", "Assign", "Arguments", "Output"),
            "Choice", Set.of("InputPath", "OutputPath", "Choices", "Default", "Assign", "Output"),
            "Wait", Set.of("Next", "End", "InputPath", "OutputPath", "Seconds", "SecondsPath", "Timestamp",
                    "TimestampPath", "Assign", "Output"),
            "Succeed", Set.of("InputPath", "OutputPath", "Output"),
            "Fail", Set.of("Error", "ErrorPath", "Cause", "CausePath"),
            "Parallel", Set.of("Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector",
                    "Branches", "Retry", "Catch", "Assign", "Arguments", "Output"),
            "Map", Set.of("Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector",
                    "ItemsPath", "ItemSelector", "ItemProcessor", "Iterator", "ItemReader", "ItemBatcher",
                    "ResultWriter", "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailurePercentage",
                    "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath", "Label",
                    "Retry", "Catch", "Assign", "Items", "Output"));

    private StateFields() {
    }

    /** Whether the field exists at all for this state type (in some query language). */
    static boolean knownFor(String type, String field) {
        return COMMON.contains(field) || BY_TYPE.getOrDefault(type, Set.of()).contains(field);
    }

    /** Every field a state of this type accepts in the given query language. */
    static Set<String> allowed(String type, boolean jsonata) {
        Set<String> allowed = new HashSet<>(COMMON);
        for (String field : BY_TYPE.getOrDefault(type, Set.of())) {
            if (jsonata ? !JSONPATH_ONLY.contains(field) : !JSONATA_ONLY.contains(field)) {
                allowed.add(field);
            }
        }
        return allowed;
    }
}
