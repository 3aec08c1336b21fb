package dev.stepwise.engine.asl.model;

import java.util.Optional;

/** The eight kinds of state, spelled as in ASL's {@code Type} field. */
public enum StateType {
    TASK("Task"),
    PASS("Pass"),
    CHOICE("Choice"),
    WAIT("Wait"),
    SUCCEED("Succeed"),
    FAIL("Fail"),
    PARALLEL("Parallel"),
    MAP("Map");

    private final String aslName;

    StateType(String aslName) {
        this.aslName = aslName;
    }

    public String aslName() {
        return aslName;
    }

    public static Optional<StateType> fromAslName(String name) {
        for (StateType type : values()) {
            if (type.aslName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
