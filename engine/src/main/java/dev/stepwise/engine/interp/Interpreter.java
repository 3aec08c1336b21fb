package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.intrinsic.IntrinsicCall;
import dev.stepwise.engine.asl.intrinsic.IntrinsicEnvironment;
import dev.stepwise.engine.asl.intrinsic.IntrinsicParser;
import dev.stepwise.engine.asl.intrinsic.IntrinsicPathException;
import dev.stepwise.engine.asl.path.PayloadTemplate;
import dev.stepwise.engine.interp.error.StatesException;

/**
 * Runs state machines with AWS Step Functions' semantics. {@link #compile} prepares a machine once;
 * {@link Program#execute} runs it as often as wanted.
 */
public final class Interpreter {

    private final Compiler compiler;

    public Interpreter() {
        this.compiler = new Compiler(Intrinsics.COMPILER);
    }

    /**
     * Compiles every path, template and expression of the machine.
     *
     * @throws IllegalArgumentException when an expression does not compile (the validator reports these first)
     */
    public Program compile(StateMachine machine) {
        return new Program(machine, compiler.compile(machine));
    }

    /** A compiled state machine. */
    public static final class Program {
        private final StateMachine machine;
        private final CompiledMachine compiled;

        private Program(StateMachine machine, CompiledMachine compiled) {
            this.machine = machine;
            this.compiled = compiled;
        }

        public StateMachine machine() {
            return machine;
        }

        /** Runs one execution to its end. */
        public ExecutionResult execute(JsonNode input, ExecutionOptions options) {
            return new ExecutionRun(options, input, machine.timeoutSeconds()).execute(compiled);
        }
    }

    /** Intrinsic function calls in templates, evaluated with the execution's randomness. */
    static final class Intrinsics {
        static final PayloadTemplate.ExpressionCompiler COMPILER = new PayloadTemplate.ExpressionCompiler() {
            @Override
            public boolean handles(String text) {
                return IntrinsicParser.isIntrinsic(text);
            }

            @Override
            public PayloadTemplate.Expression compile(String field, String text) {
                IntrinsicCall call = IntrinsicParser.parse(text);
                return (input, scope) -> {
                    try {
                        return call.evaluate(input, scope, scope instanceof StepContext step
                                ? step.run().intrinsicEnvironment() : IntrinsicEnvironment.system());
                    } catch (IntrinsicPathException e) {
                        throw StatesException.runtime(e.causeForField(field));
                    }
                };
            }
        };

        private Intrinsics() {
        }
    }
}
