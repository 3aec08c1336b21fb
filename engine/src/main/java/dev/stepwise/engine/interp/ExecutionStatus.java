package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.interp.error.StatesError;

/** How an execution stands; each kind carries only its own data. */
public sealed interface ExecutionStatus {

    /** AWS's name for the status: RUNNING, SUCCEEDED, FAILED, TIMED_OUT or ABORTED. */
    String awsName();

    record Running() implements ExecutionStatus {
        @Override
        public String awsName() {
            return "RUNNING";
        }
    }

    record Succeeded(JsonNode output) implements ExecutionStatus {
        @Override
        public String awsName() {
            return "SUCCEEDED";
        }
    }

    record Failed(StatesError error) implements ExecutionStatus {
        @Override
        public String awsName() {
            return "FAILED";
        }
    }

    record TimedOut(StatesError error) implements ExecutionStatus {
        @Override
        public String awsName() {
            return "TIMED_OUT";
        }
    }

    record Aborted(StatesError error) implements ExecutionStatus {
        @Override
        public String awsName() {
            return "ABORTED";
        }
    }
}
