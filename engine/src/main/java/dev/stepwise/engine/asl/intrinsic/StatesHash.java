package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** {@code States.Hash}: the lower-case hex digest (MD5, SHA-1, SHA-256, SHA-384, SHA-512) of the UTF-8 bytes of a string. */
public final class StatesHash extends NamedIntrinsic {

    public static final String NAME = "States.Hash";

    public StatesHash() {
        super(NAME, Signature.exactly(2));
    }
    public static final List<String> ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");
    public static final int MAX_INPUT = 10_000;

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        String data = arguments.string(0);
        String algorithm = arguments.string(1);
        if (!ALGORITHMS.contains(algorithm)) {
            throw arguments.failure("unknown hash algorithm " + IntrinsicArguments.describe(arguments.value(1))
                    + "; use one of " + String.join(", ", ALGORITHMS));
        }
        if (data.length() > MAX_INPUT) {
            throw arguments.failure("the input has " + data.length() + " characters, more than the limit of " + MAX_INPUT);
        }
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
            return JsonNodeFactory.instance.textNode(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
