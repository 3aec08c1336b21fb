package dev.stepwise.engine.json;

import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;

/** A number too precise for a double, or an integer spelled like {@code -0}: kept as written. */
public final class SpelledDecimalNode extends DecimalNode implements SpelledNumber {

    private final String spelling;

    public SpelledDecimalNode(BigDecimal value, String spelling) {
        super(value);
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
