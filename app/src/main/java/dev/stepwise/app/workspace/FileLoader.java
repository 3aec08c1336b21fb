package dev.stepwise.app.workspace;

import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.json.JsonFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a state-machine file and validates it. */
public final class FileLoader {

    private final AslValidator validator;

    public FileLoader(AslValidator validator) {
        this.validator = validator;
    }

    public OpenFile load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonFormat format = JsonFormat.ofFile(file);
        return new OpenFile(file, text, format, validator.validate(text, format));
    }
}
