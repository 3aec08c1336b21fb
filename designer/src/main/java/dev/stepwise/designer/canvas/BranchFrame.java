package dev.stepwise.designer.canvas;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A Parallel branch or a Map's item processor inside its expanded container: a dashed frame with its label at the
 * top. Style classes {@code branch-frame} and {@code branch-label}; {@code :drop-target} while a palette drag would
 * add a state to it.
 */
public final class BranchFrame extends Region {

    public static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final int scope;
    private final Label label;

    /** @param scope the index of the branch's scope among the canvas's scopes */
    BranchFrame(int scope, String text) {
        this.scope = scope;
        label = new Label(text);
        label.getStyleClass().add("branch-label");
        getStyleClass().add("branch-frame");
        getChildren().add(label);
        setManaged(false);
        setMouseTransparent(true);
    }

    public int scope() {
        return scope;
    }

    public String text() {
        return label.getText();
    }

    /** Shows or hides the label (hidden when the canvas is zoomed far out). */
    void setShowsDetail(boolean value) {
        label.setVisible(value);
    }

    public void setDropTarget(boolean value) {
        pseudoClassStateChanged(DROP_TARGET, value);
    }

    @Override
    protected void layoutChildren() {
        label.autosize();
        label.relocate((getWidth() - label.getWidth()) / 2, 3);
    }
}
