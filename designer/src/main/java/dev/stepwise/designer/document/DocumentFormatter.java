package dev.stepwise.designer.document;

import dev.stepwise.engine.json.JsonDocument;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.util.Objects;

/**
 * Reformats a whole JSON document the way {@code JSON.stringify(value, null, 2)} writes it, through the engine's
 * printer: key order, number spelling and unknown fields are kept, only whitespace changes (and string escapes take
 * their shortest form). Text that would lose something is refused with the reason: invalid JSON, a key written twice
 * (the tree keeps only the last), or YAML, whose comments and layout the printer cannot keep.
 */
public final class DocumentFormatter {

    /** What formatting came to: the formatted text, or why the text was left alone. */
    public sealed interface Result permits Formatted, Refused {
    }

    public record Formatted(String text) implements Result {
        public Formatted {
            Objects.requireNonNull(text, "text");
        }
    }

    public record Refused(String reason) implements Result {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    private DocumentFormatter() {
    }

    public static Result format(String text, JsonFormat format) {
        if (format == JsonFormat.YAML) {
            return new Refused("Format Document works on JSON only: reformatting YAML would lose its comments");
        }
        JsonDocument document;
        try {
            document = JsonReader.readJson(text);
        } catch (JsonSyntaxException e) {
            String where = e.location().isKnown()
                    ? " (line " + e.location().line() + ", column " + e.location().column() + ")" : "";
            return new Refused("Cannot format: the text is not valid JSON" + where + ": " + e.problem());
        }
        if (!document.duplicateKeys().isEmpty()) {
            JsonDocument.DuplicateKey duplicate = document.duplicateKeys().get(0);
            return new Refused("Cannot format: " + duplicate.pointer() + " is written twice (line "
                    + duplicate.location().line() + "); formatting would drop one of them");
        }
        String formatted = JsonPrinter.pretty(document.root());
        // Keep the file's line endings: a Windows file stays a Windows file.
        return new Formatted(text.contains("\r\n") ? formatted.replace("\n", "\r\n") : formatted);
    }

    /**
     * Where an offset of the text before formatting lands in the formatted text: before the same non-blank
     * character. Formatting only changes whitespace between tokens, so counting the non-blank characters before the
     * offset finds the same place (a string whose escapes were shortened shifts it by those few characters).
     */
    public static int mapOffset(String before, String after, int offset) {
        int significant = 0;
        for (int i = 0; i < Math.min(offset, before.length()); i++) {
            if (!Character.isWhitespace(before.charAt(i))) {
                significant++;
            }
        }
        int at = 0;
        while (at < after.length() && (significant > 0 || Character.isWhitespace(after.charAt(at)))) {
            if (!Character.isWhitespace(after.charAt(at))) {
                significant--;
            }
            at++;
        }
        return at;
    }
}
