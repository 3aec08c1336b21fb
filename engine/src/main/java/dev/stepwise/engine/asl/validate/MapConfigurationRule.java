package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;
import java.util.List;

/**
 * Map processors: Mode INLINE or DISTRIBUTED, ExecutionType STANDARD or EXPRESS for distributed maps only,
 * and ItemReader, ItemBatcher and ResultWriter only in distributed maps.
 */
final class MapConfigurationRule implements Rule {

    static final String CODE = "INVALID_MAP_CONFIGURATION";

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            if (!"Map".equals(state.type())) {
                continue;
            }
            String processorKey = state.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
            JsonNode config = Nodes.field(state.field(processorKey), "ProcessorConfig");
            String configPointer = JsonPointers.child(state.pointer(processorKey), "ProcessorConfig");
            JsonNode mode = Nodes.field(config, "Mode");
            boolean distributed = mode != null && "DISTRIBUTED".equals(mode.textValue());
            if (mode != null && !(mode.isTextual() && List.of("INLINE", "DISTRIBUTED").contains(mode.textValue()))) {
                context.error(CODE, JsonPointers.child(configPointer, "Mode"), "\"Mode\" must be \"INLINE\" or "
                        + "\"DISTRIBUTED\", not " + MachineShapeRule.describe(mode));
            }
            JsonNode executionType = Nodes.field(config, "ExecutionType");
            String executionPointer = JsonPointers.child(configPointer, "ExecutionType");
            if (executionType != null && !(executionType.isTextual()
                    && List.of("STANDARD", "EXPRESS").contains(executionType.textValue()))) {
                context.error(CODE, executionPointer, "\"ExecutionType\" must be \"STANDARD\" or \"EXPRESS\", not "
                        + MachineShapeRule.describe(executionType));
            } else if (executionType != null && !distributed) {
                context.error(CODE, executionPointer, "\"ExecutionType\" is only used when \"Mode\" is \"DISTRIBUTED\"");
            } else if (executionType == null && distributed) {
                context.error(CODE, configPointer, "A DISTRIBUTED Map needs \"ExecutionType\": \"STANDARD\" or "
                        + "\"EXPRESS\"");
            }
            for (String field : List.of("ItemReader", "ItemBatcher", "ResultWriter")) {
                if (state.has(field) && !distributed) {
                    context.error(CODE, state.pointer(field), "\"" + field + "\" is only allowed in a Map whose "
                            + processorKey + ".ProcessorConfig.Mode is \"DISTRIBUTED\"");
                }
            }
        }
    }
}
