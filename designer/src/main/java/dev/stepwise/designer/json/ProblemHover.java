package dev.stepwise.designer.json;

import dev.stepwise.engine.asl.validate.Diagnostic;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * Shows the problems underlined under the pointer once it rests on them, as an IDE does, and hides them when it
 * moves on. Style class {@code problem-hover}.
 */
final class ProblemHover {

    /** How long the pointer rests on a character before its problems show. */
    static final Duration DELAY = Duration.ofMillis(400);
    /** Below the pointer, so that the tooltip does not cover the text it is about. */
    private static final double BELOW = 18;
    /** Long messages wrap rather than run off the screen. */
    private static final double MAX_WIDTH = 420;

    private final Tooltip tooltip = new Tooltip();

    ProblemHover(JsonPaneView view) {
        tooltip.getStyleClass().add("problem-hover");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(MAX_WIDTH);
        CodeArea area = view.codeArea();
        area.setMouseOverTextDelay(DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> {
            List<Diagnostic> problems = view.problemsAt(event.getCharacterIndex());
            if (!problems.isEmpty()) {
                tooltip.setText(JsonPaneView.describe(problems));
                Point2D at = event.getScreenPosition();
                tooltip.show(area, at.getX(), at.getY() + BELOW);
                keepInsideWindow();
            }
        });
        // Its width may be known only once its text is laid out, after it was shown.
        tooltip.widthProperty().addListener((obs, old, width) -> keepInsideWindow());
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> tooltip.hide());
    }

    /** Moves the tooltip left as far as needed for it to end inside the editor's window (the text is on its right). */
    private void keepInsideWindow() {
        Window window = tooltip.getOwnerWindow();
        if (!tooltip.isShowing() || window == null) {
            return;
        }
        double right = window.getX() + window.getWidth();
        if (tooltip.getX() + tooltip.getWidth() > right) {
            tooltip.setX(Math.max(window.getX(), right - tooltip.getWidth()));
        }
    }

    /** The tooltip, shown or not (for tests). */
    Tooltip tooltip() {
        return tooltip;
    }
}
