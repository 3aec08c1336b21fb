package dev.stepwise.engine.asl.validate;

import dev.stepwise.engine.json.JsonDocument.DuplicateKey;
import dev.stepwise.engine.json.JsonPointers;

/** A key written twice in one object: only the last one counts, which is rarely what was meant. */
final class DuplicateKeyRule implements Rule {

    static final String CODE = "DUPLICATE_KEY";

    @Override
    public void check(ValidationContext context) {
        for (DuplicateKey duplicate : context.document().duplicateKeys()) {
            context.error(CODE, duplicate.pointer(), "duplicate key \"" + JsonPointers.lastSegment(duplicate.pointer())
                    + "\": only the last one is used");
        }
    }
}
