package dev.stepwise.engine.asl.intrinsic;

/** How many arguments a function takes: at least {@code min}, at most {@code max} ({@code -1}: no limit). */
public record Signature(int min, int max) {

    public static Signature exactly(int count) {
        return new Signature(count, count);
    }

    public static Signature between(int min, int max) {
        return new Signature(min, max);
    }

    public static Signature atLeast(int min) {
        return new Signature(min, -1);
    }

    public boolean accepts(int count) {
        return count >= min && (max < 0 || count <= max);
    }

    /** "exactly 2 arguments", "2 or 3 arguments", "at least 1 argument". */
    public String describe() {
        if (max < 0) {
            return "at least " + plural(min);
        }
        if (min == max) {
            return min == 0 ? "no arguments" : "exactly " + plural(min);
        }
        return min + (max == min + 1 ? " or " : " to ") + plural(max);
    }

    private static String plural(int count) {
        return count + (count == 1 ? " argument" : " arguments");
    }
}
