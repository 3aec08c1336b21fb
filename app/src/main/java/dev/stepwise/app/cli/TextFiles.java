package dev.stepwise.app.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the text files commands are given, and saying briefly why one could not be read. */
final class TextFiles {

    private TextFiles() {
    }

    /** The file's text as UTF-8, without a leading byte-order mark. */
    static String read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // A byte-order mark is not part of the document, and counting it would shift every column on line 1.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Why a file could not be read, in a few words: {@code no such file}, {@code permission denied}, ... */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
