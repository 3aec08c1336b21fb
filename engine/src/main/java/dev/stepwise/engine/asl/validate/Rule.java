package dev.stepwise.engine.asl.validate;

/** One check over a definition; reports what it finds to the context and never throws on bad input. */
public interface Rule {

    void check(ValidationContext context);
}
