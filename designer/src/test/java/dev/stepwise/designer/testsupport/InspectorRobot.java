package dev.stepwise.designer.testsupport;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a test does in the inspector as a user would: scroll a field into view and click it, type and press Enter. */
public final class InspectorRobot {

    private InspectorRobot() {
    }

    /** Clicks the inspector node with this id, scrolled into view first. */
    public static void click(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        robot.interact(() -> {
            ScrollPane pane = robot.lookup(".inspector").queryAs(ScrollPane.class);
            Node content = pane.getContent();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double scrollable = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, (bounds.getMinY() - 40) / scrollable)));
            pane.layout(); // the click needs the node where it is drawn after the scroll, not at the next pulse
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    /** Puts {@code text} into the text field with this id and presses Enter in it. */
    public static void enter(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text)).interact(field::requestFocus).press(KeyCode.ENTER)
                .release(KeyCode.ENTER);
    }
}
