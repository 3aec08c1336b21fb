package dev.stepwise.designer.debug;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.interp.StepTrace;
import dev.stepwise.engine.json.JsonPrinter;
import java.util.ArrayList;
import java.util.List;

/**
 * The input and output processing of one state, stage by stage, as the debugger lists it: the stages that happened,
 * in the order AWS applies them, titled with the field that made each.
 */
final class StageRows {

    /**
     * One stage: its title and its value, as pretty JSON or plain text; {@code sameAs} names the stage before it when
     * this one left the data as it was (an absent InputPath, say), so the view need not repeat it.
     */
    record Stage(String title, String text, String sameAs) {
        Stage(String title, String text) {
            this(title, text, null);
        }
    }

    private StageRows() {
    }

    static List<Stage> of(StepTrace step) {
        List<Stage> stages = new ArrayList<>();
        // The data-flow stages, each compared with the one before it.
        add(stages, "Input", step.input());
        add(stages, "After InputPath", step.afterInputPath());
        add(stages, "After ItemsPath", step.afterItemsPath());
        add(stages, "After ItemSelector (each item)", step.afterItemSelector());
        add(stages, "After ItemBatcher", step.afterItemBatcher());
        add(stages, "After Parameters", step.afterParameters());
        add(stages, "After Arguments", step.afterArguments());
        add(stages, "Result", step.result());
        add(stages, "After ResultSelector", step.afterResultSelector());
        add(stages, "After ResultPath", step.afterResultPath());
        if (step.error() != null) {
            String cause = step.cause() == null ? "" : "\n" + step.cause();
            stages.add(new Stage("Error", step.error() + cause));
            add(stages, step.errorDetails() != null && step.errorDetails().has("catchIndex") ? "Caught by"
                    : "Retried by", step.errorDetails());
        }
        add(stages, "Output", step.output());
        if (step.variables() != null && !step.variables().isEmpty()) {
            add(stages, "Variables", step.variables());
        }
        stages.add(new Stage("Next", step.next() == null ? "(end of " + scopeName(step.scope()) + ")" : step.next()));
        return stages;
    }

    /** What is known of a state the execution holds before: its input. */
    static List<Stage> before(JsonNode input) {
        List<Stage> stages = new ArrayList<>();
        add(stages, "Input", input);
        return stages;
    }

    private static void add(List<Stage> stages, String title, JsonNode value) {
        if (value == null) {
            return;
        }
        String text = JsonPrinter.pretty(value).strip();
        Stage previous = stages.isEmpty() ? null : stages.get(stages.size() - 1);
        boolean unchanged = previous != null && previous.text().equals(text) && !title.equals("Variables");
        stages.add(new Stage(title, text, unchanged ? previous.title() : null));
    }

    static String scopeName(String scope) {
        return scope.isEmpty() ? "the execution" : scope;
    }
}
