package dev.stepwise.engine.asl.validate;

/** How bad a problem is: AWS refuses a definition with an error and accepts one with warnings. */
public enum Severity {
    ERROR,
    WARNING
}
