package dev.stepwise.app.prefs;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The files opened lately, newest first, kept in the preferences (File > Open Recent). */
public final class RecentFiles {

    public static final int LIMIT = 10;
    static final String KEY = "recentFiles";

    private final PreferencesStore store;

    public RecentFiles(PreferencesStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (String line : store.get(KEY).orElse("").split("\n")) {
            if (!line.isBlank()) {
                try {
                    files.add(Path.of(line));
                } catch (InvalidPathException e) {
                    // written on another system; skip it
                }
            }
        }
        return files;
    }

    /** Puts a file first (once), keeping at most {@link #LIMIT}. */
    public List<Path> add(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(normal);
        files.add(0, normal);
        return save(files.subList(0, Math.min(LIMIT, files.size())));
    }

    public List<Path> remove(Path file) {
        List<Path> files = list();
        files.remove(file.toAbsolutePath().normalize());
        return save(files);
    }

    public List<Path> clear() {
        return save(List.of());
    }

    private List<Path> save(List<Path> files) {
        List<String> lines = files.stream().map(Path::toString).toList();
        if (lines.isEmpty()) {
            store.remove(KEY);
        } else {
            store.put(KEY, String.join("\n", lines));
        }
        store.flush();
        return List.copyOf(files);
    }
}
