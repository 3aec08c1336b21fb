package dev.stepwise.engine.interp;

/** Told of each state as it completes (for {@code --trace} and the debugger). */
@FunctionalInterface
public interface StepListener {

    void onStep(StepTrace step);
}
