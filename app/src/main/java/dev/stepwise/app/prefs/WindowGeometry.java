package dev.stepwise.app.prefs;

/** Where the main window was and how big: restored on the next start. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    public static final WindowGeometry DEFAULT = new WindowGeometry(Double.NaN, Double.NaN, 1200, 800, false);

    public WindowGeometry {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("window size must be positive: " + width + "x" + height);
        }
    }

    /** Whether a position is known (the default lets the platform place the window). */
    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
