package dev.stepwise.app.actions;

import java.util.Optional;
import javafx.scene.input.KeyCombination;

/**
 * Every menu command of the main window, declared once: its text and its key binding.
 * {@link ActionFactory} turns these into menu items; the Help window lists the bindings from here.
 * "Shortcut" is Ctrl on Linux and Windows and Cmd on macOS.
 */
public enum StandardActions {
    NEW_FROM_TEMPLATE("New from Template…", null),
    OPEN_WORKSPACE("Open Workspace…", "Shortcut+O"),
    OPEN_RECENT("Open Recent", null),
    IMPORT("Import…", null),
    SAVE("Save", "Shortcut+S"),
    SAVE_AS("Save As…", "Shortcut+Shift+S"),
    REVERT("Revert", null),
    EXPORT("Export…", null),
    CLOSE_TAB("Close Tab", "Shortcut+W"),
    UNDO("Undo", "Shortcut+Z"),
    REDO("Redo", "Shortcut+Shift+Z"),
    RELAYOUT("Re-layout", null),
    FORMAT_DOCUMENT("Format Document", "Shift+Alt+F"),
    FOLD_BLOCK("Fold Block", "Shortcut+Shift+Open Bracket"),
    UNFOLD_BLOCK("Unfold Block", "Shortcut+Shift+Close Bracket"),
    GO_TO_MATCHING_BRACKET("Go to Matching Bracket", "Shortcut+Shift+M"),
    FIT_TO_WINDOW("Fit to Window", null),
    QUIT("Quit", "Shortcut+Q"),
    LIGHT_THEME("Light Theme", null),
    DARK_THEME("Dark Theme", null),
    TOGGLE_PROBLEMS("Problems Panel", null),
    HELP("Help", "F1"),
    ABOUT("About Stepwise", null);

    private final String text;
    private final KeyCombination accelerator;

    StandardActions(String text, String accelerator) {
        this.text = text;
        this.accelerator = accelerator == null ? null : KeyCombination.keyCombination(accelerator);
    }

    public String text() {
        return text;
    }

    public Optional<KeyCombination> accelerator() {
        return Optional.ofNullable(accelerator);
    }
}
