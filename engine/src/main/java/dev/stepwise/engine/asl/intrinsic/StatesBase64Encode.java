package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code States.Base64Encode}: MIME Base64 of the UTF-8 bytes of a string of at most 10,000 characters. */
public final class StatesBase64Encode extends NamedIntrinsic {

    public static final String NAME = "States.Base64Encode";

    public StatesBase64Encode() {
        super(NAME, Signature.exactly(1));
    }
    public static final int MAX_INPUT = 10_000;

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        String data = arguments.string(0);
        if (data.length() > MAX_INPUT) {
            throw arguments.failure("the input has " + data.length() + " characters, more than the limit of " + MAX_INPUT);
        }
        return JsonNodeFactory.instance.textNode(Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8)));
    }
}
