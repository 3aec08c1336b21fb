package dev.stepwise.engine.asl.parse;

import dev.stepwise.engine.json.SourceLocation;
import java.util.List;
import java.util.stream.Collectors;

/** A definition too malformed to model (not JSON, or fields of the wrong shape); lists every such problem. */
public final class AslParseException extends Exception {

    /** One problem: what is wrong and where. */
    public record Problem(String message, String pointer, SourceLocation location) {
        @Override
        public String toString() {
            return (location.isKnown() ? location + ": " : "") + message + (pointer.isEmpty() ? "" : " (at " + pointer + ")");
        }
    }

    private final List<Problem> problems;

    public AslParseException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
