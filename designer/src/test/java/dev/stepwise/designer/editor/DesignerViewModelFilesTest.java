package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.testsupport.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save As, Revert and reloading a file that changed on disk, without a stage. */
class DesignerViewModelFilesTest {

    @TempDir
    Path dir;

    private DesignerViewModel open() throws Exception {
        Path file = Files.writeString(dir.resolve("order.asl.json"), Samples.ORDER);
        return new DesignerViewModel(WorkflowDocument.open(file));
    }

    private static void touch(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
    }

    @Test
    void saveAsWritesTheNewFileLeavesTheOldOneAndMakesTheNewOneTheDocumentsFile() throws Exception {
        DesignerViewModel designer = open();
        designer.textEdited(Samples.ORDER.replace("Orders", "Copied"));
        Path copy = dir.resolve("copy.asl.json");

        assertThat(designer.saveAs(copy)).isTrue();

        assertThat(Files.readString(copy)).contains("Copied");
        assertThat(Files.readString(dir.resolve("order.asl.json"))).isEqualTo(Samples.ORDER);
        assertThat(designer.document().path()).contains(copy.toAbsolutePath());
        assertThat(designer.document().isDirty()).isFalse();
        assertThat(designer.statusProperty().get()).isEqualTo("Saved copy.asl.json");
    }

    @Test
    void revertPutsTheFilesTextBackAsOneUndoableEdit() throws Exception {
        DesignerViewModel designer = open();
        designer.textEdited(Samples.ORDER.replace("Orders", "Edited"));

        assertThat(designer.revert()).isTrue();

        assertThat(designer.document().getText()).isEqualTo(Samples.ORDER);
        assertThat(designer.document().isDirty()).isFalse();
        designer.undo();
        assertThat(designer.document().getText()).contains("Edited");
    }

    @Test
    void aCleanDocumentReloadsWhenItsFileChangesOnDisk() throws Exception {
        DesignerViewModel designer = open();
        assertThat(designer.checkDisk(() -> false)).isEqualTo(DesignerViewModel.DiskCheck.UNCHANGED);
        String changed = Samples.ORDER.replace("Orders", "Changed elsewhere");
        touch(dir.resolve("order.asl.json"), changed);

        assertThat(designer.checkDisk(() -> {
            throw new AssertionError("a clean document is not asked about");
        })).isEqualTo(DesignerViewModel.DiskCheck.RELOADED);
        assertThat(designer.document().getText()).isEqualTo(changed);
        assertThat(designer.document().isDirty()).isFalse();
    }

    @Test
    void aDirtyDocumentAsksAndKeepsItsTextWhenTheAnswerIsNo() throws Exception {
        DesignerViewModel designer = open();
        String typed = Samples.ORDER.replace("Orders", "Typed here");
        designer.textEdited(typed);
        touch(dir.resolve("order.asl.json"), Samples.ORDER.replace("Orders", "Changed elsewhere"));

        assertThat(designer.checkDisk(() -> false)).isEqualTo(DesignerViewModel.DiskCheck.KEPT);
        assertThat(designer.document().getText()).isEqualTo(typed);
        // asked once: the same change is not reported again
        assertThat(designer.checkDisk(() -> true)).isEqualTo(DesignerViewModel.DiskCheck.UNCHANGED);
    }
}
