package dev.stepwise.engine.json;

import com.fasterxml.jackson.databind.node.DoubleNode;

/** A floating-point number whose source spelling differs from Java's canonical one. */
public final class SpelledDoubleNode extends DoubleNode implements SpelledNumber {

    private final String spelling;

    public SpelledDoubleNode(double value, String spelling) {
        super(value);
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
