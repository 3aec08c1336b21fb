package dev.stepwise.designer.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignerViewModelFormatTest {

    @Test
    void formatsAndSaysSo() {
        DesignerViewModel viewModel = new DesignerViewModel(WorkflowDocument.of("{\"a\":[1]}", JsonFormat.JSON));

        assertTrue(viewModel.formatDocument());

        assertEquals("{\n  \"a\": [\n    1\n  ]\n}\n", viewModel.document().getText());
        assertEquals("Formatted the document", viewModel.statusProperty().get());
    }

    @Test
    void refusesInvalidJsonWithAMessageEveryTimeAndChangesNothing() {
        String broken = "{\"a\": [1,}";
        DesignerViewModel viewModel = new DesignerViewModel(WorkflowDocument.of(broken, JsonFormat.JSON));
        List<String> shown = new ArrayList<>();
        viewModel.statusProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                shown.add(now);
            }
        });

        assertFalse(viewModel.formatDocument());
        assertFalse(viewModel.formatDocument());

        assertEquals(2, shown.size());
        assertTrue(shown.get(0).startsWith("Cannot format: the text is not valid JSON (line 1, column 10)"),
                shown.get(0));
        assertEquals(broken, viewModel.document().getText());
        assertEquals(0, viewModel.commands().undoSize());
    }

    @Test
    void saysWhenThereIsNothingToDo() {
        DesignerViewModel viewModel = new DesignerViewModel(WorkflowDocument.of("{}\n", JsonFormat.JSON));

        assertFalse(viewModel.formatDocument());

        assertEquals("The document is formatted already", viewModel.statusProperty().get());
    }

    @Test
    void saysYamlIsNotFormatted() {
        String yaml = "StartAt: A\nStates:\n  A: {Type: Succeed}\n";
        DesignerViewModel viewModel = new DesignerViewModel(WorkflowDocument.of(yaml, JsonFormat.YAML));

        assertFalse(viewModel.formatDocument());

        assertEquals("Format Document works on JSON only: reformatting YAML would lose its comments",
                viewModel.statusProperty().get());
        assertEquals(yaml, viewModel.document().getText());
    }
}
