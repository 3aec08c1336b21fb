package dev.stepwise.engine.asl.model;

/** ASL field names, in one place (like Nimbus' JWTClaimNames). */
public final class AslNames {

    public static final String COMMENT = "Comment";
    public static final String START_AT = "StartAt";
    public static final String STATES = "States";
    public static final String VERSION = "Version";
    public static final String TIMEOUT_SECONDS = "TimeoutSeconds";
    public static final String TIMEOUT_SECONDS_PATH = "TimeoutSecondsPath";
    public static final String HEARTBEAT_SECONDS = "HeartbeatSeconds";
    public static final String HEARTBEAT_SECONDS_PATH = "HeartbeatSecondsPath";
    public static final String QUERY_LANGUAGE = "QueryLanguage";
    public static final String TYPE = "Type";
    public static final String NEXT = "Next";
    public static final String END = "End";
    public static final String INPUT_PATH = "InputPath";
    public static final String OUTPUT_PATH = "OutputPath";
    public static final String RESULT_PATH = "ResultPath";
    public static final String PARAMETERS = "Parameters";
    public static final String RESULT_SELECTOR = "ResultSelector";
    public static final String RESULT = "Result";
    public static final String ARGUMENTS = "Arguments";
    public static final String OUTPUT = "Output";
    public static final String ASSIGN = "Assign";
    public static final String RESOURCE = "Resource";
    public static final String CREDENTIALS = "Credentials";
    public static final String RETRY = "Retry";
    public static final String CATCH = "Catch";
    public static final String ERROR_EQUALS = "ErrorEquals";
    public static final String INTERVAL_SECONDS = "IntervalSeconds";
    public static final String MAX_ATTEMPTS = "MaxAttempts";
    public static final String BACKOFF_RATE = "BackoffRate";
    public static final String MAX_DELAY_SECONDS = "MaxDelaySeconds";
    public static final String JITTER_STRATEGY = "JitterStrategy";
    public static final String CHOICES = "Choices";
    public static final String DEFAULT = "Default";
    public static final String VARIABLE = "Variable";
    public static final String AND = "And";
    public static final String OR = "Or";
    public static final String NOT = "Not";
    public static final String CONDITION = "Condition";
    public static final String SECONDS = "Seconds";
    public static final String SECONDS_PATH = "SecondsPath";
    public static final String TIMESTAMP = "Timestamp";
    public static final String TIMESTAMP_PATH = "TimestampPath";
    public static final String ERROR = "Error";
    public static final String ERROR_PATH = "ErrorPath";
    public static final String CAUSE = "Cause";
    public static final String CAUSE_PATH = "CausePath";
    public static final String BRANCHES = "Branches";
    public static final String ITEM_PROCESSOR = "ItemProcessor";
    public static final String ITERATOR = "Iterator";
    public static final String PROCESSOR_CONFIG = "ProcessorConfig";
    public static final String MODE = "Mode";
    public static final String EXECUTION_TYPE = "ExecutionType";
    public static final String ITEMS_PATH = "ItemsPath";
    public static final String ITEMS = "Items";
    public static final String ITEM_SELECTOR = "ItemSelector";
    public static final String ITEM_READER = "ItemReader";
    public static final String ITEM_BATCHER = "ItemBatcher";
    public static final String RESULT_WRITER = "ResultWriter";
    public static final String MAX_CONCURRENCY = "MaxConcurrency";
    public static final String MAX_CONCURRENCY_PATH = "MaxConcurrencyPath";
    public static final String TOLERATED_FAILURE_COUNT = "ToleratedFailureCount";
    public static final String TOLERATED_FAILURE_COUNT_PATH = "ToleratedFailureCountPath";
    public static final String TOLERATED_FAILURE_PERCENTAGE = "ToleratedFailurePercentage";
    public static final String TOLERATED_FAILURE_PERCENTAGE_PATH = "ToleratedFailurePercentagePath";
    public static final String LABEL = "Label";

    private AslNames() {
    }
}
