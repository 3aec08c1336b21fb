package dev.stepwise.engine.interp;

import dev.stepwise.engine.asl.jsonata.JsonataTemplate;

/**
 * A JSONata state's compiled Arguments, Output and Assign (each null when absent).
 *
 * @param hasResult true for states whose work gives a result ({@code $states.result}, the default output):
 *                  Task, Parallel and Map; the others hand their input on
 */
record JsonataParts(JsonataTemplate arguments, JsonataTemplate output, JsonataTemplate assign, boolean hasResult) {
}
