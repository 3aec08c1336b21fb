package dev.stepwise.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.sfn.StepFunctionsException;
import dev.stepwise.engine.sfn.StepFunctionsService;
import java.util.Objects;
import java.util.Optional;

/** The Step Functions API ({@code AWSStepFunctions.*}, JSON 1.0) on the local Step Functions service. */
public final class StepFunctionsApi implements AwsJsonService {

    public static final String TARGET_PREFIX = "AWSStepFunctions";

    private final StepFunctionsService stepFunctions;

    public StepFunctionsApi(StepFunctionsService stepFunctions) {
        this.stepFunctions = Objects.requireNonNull(stepFunctions, "stepFunctions");
    }

    @Override
    public String targetPrefix() {
        return TARGET_PREFIX;
    }

    @Override
    public JsonProtocol protocol() {
        return JsonProtocol.AWS_JSON_1_0;
    }

    @Override
    public JsonNode call(String operation, JsonNode request) {
        return stepFunctions.call(operation, request);
    }

    /** Every Step Functions operation needs AWS credentials; unknown ones are named as unknown by the service. */
    @Override
    public boolean requiresSignature(String operation) {
        return stepFunctions.operations().contains(operation);
    }

    @Override
    public Optional<AwsError> error(RuntimeException exception) {
        if (exception instanceof StepFunctionsException refusal) {
            return Optional.of(new AwsError(refusal.type(), refusal.getMessage(), refusal.httpStatus()));
        }
        return Optional.empty();
    }
}
