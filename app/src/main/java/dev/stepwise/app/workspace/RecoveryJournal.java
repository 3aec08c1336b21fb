package dev.stepwise.app.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.files.AtomicFiles;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Unsaved text, journalled every few seconds into a recovery folder so that a crash loses at most those seconds. One
 * file per edited file, named by a hash of its path; it goes away when the file is saved or closed without saving.
 * Whatever is left at the next start came from a session that ended without saving, and is offered back. The user's
 * own files are never written here.
 */
public final class RecoveryJournal {

    /** Unsaved text of one file, as journalled. */
    public record Entry(Path original, String text, Instant journalled, Path journalFile) {
    }

    private final Path folder;
    private final Clock clock;

    public RecoveryJournal(Path folder, Clock clock) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RecoveryJournal(Path folder) {
        this(folder, Clock.systemUTC());
    }

    /**
     * {@code stepwise/recovery} under the user's config folder: {@code $XDG_CONFIG_HOME} or {@code ~/.config} on
     * Linux, {@code %APPDATA%} on Windows, {@code ~/Library/Application Support} on macOS.
     */
    public static Path defaultFolder() {
        return defaultFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultFolder(String osName, Map<String, String> env, Path home) {
        Path config;
        if (osName.startsWith("Windows") && env.get("APPDATA") != null) {
            config = Path.of(env.get("APPDATA"));
        } else if (osName.startsWith("Mac")) {
            config = home.resolve("Library/Application Support");
        } else if (env.get("XDG_CONFIG_HOME") != null && !env.get("XDG_CONFIG_HOME").isBlank()) {
            config = Path.of(env.get("XDG_CONFIG_HOME"));
        } else {
            config = home.resolve(".config");
        }
        return config.resolve("stepwise").resolve("recovery");
    }

    public Path folder() {
        return folder;
    }

    /** Journals a file's unsaved text (atomically: a crash mid-write leaves the previous entry). */
    public void record(Path original, String text) throws IOException {
        Files.createDirectories(folder);
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("path", original.toAbsolutePath().normalize().toString());
        entry.put("journalled", clock.instant().toString());
        entry.put("text", text);
        AtomicFiles.write(fileFor(original), JsonPrinter.pretty(entry));
    }

    /** Forgets a file's journalled text (it was saved, or closed without saving). */
    public void discard(Path original) throws IOException {
        Files.deleteIfExists(fileFor(original));
    }

    /** Everything journalled, oldest first; unreadable journal files are skipped. */
    public List<Entry> entries() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                try {
                    JsonNode node = JsonReader.readJson(Files.readString(file, StandardCharsets.UTF_8)).root();
                    entries.add(new Entry(Path.of(node.path("path").asText()), node.path("text").asText(),
                            Instant.parse(node.path("journalled").asText()), file));
                } catch (JsonSyntaxException | RuntimeException e) {
                    // half a file from another version, or not ours: leave it alone
                }
            }
        }
        entries.sort(java.util.Comparator.comparing(Entry::journalled));
        return entries;
    }

    private Path fileFor(Path original) {
        String key = original.toAbsolutePath().normalize().toString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(hash, 0, 12) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
