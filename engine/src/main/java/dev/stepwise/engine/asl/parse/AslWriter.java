package dev.stepwise.engine.asl.parse;

import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;

/**
 * Writes a state machine back as text. The model keeps the JSON it was read from, so what comes out has the same
 * keys in the same order, the fields the model does not know, and every number spelled as it was.
 */
public final class AslWriter {

    private AslWriter() {
    }

    /** Indented JSON, two spaces, with a final newline. */
    public static String write(StateMachine machine) {
        return JsonPrinter.pretty(machine.json());
    }

    public static String write(StateMachine machine, JsonFormat format) {
        return JsonPrinter.print(machine.json(), format);
    }
}
