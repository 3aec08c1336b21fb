package dev.stepwise.engine.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.json.RequestMembers;
import dev.stepwise.engine.userpool.error.UserPoolException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading AWS JSON 1.1 requests and writing responses: member access with Cognito's validation messages. */
final class Wire {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final RequestMembers MEMBERS = new RequestMembers(UserPoolException::invalidParameter, Wire::camel);

    private Wire() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** An AWS timestamp: epoch seconds with a fraction. */
    static BigDecimal timestamp(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** The request member, named as on the wire ({@code UserPoolId}); validation messages use lower camel case. */
    static String required(JsonNode request, String member) {
        return MEMBERS.required(request, member);
    }

    static Optional<String> optional(JsonNode request, String member) {
        return MEMBERS.optional(request, member);
    }

    static Optional<Boolean> optionalBoolean(JsonNode request, String member) {
        return MEMBERS.optionalBoolean(request, member);
    }

    static Optional<Long> optionalLong(JsonNode request, String member) {
        JsonNode value = request.get(member);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber()) {
            throw UserPoolException.invalidParameter("Member " + member + " must be an integer");
        }
        return Optional.of(value.longValue());
    }

    static Optional<List<String>> optionalStrings(JsonNode request, String member) {
        JsonNode value = request.get(member);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw UserPoolException.invalidParameter("Member " + member + " must be a list of strings");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw UserPoolException.invalidParameter("Member " + member + " must be a list of strings");
            }
            result.add(item.asText());
        }
        return Optional.of(List.copyOf(result));
    }

    static JsonNode optionalObject(JsonNode request, String member) {
        JsonNode value = request.get(member);
        if (value == null || value.isNull()) {
            return NODES.objectNode();
        }
        if (!value.isObject()) {
            throw UserPoolException.invalidParameter("Member " + member + " must be a structure");
        }
        return value;
    }

    /** Checks a length constraint with AWS's validation message. */
    static void checkLength(String member, String value, int min, int max) {
        if (value.length() < min) {
            throw UserPoolException.invalidParameter("1 validation error detected: Value at '" + camel(member)
                    + "' failed to satisfy constraint: Member must have length greater than or equal to " + min);
        }
        if (value.length() > max) {
            throw UserPoolException.invalidParameter("1 validation error detected: Value at '" + camel(member)
                    + "' failed to satisfy constraint: Member must have length less than or equal to " + max);
        }
    }

    static void checkRange(String member, long value, long min, long max) {
        if (value < min) {
            throw UserPoolException.invalidParameter("1 validation error detected: Value '" + value + "' at '"
                    + camel(member) + "' failed to satisfy constraint: Member must have value greater than or "
                    + "equal to " + min);
        }
        if (value > max) {
            throw UserPoolException.invalidParameter("1 validation error detected: Value '" + value + "' at '"
                    + camel(member) + "' failed to satisfy constraint: Member must have value less than or equal to "
                    + max);
        }
    }

    static String camel(String member) {
        return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }
}
