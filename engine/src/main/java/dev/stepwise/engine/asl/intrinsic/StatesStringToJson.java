package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/** {@code States.StringToJson}: parses JSON text; an empty or blank string gives {@code null}, as AWS does. */
public final class StatesStringToJson extends NamedIntrinsic {

    public static final String NAME = "States.StringToJson";

    public StatesStringToJson() {
        super(NAME, Signature.exactly(1));
    }
    private static final ObjectReader READER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .reader();

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        String json = arguments.string(0);
        if (json.isBlank()) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return READER.readTree(json);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw arguments.failure("the string is not valid JSON" + (where == null ? ""
                    : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"));
        }
    }
}
