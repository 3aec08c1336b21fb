package dev.stepwise.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The value of {@code --input}: inline JSON or a file. {@code @path} and {@code file://path} always name a file;
 * otherwise text that parses as JSON is the input itself, and anything else must be an existing file.
 */
final class InputArgument {

    private static final String AT = "@";
    private static final String FILE_URL = "file://";

    private InputArgument() {
    }

    /** A value that is neither JSON nor a readable JSON file; the message says which and why. */
    static final class UnusableInputException extends Exception {
        UnusableInputException(String message) {
            super(message);
        }
    }

    static JsonNode resolve(String value) throws UnusableInputException {
        if (value.startsWith(AT)) {
            return readFile(value.substring(AT.length()));
        }
        if (value.startsWith(FILE_URL)) {
            return readFile(pathOfUrl(value));
        }
        JsonSyntaxException notJson;
        try {
            return JsonReader.readJson(value).root();
        } catch (JsonSyntaxException e) {
            notJson = e;
        }
        if (isFile(value)) {
            return readFile(value);
        }
        throw new UnusableInputException("--input is neither JSON nor an existing file: " + notJson.getMessage());
    }

    /** {@code file:///abs/path} or {@code file://relative/path}. */
    private static String pathOfUrl(String url) {
        if (url.startsWith(FILE_URL + "/")) {
            try {
                return Path.of(URI.create(url)).toString();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                // not a well-formed URL (spaces, say): take the rest literally
            }
        }
        return url.substring(FILE_URL.length());
    }

    private static boolean isFile(String name) {
        try {
            return Files.isRegularFile(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static JsonNode readFile(String name) throws UnusableInputException {
        Path file;
        try {
            file = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UnusableInputException("cannot read input file " + name + ": not a valid path");
        }
        String text;
        try {
            text = TextFiles.read(file);
        } catch (IOException e) {
            throw new UnusableInputException("cannot read input file " + name + ": " + TextFiles.reason(e));
        }
        if (text.isBlank()) {
            throw new UnusableInputException("input file " + name + " is empty");
        }
        try {
            return JsonReader.read(text, JsonFormat.ofFile(file)).root();
        } catch (JsonSyntaxException e) {
            throw new UnusableInputException("input file " + name + " is not " + JsonFormat.ofFile(file) + ": "
                    + e.getMessage());
        }
    }
}
