package dev.stepwise.app.workspace;

import dev.stepwise.engine.json.JsonDocument;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the state-machine files of a workspace folder: {@code *.asl.json}, {@code *.asl.yaml},
 * {@code *.asl.yml}, and {@code *.json} files whose top level has a {@code "States"} field.
 * Hidden folders and build output folders are skipped; folders without such files are left out.
 */
public final class WorkspaceScanner {

    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", "build", "cdk.out");
    private static final int MAX_DEPTH = 12;
    /** Larger .json files are not opened just to see whether they are state machines. */
    private static final long MAX_SNIFF_BYTES = 4L * 1024 * 1024;

    private static final Comparator<WorkspaceEntry> ORDER = Comparator
            .comparing((WorkspaceEntry entry) -> !entry.directory())
            .thenComparing(entry -> entry.name().toLowerCase(Locale.ROOT));

    /** The tree below {@code root}; the root itself is always returned, even when empty. */
    public WorkspaceEntry scan(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder: " + root);
        }
        try {
            return new WorkspaceEntry(root, true, children(root, 0));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether a file counts as a state machine by its name and, for plain {@code .json}, its content. */
    public boolean isStateMachineFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".asl.json") || name.endsWith(".asl.yaml") || name.endsWith(".asl.yml")) {
            return true;
        }
        return name.endsWith(".json") && hasTopLevelStates(file);
    }

    private List<WorkspaceEntry> children(Path folder, int depth) {
        if (depth > MAX_DEPTH) {
            return List.of();
        }
        List<WorkspaceEntry> entries = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path child : (Iterable<Path>) listing::iterator) {
                String name = child.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(child)) {
                    if (SKIPPED_FOLDERS.contains(name)) {
                        continue;
                    }
                    List<WorkspaceEntry> below = children(child, depth + 1);
                    if (!below.isEmpty()) {
                        entries.add(new WorkspaceEntry(child, true, below));
                    }
                } else if (Files.isRegularFile(child) && isStateMachineFile(child)) {
                    entries.add(WorkspaceEntry.file(child));
                }
            }
        } catch (IOException e) {
            if (depth == 0) {
                throw new UncheckedIOException(e);
            }
            return List.of(); // an unreadable subfolder hides only itself
        }
        entries.sort(ORDER);
        return entries;
    }

    private static boolean hasTopLevelStates(Path file) {
        try {
            if (Files.size(file) > MAX_SNIFF_BYTES) {
                return false;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            try {
                JsonDocument document = JsonReader.readJson(text);
                return document.root().isObject() && document.root().has("States");
            } catch (JsonSyntaxException broken) {
                // A state machine with a typo is still one: show it so its problems can be seen.
                return text.contains("\"States\"");
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }
}
