package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.interp.error.StatesException;

/** A Map's ToleratedFailureCount and ToleratedFailurePercentage, each fixed or read by a path. */
record FailureTolerance(Integer count, PathExpression countPath, Double percentage, PathExpression percentagePath) {

    static final FailureTolerance NONE = new FailureTolerance(null, null, null, null);

    /** The limits in force for one run of the state; null fields mean "not set". */
    record Limits(Integer count, Double percentage) {
        boolean isSet() {
            return count != null || percentage != null;
        }

        /** True when {@code failures} of {@code total} items passes either limit (none set: any failure does). */
        boolean exceededBy(int failures, int total) {
            if (!isSet()) {
                return failures > 0;
            }
            boolean overCount = count != null && failures > count;
            boolean overPercentage = percentage != null && total > 0 && failures * 100.0 / total > percentage;
            return overCount || overPercentage;
        }
    }

    Limits resolve(JsonNode input, StepContext step) {
        Integer resolvedCount = count;
        if (countPath != null) {
            resolvedCount = MapHandler.integerAt(countPath, "ToleratedFailureCountPath", input, step);
        }
        if (resolvedCount != null && resolvedCount < 0) {
            throw StatesException.runtime("ToleratedFailureCount cannot be negative.");
        }
        Double resolvedPercentage = percentage;
        if (percentagePath != null) {
            JsonNode value = DataProcessing.read(percentagePath, input, step);
            resolvedPercentage = floatOf(value);
            if (resolvedPercentage == null) {
                throw StatesException.runtime("The ToleratedFailurePercentagePath field refers to value \""
                        + MapHandler.describe(value) + "\" which is not a valid float: " + percentagePath.text());
            }
        }
        if (resolvedPercentage != null && (resolvedPercentage < 0 || resolvedPercentage > 100)) {
            throw StatesException.runtime("ToleratedFailurePercentage must be between 0 and 100.");
        }
        return new Limits(resolvedCount, resolvedPercentage);
    }

    private static Double floatOf(JsonNode value) {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                return Double.valueOf(value.textValue().trim());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }
}
