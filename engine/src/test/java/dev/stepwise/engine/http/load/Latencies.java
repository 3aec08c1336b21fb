package dev.stepwise.engine.http.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Response times of answered requests, per operation. Each client keeps its own; the run merges them at the end. */
public final class Latencies {

    private final Map<Operation, List<Long>> nanos = new EnumMap<>(Operation.class);

    void add(Operation operation, long elapsedNanos) {
        nanos.computeIfAbsent(operation, o -> new ArrayList<>()).add(elapsedNanos);
    }

    void addAll(Latencies other) {
        other.nanos.forEach((op, list) -> nanos.computeIfAbsent(op, o -> new ArrayList<>()).addAll(list));
    }

    public int count(Operation operation) {
        return nanos.getOrDefault(operation, List.of()).size();
    }

    /** The {@code percentile} (0-100, nearest rank) in milliseconds; 0 when nothing was recorded. */
    public double percentileMillis(Operation operation, double percentile) {
        long[] sorted = nanos.getOrDefault(operation, List.of()).stream().mapToLong(Long::longValue).toArray();
        if (sorted.length == 0) {
            return 0;
        }
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
