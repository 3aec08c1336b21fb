package dev.stepwise.engine.export;

import java.util.Locale;
import java.util.Optional;

/** What a state machine can be exported as. */
public enum ExportFormat {
    /** ASL JSON: as written, or canonically formatted (two-space indent). */
    JSON("json", false),
    /** ASL YAML. */
    YAML("yaml", false),
    /** A drawing of the laid-out graph, SVG 1.1. */
    SVG("svg", false),
    /** The same drawing as a PNG image. */
    PNG("png", true);

    private final String extension;
    private final boolean binary;

    ExportFormat(String extension, boolean binary) {
        this.extension = extension;
        this.binary = binary;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public boolean isBinary() {
        return binary;
    }

    /** The format a file name's extension asks for: {@code .yml} is YAML too. */
    public static Optional<ExportFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return lower.endsWith(".yml") ? Optional.of(YAML) : Optional.empty();
    }

    @Override
    public String toString() {
        return extension;
    }
}
