package dev.stepwise.engine.json;

/** A place in a source text: 1-based line and column. */
public record SourceLocation(int line, int column) {

    public static final SourceLocation UNKNOWN = new SourceLocation(0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
