package dev.stepwise.designer.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.testsupport.Samples;
import org.junit.jupiter.api.Test;

class FormatDocumentCommandTest {

    @Test
    void isOneCommandThatUndoRestoresTheExactBytes() {
        WorkflowDocument document = WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON);
        CommandStack commands = new CommandStack();

        assertTrue(commands.push(new FormatDocumentCommand(document)));

        assertTrue(document.getText().startsWith("{\n  \"Comment\": \"Orders\",\n  \"StartAt\": \"Check\","));
        assertTrue(document.getText().contains("\"NumericGreaterThan\": 100.50,"));
        assertEquals("Format Document", commands.undoDescriptionProperty().get());
        assertEquals(1, commands.undoSize());

        commands.undo();
        assertEquals(Samples.ORDER, document.getText());
        commands.redo();
        assertTrue(document.getText().contains("\n      \"Type\": \"Choice\",\n"));
    }

    @Test
    void isNotExecutableOnFormattedOrInvalidText() {
        WorkflowDocument formatted = WorkflowDocument.of("{\n  \"a\": 1\n}\n", JsonFormat.JSON);
        WorkflowDocument broken = WorkflowDocument.of("{\"a\": ", JsonFormat.JSON);

        assertFalse(new FormatDocumentCommand(formatted).isExecutable());
        assertFalse(new FormatDocumentCommand(broken).isExecutable());
    }
}
