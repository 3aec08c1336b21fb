package dev.stepwise.engine.interp;

import dev.stepwise.engine.asl.jsonata.JsonataTemplate;
import dev.stepwise.engine.asl.model.Catcher;
import dev.stepwise.engine.asl.model.QueryLanguage;
import dev.stepwise.engine.asl.model.Retrier;
import dev.stepwise.engine.asl.model.State;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.asl.path.PayloadTemplate;
import dev.stepwise.engine.asl.path.ResultPath;
import java.util.List;

/**
 * One state with its expressions compiled. JSONPath fields: a null {@code inputPath}/{@code outputPath} with
 * {@code inputNull}/{@code outputNull} set means the path was written as null (an empty object); a null template means
 * the field is absent. What the state type does is its {@code handler}. A JSONata state has {@code jsonata} set and
 * no JSONPath parts.
 */
record CompiledState(State state, QueryLanguage language, PathExpression inputPath, boolean inputNull,
                     PayloadTemplate parameters, PayloadTemplate resultSelector, ResultPath resultPath,
                     PathExpression outputPath, boolean outputNull, PayloadTemplate assign,
                     List<Retrier> retriers, List<CompiledCatcher> catchers, StateHandler handler,
                     JsonataParts jsonata) {

    String name() {
        return state.name();
    }

    /** A catcher with its ResultPath and Assign compiled, or its JSONata Output and Assign. */
    record CompiledCatcher(Catcher catcher, ResultPath resultPath, PayloadTemplate assign, JsonataTemplate jsonataOutput,
                           JsonataTemplate jsonataAssign) {
    }
}
