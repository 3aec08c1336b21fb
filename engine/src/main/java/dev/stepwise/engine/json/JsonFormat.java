package dev.stepwise.engine.json;

import java.nio.file.Path;
import java.util.Locale;

/** The two text formats a state machine may be written in. */
public enum JsonFormat {
    JSON,
    YAML;

    /** YAML for {@code .yaml}/{@code .yml} files, JSON otherwise. */
    public static JsonFormat ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
    }
}
