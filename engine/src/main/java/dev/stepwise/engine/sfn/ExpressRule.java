package dev.stepwise.engine.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.asl.validate.Severity;
import dev.stepwise.engine.json.JsonDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * EXPRESS state machines cannot wait: AWS refuses the job-run ({@code .sync}) and callback
 * ({@code .waitForTaskToken}) integration patterns and Activity tasks in them, wherever the Task is nested.
 */
final class ExpressRule {

    private ExpressRule() {
    }

    static List<Diagnostic> check(JsonDocument document) {
        List<Diagnostic> problems = new ArrayList<>();
        walk(document, document.root(), "", problems);
        return problems;
    }

    private static void walk(JsonDocument document, JsonNode node, String pointer, List<Diagnostic> problems) {
        if (node.isObject()) {
            JsonNode resource = node.get("Resource");
            if ("Task".equals(node.path("Type").asText()) && resource != null && resource.isTextual()) {
                String problem = problem(resource.textValue());
                if (problem != null) {
                    String at = pointer + "/Resource";
                    problems.add(new Diagnostic(MachineDefinitions.SCHEMA_VALIDATION_FAILED, Severity.ERROR, problem,
                            at, document.locate(at)));
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(document, field.getValue(), pointer + "/" + escape(field.getKey()), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(document, node.get(i), pointer + "/" + i, problems);
            }
        }
    }

    private static String problem(String resource) {
        if (resource.matches("arn:aws[a-z-]*:states:[^:]*:[^:]*:activity:.*")) {
            return "Express state machine does not support Activity ARN";
        }
        for (String pattern : new String[] {".waitForTaskToken", ".sync:2", ".sync"}) {
            if (resource.startsWith("arn:aws") && resource.endsWith(pattern)) {
                return "Express state machine does not support '" + pattern + "' service integration";
            }
        }
        return null;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
