package dev.stepwise.engine.interp.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.path.DataScope;

/** One compiled Choice rule (or part of one): paths compiled and literal operands decoded once. */
@FunctionalInterface
interface RulePredicate {

    boolean test(JsonNode input, DataScope scope);
}
