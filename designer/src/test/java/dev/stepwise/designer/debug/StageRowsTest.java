package dev.stepwise.designer.debug;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.StepTrace;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageRowsTest {

    private static List<StepTrace> run(String definition, String input) throws Exception {
        List<StepTrace> steps = new ArrayList<>();
        new Interpreter().compile(AslParser.parse(definition, JsonFormat.JSON))
                .execute(JsonReader.readJson(input).root(), ExecutionOptions.defaults().withListener(steps::add));
        return steps;
    }

    private static List<String> titles(List<StageRows.Stage> stages) {
        return stages.stream().map(stage -> stage.sameAs() == null ? stage.title()
                : stage.title() + "=" + stage.sameAs()).toList();
    }

    @Test
    void jsonPathStagesComeInAwsOrderAndUnchangedOnesSaySo() throws Exception {
        StepTrace step = run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "InputPath": "$.order",
                  "Parameters": {"key.$": "$.id"}, "ResultPath": "$.copy", "End": true}}}""",
                "{\"order\": {\"id\": 3}}").get(0);
        List<StageRows.Stage> stages = StageRows.of(step);
        assertThat(titles(stages)).containsExactly("Input", "After InputPath", "After Parameters", "Result=After Parameters",
                "After ResultPath", "Output=After ResultPath", "Next");
        assertThat(stages.get(1).text()).isEqualTo("{\n  \"id\": 3\n}");
        assertThat(stages.get(6).text()).isEqualTo("(end of the execution)");
    }

    @Test
    void aCaughtErrorShowsTheErrorAndTheCatcher() throws Exception {
        StepTrace step = run("""
                {"StartAt": "F", "States": {
                  "F": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Ok",
                        "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Ok"}]},
                  "Ok": {"Type": "Succeed"}}}""", "{}").get(0);
        List<StageRows.Stage> stages = StageRows.of(step);
        assertThat(titles(stages)).contains("Error", "Caught by");
        assertThat(stages.stream().filter(s -> s.title().equals("Error")).findFirst().orElseThrow().text())
                .startsWith("States.TaskFailed\nNo invoker");
        assertThat(stages.get(stages.size() - 1).text()).isEqualTo("Ok");
    }
}
