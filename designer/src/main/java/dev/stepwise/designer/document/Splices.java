package dev.stepwise.designer.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replacements of character ranges of one text, collected and then made together. */
final class Splices {

    private record Splice(int start, int end, String replacement) {
    }

    private final String text;
    private final List<Splice> splices = new ArrayList<>();

    Splices(String text) {
        this.text = text;
    }

    void add(int start, int end, String replacement) {
        splices.add(new Splice(start, end, replacement));
    }

    boolean isEmpty() {
        return splices.isEmpty();
    }

    /** The text with every splice made. Splices must not overlap. */
    String apply() {
        List<Splice> ordered = new ArrayList<>(splices);
        ordered.sort(Comparator.comparingInt(Splice::start).thenComparingInt(Splice::end));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Splice splice : ordered) {
            if (splice.start() < at) {
                throw new IllegalStateException("overlapping edits at offset " + splice.start());
            }
            out.append(text, at, splice.start()).append(splice.replacement());
            at = splice.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
