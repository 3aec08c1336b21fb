package dev.stepwise.engine.asl.intrinsic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The functions a call may name, by full name ({@code States.Format}). Immutable. */
public final class IntrinsicRegistry {

    private static final IntrinsicRegistry STANDARD = new IntrinsicRegistry(List.of(
            new StatesFormat(),
            new StatesStringToJson(),
            new StatesJsonToString(),
            new StatesArray(),
            new StatesArrayPartition(),
            new StatesArrayContains(),
            new StatesArrayRange(),
            new StatesArrayGetItem(),
            new StatesArrayLength(),
            new StatesArrayUnique(),
            new StatesBase64Encode(),
            new StatesBase64Decode(),
            new StatesHash(),
            new StatesJsonMerge(),
            new StatesMathRandom(),
            new StatesMathAdd(),
            new StatesStringSplit(),
            new StatesUuid()));

    private final Map<String, IntrinsicFunction> functions;

    public IntrinsicRegistry(List<? extends IntrinsicFunction> functions) {
        Map<String, IntrinsicFunction> byName = new LinkedHashMap<>();
        for (IntrinsicFunction function : functions) {
            if (byName.put(function.name(), function) != null) {
                throw new IllegalArgumentException("two functions named " + function.name());
            }
        }
        this.functions = java.util.Collections.unmodifiableMap(byName);
    }

    /** The 18 functions AWS Step Functions provides. */
    public static IntrinsicRegistry standard() {
        return STANDARD;
    }

    public Optional<IntrinsicFunction> lookup(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    public Set<String> names() {
        return functions.keySet();
    }
}
