package dev.stepwise.engine.asl.model;

import java.util.Optional;

/** The two languages a state may process its data with. */
public enum QueryLanguage {
    JSONPATH("JSONPath"),
    JSONATA("JSONata");

    private final String aslName;

    QueryLanguage(String aslName) {
        this.aslName = aslName;
    }

    /** The spelling used in ASL's {@code QueryLanguage} field. */
    public String aslName() {
        return aslName;
    }

    public static Optional<QueryLanguage> fromAslName(String name) {
        for (QueryLanguage language : values()) {
            if (language.aslName.equals(name)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
