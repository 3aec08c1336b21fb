package dev.stepwise.engine.interp.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalFolderObjectStoreTest {

    @TempDir
    Path root;

    @Test
    void mapsBucketAndKeyToAFileUnderTheRoot() throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(root);

        store.write("data", "a/b/c.json", "[1]".getBytes(StandardCharsets.UTF_8));

        assertEquals("[1]", Files.readString(root.resolve("data/a/b/c.json")));
        assertArrayEquals("[1]".getBytes(StandardCharsets.UTF_8), store.read("data", "a/b/c.json").orElseThrow());
    }

    @Test
    void readsNothingForAMissingObject() throws Exception {
        assertEquals(Optional.empty(), new LocalFolderObjectStore(root).read("data", "none.json"));
    }

    @Test
    void overwritesWithoutLeavingTemporaryFiles() throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(root);

        store.write("data", "k", "one".getBytes(StandardCharsets.UTF_8));
        store.write("data", "k", "two".getBytes(StandardCharsets.UTF_8));

        try (Stream<Path> files = Files.list(root.resolve("data"))) {
            assertEquals(List.of(root.resolve("data/k")), files.toList());
        }
        assertEquals("two", Files.readString(root.resolve("data/k")));
    }

    @Test
    void listsKeysWithSizesInS3Order() throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(root);
        store.write("data", "p/b", "bb".getBytes(StandardCharsets.UTF_8));
        store.write("data", "p/a/x", "a".getBytes(StandardCharsets.UTF_8));
        store.write("data", "q", "q".getBytes(StandardCharsets.UTF_8));

        List<ObjectStore.ObjectSummary> listed = store.list("data", "p/");

        assertEquals(List.of("p/a/x", "p/b"), listed.stream().map(ObjectStore.ObjectSummary::key).toList());
        assertEquals(List.of(1L, 2L), listed.stream().map(ObjectStore.ObjectSummary::size).toList());
        assertEquals(List.of(), store.list("no-such-bucket", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside", "a/../../outside", "/etc/passwd", "a\\..\\b", "a//b", "./a", "a/"})
    void rejectsKeysThatEscapeOrCannotBeFiles(String key) {
        LocalFolderObjectStore store = new LocalFolderObjectStore(root);

        assertThrows(IllegalArgumentException.class, () -> store.read("data", key));
        assertThrows(IllegalArgumentException.class,
                () -> store.write("data", key, new byte[0]));
        assertTrue(Files.notExists(root.resolveSibling("outside")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "", "a/b"})
    void rejectsBucketsThatEscape(String bucket) {
        LocalFolderObjectStore store = new LocalFolderObjectStore(root);

        assertThrows(IllegalArgumentException.class, () -> store.read(bucket, "k"));
        assertThrows(IllegalArgumentException.class, () -> store.list(bucket, ""));
    }
}
