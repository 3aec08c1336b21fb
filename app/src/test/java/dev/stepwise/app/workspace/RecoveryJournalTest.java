package dev.stepwise.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryJournalTest {

    @TempDir
    Path dir;

    @Test
    void theRecoveryFolderIsUnderTheUsersConfigFolder() {
        Path home = Path.of("/home/u");
        assertThat(RecoveryJournal.defaultFolder("Linux", Map.of(), home))
                .isEqualTo(Path.of("/home/u/.config/stepwise/recovery"));
        assertThat(RecoveryJournal.defaultFolder("Linux", Map.of("XDG_CONFIG_HOME", "/x"), home))
                .isEqualTo(Path.of("/x/stepwise/recovery"));
    }

    @Test
    void keepsOneEntryPerFileAndSkipsFilesItCannotRead() throws Exception {
        RecoveryJournal journal = new RecoveryJournal(dir);
        journal.record(Path.of("/w/a.json"), "one");
        journal.record(Path.of("/w/a.json"), "two");
        Files.writeString(dir.resolve("junk.json"), "{not json");

        assertThat(journal.entries()).extracting(RecoveryJournal.Entry::text).containsExactly("two");
        journal.discard(Path.of("/w/a.json"));
        assertThat(journal.entries()).isEmpty();
    }
}
