package dev.stepwise.engine.asl.intrinsic;

/** The name and argument count of a function, held once so that each function class holds only its behaviour. */
abstract class NamedIntrinsic implements IntrinsicFunction {

    private final String name;
    private final Signature signature;

    NamedIntrinsic(String name, Signature signature) {
        this.name = name;
        this.signature = signature;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Signature signature() {
        return signature;
    }
}
