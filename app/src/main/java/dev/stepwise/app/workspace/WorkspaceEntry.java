package dev.stepwise.app.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A folder or a state-machine file in the workspace tree. Folders list only what leads to files. */
public record WorkspaceEntry(Path path, boolean directory, List<WorkspaceEntry> children) {

    public WorkspaceEntry {
        Objects.requireNonNull(path, "path");
        children = List.copyOf(children);
    }

    public static WorkspaceEntry file(Path path) {
        return new WorkspaceEntry(path, false, List.of());
    }

    public String name() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** Every file below this entry, depth first, in display order. */
    public List<Path> files() {
        if (!directory) {
            return List.of(path);
        }
        return children.stream().flatMap(child -> child.files().stream()).toList();
    }

    @Override
    public String toString() {
        return name();
    }
}
