package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepwise.engine.asl.path.DataScope;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.asl.path.PathNotFoundException;
import dev.stepwise.engine.asl.path.PayloadTemplate;
import dev.stepwise.engine.interp.error.StatesException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSONPath input and output processing shared by every state: InputPath, OutputPath and Assign. */
final class DataProcessing {

    private DataProcessing() {
    }

    static JsonNode inputPath(CompiledState state, JsonNode raw, DataScope scope) {
        return select(state.inputPath(), state.inputNull(), raw, scope);
    }

    static JsonNode outputPath(CompiledState state, JsonNode value, DataScope scope) {
        return select(state.outputPath(), state.outputNull(), value, scope);
    }

    private static JsonNode select(PathExpression path, boolean writtenAsNull, JsonNode value, DataScope scope) {
        if (writtenAsNull) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (path == null || (path.isRoot() && path.root() == PathExpression.Root.INPUT)) {
            return value;
        }
        return read(path, value, scope);
    }

    /** Reads a path; a path that selects nothing is a States.Runtime error worded as AWS words it. */
    static JsonNode read(PathExpression path, JsonNode value, DataScope scope) {
        try {
            return path.read(value, scope);
        } catch (PathNotFoundException e) {
            throw StatesException.runtime("Invalid path '" + path.text() + "' : " + e.getMessage());
        }
    }

    /** The variables an Assign template sets, computed from {@code value} and the variables as they stand. */
    static Map<String, JsonNode> assignments(PayloadTemplate assign, JsonNode value, DataScope scope) {
        Map<String, JsonNode> assignments = new LinkedHashMap<>();
        if (assign == null) {
            return assignments;
        }
        JsonNode evaluated = assign.evaluate(value, scope);
        Iterator<Map.Entry<String, JsonNode>> fields = evaluated.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            assignments.put(field.getKey(), field.getValue());
        }
        return assignments;
    }
}
