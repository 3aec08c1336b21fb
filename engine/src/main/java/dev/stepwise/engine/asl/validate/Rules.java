package dev.stepwise.engine.asl.validate;

import java.util.List;

/** The rules the validator runs, in order. */
final class Rules {

    private Rules() {
    }

    static List<Rule> all() {
        return List.of(new DuplicateKeyRule());
    }
}
