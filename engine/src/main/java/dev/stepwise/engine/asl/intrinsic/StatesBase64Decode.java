package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code States.Base64Decode}: decodes Base64 (at most 10,000 characters) to UTF-8 text. */
public final class StatesBase64Decode extends NamedIntrinsic {

    public static final String NAME = "States.Base64Decode";

    public StatesBase64Decode() {
        super(NAME, Signature.exactly(1));
    }
    public static final int MAX_INPUT = 10_000;

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        String data = arguments.string(0);
        if (data.length() > MAX_INPUT) {
            throw arguments.failure("the input has " + data.length() + " characters, more than the limit of " + MAX_INPUT);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw arguments.failure("the input is not valid Base64: " + e.getMessage());
        }
        try {
            return JsonNodeFactory.instance.textNode(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            throw arguments.failure("the decoded bytes are not UTF-8 text");
        }
    }
}
