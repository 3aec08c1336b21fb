package dev.stepwise.engine.json;

/** Text that is not well-formed JSON or YAML; names the problem and where it is. */
public final class JsonSyntaxException extends Exception {

    private final SourceLocation location;
    private final String problem;

    public JsonSyntaxException(String problem, SourceLocation location) {
        super(location.isKnown() ? location + ": " + problem : problem);
        this.problem = problem;
        this.location = location;
    }

    /** The problem alone, without its location. */
    public String problem() {
        return problem;
    }

    public SourceLocation location() {
        return location;
    }
}
