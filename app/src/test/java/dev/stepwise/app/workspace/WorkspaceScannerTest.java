package dev.stepwise.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceScannerTest {

    @TempDir
    Path root;

    private final WorkspaceScanner scanner = new WorkspaceScanner();

    @Test
    void listsAslFilesAndJsonWithTopLevelStates() throws IOException {
        write("a.asl.json", "{}");
        write("b.asl.yaml", "StartAt: A");
        write("c.asl.yml", "StartAt: A");
        write("machine.json", "{\"StartAt\":\"A\",\"States\":{}}");
        write("package.json", "{\"name\":\"x\",\"nested\":{\"States\":{}}}");
        write("notes.txt", "States");
        write("config.yaml", "States: {}");

        List<String> names = scanner.scan(root).children().stream().map(WorkspaceEntry::name).toList();

        assertThat(names).containsExactly("a.asl.json", "b.asl.yaml", "c.asl.yml", "machine.json");
    }

    @Test
    void keepsABrokenJsonStateMachineSoItsProblemsCanBeSeen() throws IOException {
        write("typo.json", "{\"StartAt\":\"A\", \"States\": {,}");
        write("broken.json", "{\"name\": ");

        assertThat(scanner.scan(root).files()).containsExactly(root.resolve("typo.json"));
    }

    @Test
    void listsSubfoldersWithStateMachinesFirstAndSkipsEmptyHiddenAndBuildFolders() throws IOException {
        write("z.asl.json", "{}");
        write("flows/inner/deep.asl.json", "{}");
        write("empty/readme.md", "nothing");
        write(".git/x.asl.json", "{}");
        write("node_modules/lib/y.asl.json", "{}");
        write("target/z.asl.json", "{}");

        WorkspaceEntry tree = scanner.scan(root);

        assertThat(tree.children()).extracting(WorkspaceEntry::name).containsExactly("flows", "z.asl.json");
        assertThat(tree.children().get(0).directory()).isTrue();
        assertThat(tree.files()).containsExactly(root.resolve("flows/inner/deep.asl.json"), root.resolve("z.asl.json"));
    }

    @Test
    void refusesAFileAsWorkspace() throws IOException {
        Path file = write("a.asl.json", "{}");

        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> scanner.scan(file));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
