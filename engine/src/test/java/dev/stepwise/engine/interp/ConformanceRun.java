package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import java.nio.file.Path;
import java.util.List;

/** Runs conformance cases in-process and writes result lines in the format check.py reads. */
final class ConformanceRun {

    private ConformanceRun() {
    }

    static String resultLine(Path caseFile) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        try {
            JsonNode testCase = JsonReader.read(caseFile).root();
            line.put("name", testCase.get("name").textValue());
            Interpreter.Program program = new Interpreter().compile(AslParser.parse(testCase.get("definition")));
            JsonNode input = testCase.has("input") ? testCase.get("input") : JsonNodeFactory.instance.objectNode();
            ExecutionResult result = program.execute(input, ExecutionOptions.defaults());
            line.put("status", result.status().awsName());
            if (result.output() != null) {
                line.set("output", result.output());
            }
            if (result.error() != null) {
                line.put("error", result.error().error());
                line.put("cause", result.error().cause());
            }
        } catch (Exception | Error e) {
            line.put("status", "ERROR");
            line.put("cause", e.toString());
        }
        return JsonPrinter.compact(line);
    }

    static List<String> resultLines(List<Path> cases) {
        return cases.stream().map(ConformanceRun::resultLine).toList();
    }
}
