package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code States.StringSplit}: splits at any of the delimiter characters and drops empty parts ({@code ", , ,"} by {@code ","} gives {@code [" ", " "]}). */
public final class StatesStringSplit extends NamedIntrinsic {

    public static final String NAME = "States.StringSplit";

    public StatesStringSplit() {
        super(NAME, Signature.exactly(2));
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        String text = arguments.string(0);
        String delimiters = arguments.string(1);
        ArrayNode parts = JsonNodeFactory.instance.arrayNode();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (delimiters.indexOf(c) >= 0) {
                if (part.length() > 0) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
            } else {
                part.append(c);
            }
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        return parts;
    }
}
