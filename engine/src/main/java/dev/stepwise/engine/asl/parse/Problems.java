package dev.stepwise.engine.asl.parse;

import dev.stepwise.engine.json.JsonDocument;
import java.util.ArrayList;
import java.util.List;

/** The problems found while modelling one document. */
final class Problems {

    private final JsonDocument document;
    private final List<AslParseException.Problem> found = new ArrayList<>();

    Problems(JsonDocument document) {
        this.document = document;
    }

    void add(String message, String pointer) {
        found.add(new AslParseException.Problem(message, pointer, document.locate(pointer)));
    }

    void throwIfAny() throws AslParseException {
        if (!found.isEmpty()) {
            throw new AslParseException(found);
        }
    }
}
