package dev.stepwise.engine.http.load;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Relative weights of the operations, e.g. {@code sign_in=2,get_user=28,start_execution=35,describe_execution=35}. */
public final class Mix {

    /**
     * Few sign-ins: each costs an Argon2id hash (tens of milliseconds of one core), so a handful of them bound the
     * run's throughput; the rest are the cheap calls an application makes between sign-ins.
     */
    public static final Mix DEFAULT = parse("sign_in=2,get_user=28,start_execution=35,describe_execution=35");

    private final Map<Operation, Integer> weights;
    private final int total;

    private Mix(Map<Operation, Integer> weights) {
        this.weights = Collections.unmodifiableMap(new EnumMap<>(weights));
        this.total = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("a mix needs a positive weight");
        }
    }

    /** @throws IllegalArgumentException for an unknown operation or a negative weight */
    public static Mix parse(String text) {
        Map<Operation, Integer> weights = new EnumMap<>(Operation.class);
        for (String part : text.split(",")) {
            String[] pair = part.trim().split("=");
            if (pair.length != 2) {
                throw new IllegalArgumentException("not operation=weight: '" + part + "'");
            }
            Operation operation = Operation.valueOf(pair[0].trim().toUpperCase(Locale.ROOT));
            int weight = Integer.parseInt(pair[1].trim());
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight for " + operation + ": " + weight);
            }
            weights.put(operation, weight);
        }
        return new Mix(weights);
    }

    public Map<Operation, Integer> weights() {
        return weights;
    }

    public Operation pick(Random random) {
        int roll = random.nextInt(total);
        for (Map.Entry<Operation, Integer> entry : weights.entrySet()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("unreachable: the weights add up to " + total);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        weights.forEach((op, w) -> text.append(text.length() == 0 ? "" : ",")
                .append(op.name().toLowerCase(Locale.ROOT)).append('=').append(w));
        return text.toString();
    }
}
