package dev.stepwise.designer.bench;

import java.util.Arrays;
import java.util.Locale;

/** Milliseconds measured by a benchmark, summarised the same way everywhere. */
record Samples(String name, double[] millis) {

    static Samples ofNanos(String name, long[] nanos) {
        return new Samples(name, Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray());
    }

    double percentile(double p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    double max() {
        return Arrays.stream(millis).max().orElse(Double.NaN);
    }

    String row() {
        return String.format(Locale.ROOT, "| %-44s | %5d | %8.1f | %8.1f | %8.1f |",
                name, millis.length, percentile(50), percentile(95), max());
    }

    static String header() {
        return "| measurement                                  |     n |  p50 ms  |  p95 ms  |  max ms  |\n"
                + "|----------------------------------------------|------:|---------:|---------:|---------:|";
    }
}
