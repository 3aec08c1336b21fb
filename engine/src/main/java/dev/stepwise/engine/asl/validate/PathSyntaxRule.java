package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;
import java.util.List;

/** Path fields of JSONPath states hold valid paths: JSONPath, reference paths for ResultPath, or intrinsics where allowed. */
final class PathSyntaxRule implements Rule {

    static final String CODE = "INVALID_JSONPATH";

    private static final List<String> PATHS = List.of("InputPath", "OutputPath", "ItemsPath", "SecondsPath",
            "TimestampPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "MaxConcurrencyPath",
            "ToleratedFailurePercentagePath", "ToleratedFailureCountPath");
    private static final List<String> PATHS_OR_INTRINSICS = List.of("ErrorPath", "CausePath");

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            if (state.isJsonata() || !state.node().isObject()) {
                continue;
            }
            for (String field : PATHS) {
                JsonNode value = state.field(field);
                if (value != null && value.isTextual()) {
                    report(context, state.pointer(field), field, Expressions.jsonPathProblem(value.textValue()));
                }
            }
            for (String field : PATHS_OR_INTRINSICS) {
                JsonNode value = state.field(field);
                if (value != null && value.isTextual()) {
                    String text = value.textValue();
                    if (Expressions.looksLikeIntrinsic(text)) {
                        String problem = Expressions.intrinsicProblem(text);
                        if (problem != null) {
                            context.error(PayloadTemplateRule.INTRINSIC_CODE, state.pointer(field),
                                    "\"" + field + "\" " + problem);
                        }
                    } else {
                        report(context, state.pointer(field), field, Expressions.jsonPathProblem(text));
                    }
                }
            }
            checkResultPath(context, state.field("ResultPath"), state.pointer("ResultPath"));
            JsonNode catchers = state.field("Catch");
            if (catchers != null && catchers.isArray()) {
                for (int i = 0; i < catchers.size(); i++) {
                    String pointer = JsonPointers.child(JsonPointers.child(state.pointer("Catch"), i), "ResultPath");
                    checkResultPath(context, Nodes.field(catchers.get(i), "ResultPath"), pointer);
                }
            }
        }
    }

    private static void checkResultPath(ValidationContext context, JsonNode value, String pointer) {
        if (value != null && value.isTextual()) {
            report(context, pointer, "ResultPath", Expressions.referencePathProblem(value.textValue()));
        } else if (value != null && !value.isNull() && pointer.contains("/Catch/")) {
            context.error(FieldValueRule.CODE, pointer, "\"ResultPath\" must be a path string or null, not "
                    + Nodes.kind(value));
        }
    }

    private static void report(ValidationContext context, String pointer, String field, String problem) {
        if (problem != null) {
            context.error(CODE, pointer, "\"" + field + "\" " + problem);
        }
    }
}
