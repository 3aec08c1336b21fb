package dev.stepwise.engine.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.json.RequestMembers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Reading AWS JSON 1.0 requests of Step Functions, with AWS's validation messages, and writing timestamps. */
final class SfnWire {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final RequestMembers MEMBERS = new RequestMembers(StepFunctionsException::validation,
            member -> member);

    private SfnWire() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** An AWS JSON 1.0 timestamp: epoch seconds with the milliseconds as a fraction. */
    static BigDecimal timestamp(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }

    static String required(JsonNode request, String member) {
        return MEMBERS.required(request, member);
    }

    static Optional<String> optional(JsonNode request, String member) {
        return MEMBERS.optional(request, member);
    }

    static boolean optionalBoolean(JsonNode request, String member, boolean otherwise) {
        return MEMBERS.optionalBoolean(request, member).orElse(otherwise);
    }

    /** A page size: 0 or absent means the default, as AWS treats it; at most 1000. */
    static int maxResults(JsonNode request, int defaultSize) {
        JsonNode value = request.get("maxResults");
        if (value == null || value.isNull()) {
            return defaultSize;
        }
        if (!value.isIntegralNumber()) {
            throw StepFunctionsException.validation("Member maxResults must be an integer");
        }
        long size = value.longValue();
        if (size < 0 || size > 1000) {
            throw StepFunctionsException.validation("1 validation error detected: Value '" + size + "' at 'maxResults'"
                    + " failed to satisfy constraint: Member must have value " + (size < 0
                    ? "greater than or equal to 0" : "less than or equal to 1000"));
        }
        return size == 0 ? defaultSize : (int) size;
    }

    /** Checks a length constraint with AWS's validation message. */
    static void checkLength(String member, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw StepFunctionsException.validation("1 validation error detected: Value '" + value + "' at '"
                    + member + "' failed to satisfy constraint: Member must have length "
                    + (value.length() < min ? "greater than or equal to " + min : "less than or equal to " + max));
        }
    }

    static ObjectNode objectOrEmpty(JsonNode request, String member) {
        JsonNode value = request.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw StepFunctionsException.validation("Member " + member + " must be a structure");
        }
        return (ObjectNode) value;
    }
}
