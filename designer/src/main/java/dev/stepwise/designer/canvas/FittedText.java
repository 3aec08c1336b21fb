package dev.stepwise.designer.canvas;

import javafx.geometry.VPos;
import javafx.scene.text.Text;

/**
 * One line of text that ends in "…" when it is wider than its room, as a Label would, but as a single node: a canvas
 * shows hundreds of states, and a Label is three nodes for CSS and bounds to visit.
 */
final class FittedText extends Text {

    private final String full;
    private double fittedTo = -1;

    FittedText(String text, String styleClass) {
        super(text);
        this.full = text;
        getStyleClass().add(styleClass);
        setTextOrigin(VPos.TOP);
        setManaged(false);
        // Another theme may bring another font: what fitted before may not now.
        fontProperty().addListener((obs, old, font) -> fittedTo = -1);
    }

    /** The whole text, however it is shown. */
    String fullText() {
        return full;
    }

    double height() {
        return getLayoutBounds().getHeight();
    }

    /** Shows as much of the text as fits in {@code width}, ending in "…" when it is cut. */
    void fit(double width) {
        if (width == fittedTo) {
            return;
        }
        fittedTo = width;
        setText(full);
        if (getLayoutBounds().getWidth() <= width) {
            return;
        }
        // The longest prefix that fits with the ellipsis, by bisection: a few text layouts, for long names only.
        int low = 0;
        int high = full.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            setText(full.substring(0, middle) + "…");
            if (getLayoutBounds().getWidth() <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        setText(full.substring(0, low).stripTrailing() + "…");
    }
}
