package dev.stepwise.engine.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads the members of an AWS JSON request, with AWS's validation messages; each service gives its own validation
 * error and the way its messages name a member (Cognito's in lower camel case, Step Functions' as on the wire).
 */
public final class RequestMembers {

    private final Function<String, RuntimeException> invalid;
    private final UnaryOperator<String> messageName;

    /**
     * @param invalid     the service's validation error for a message
     * @param messageName how "Value null at '...'" names a member
     */
    public RequestMembers(Function<String, RuntimeException> invalid, UnaryOperator<String> messageName) {
        this.invalid = invalid;
        this.messageName = messageName;
    }

    /** A string member that must be there. */
    public String required(JsonNode request, String member) {
        JsonNode value = request.get(member);
        if (value == null || value.isNull()) {
            throw invalid.apply("1 validation error detected: Value null at '" + messageName.apply(member)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return text(value, member);
    }

    public Optional<String> optional(JsonNode request, String member) {
        JsonNode value = request.get(member);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(text(value, member));
    }

    public Optional<Boolean> optionalBoolean(JsonNode request, String member) {
        JsonNode value = request.get(member);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw invalid.apply("Member " + member + " must be a boolean");
        }
        return Optional.of(value.booleanValue());
    }

    private String text(JsonNode value, String member) {
        if (!value.isTextual()) {
            throw invalid.apply("Member " + member + " must be a string");
        }
        return value.asText();
    }
}
