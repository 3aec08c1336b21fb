package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A Map: runs {@code itemProcessor} once per item. {@code itemSelector} holds {@code ItemSelector} or the legacy
 * {@code Parameters}; {@code legacyIterator} says the processor was written as {@code Iterator}. Numeric settings are
 * JSON values because JSONata allows {@code "{% ... %}"} strings there.
 */
public record MapState(StateBase base, Transition transition, DataPaths paths, StateMachine itemProcessor,
                       ProcessorConfig processorConfig, boolean legacyIterator, String itemsPath, JsonNode items,
                       JsonNode itemSelector, JsonNode itemReader, JsonNode itemBatcher, JsonNode resultWriter,
                       JsonNode maxConcurrency, String maxConcurrencyPath, JsonNode toleratedFailureCount,
                       String toleratedFailureCountPath, JsonNode toleratedFailurePercentage,
                       String toleratedFailurePercentagePath, String label, List<Retrier> retry, List<Catcher> catches)
        implements State {

    /** {@code ItemProcessor.ProcessorConfig}: INLINE (the default) or DISTRIBUTED with an execution type. */
    public record ProcessorConfig(Mode mode, String executionType) {
        public enum Mode { INLINE, DISTRIBUTED }

        public static final ProcessorConfig INLINE = new ProcessorConfig(Mode.INLINE, null);
    }

    public MapState {
        retry = List.copyOf(retry);
        catches = List.copyOf(catches);
    }

    @Override
    public StateType type() {
        return StateType.MAP;
    }
}
