package dev.stepwise.engine.json;

/** A number node that remembers how its source spelled it ({@code 1.50}, {@code 1e3}), so writing it back changes nothing. */
public interface SpelledNumber {

    String spelling();
}
