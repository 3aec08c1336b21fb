package dev.stepwise.engine.asl.intrinsic;

import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Where the non-deterministic intrinsics ({@code States.MathRandom} without a seed, {@code States.UUID}) take their
 * randomness from. The interpreter passes its own seams so that a run can be reproduced.
 */
public record IntrinsicEnvironment(RandomGenerator random, Supplier<UUID> uuids) {

    public IntrinsicEnvironment {
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(uuids, "uuids");
    }

    /** Real randomness: a fresh random generator and {@link UUID#randomUUID()}. */
    public static IntrinsicEnvironment system() {
        return new IntrinsicEnvironment(new Random(), UUID::randomUUID);
    }

    /** Reproducible randomness: numbers and UUIDs (version 4 layout) both come from one seeded generator. */
    public static IntrinsicEnvironment seeded(long seed) {
        Random random = new Random(seed);
        return new IntrinsicEnvironment(random, () -> version4(random));
    }

    private static UUID version4(RandomGenerator random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(most, least);
    }
}
