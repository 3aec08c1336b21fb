package dev.stepwise.designer.editor;

import dev.stepwise.designer.json.JsonPaneView;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.StyleClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;

/**
 * Folds and unfolds blocks of the text pane: a marker after each header line's number, Ctrl+Shift+[ / Ctrl+Shift+]
 * (VS Code) and Ctrl+- / Ctrl+= (IntelliJ) at the caret, Ctrl+Shift+- / Ctrl+Shift+= for all blocks (IntelliJ).
 * Folding only hides paragraphs in the view (RichTextFX's paragraph folding); the text, and so the document, stays
 * exactly as it is.
 */
public final class CodeFolding {

    public static final KeyCombination FOLD = new KeyCodeCombination(KeyCode.OPEN_BRACKET,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination UNFOLD = new KeyCodeCombination(KeyCode.CLOSE_BRACKET,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** Collapse All and Expand All as IntelliJ binds them. */
    public static final KeyCombination FOLD_ALL = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination UNFOLD_ALL = new KeyCodeCombination(KeyCode.EQUALS,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination FOLD_MINUS = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination UNFOLD_EQUALS = new KeyCodeCombination(KeyCode.EQUALS,
            KeyCombination.SHORTCUT_DOWN);

    /** The paragraph style class RichTextFX's StyleClassedTextArea folds with. */
    private static final String COLLAPSE = "collapse";

    private final JsonPaneView pane;
    private final CodeArea area;
    private FoldRegions regions;
    private boolean reconcileQueued;

    private CodeFolding(JsonPaneView pane, JsonFormat format) {
        this.pane = pane;
        this.area = pane.codeArea();
        this.regions = FoldRegions.of(area.getText(), format);
    }

    /** Adds the gutter markers and the keys to a pane showing text of {@code format}. */
    public static CodeFolding install(JsonPaneView pane, JsonFormat format) {
        CodeFolding folding = new CodeFolding(pane, format);
        folding.area.textProperty().addListener((obs, old, now) -> {
            folding.regions = FoldRegions.of(now, format);
            folding.queueReconcile();
        });
        folding.area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (FOLD.match(event) || FOLD_MINUS.match(event)) {
                folding.foldAtCaret();
            } else if (UNFOLD.match(event) || UNFOLD_EQUALS.match(event)) {
                folding.unfoldAtCaret();
            } else if (FOLD_ALL.match(event)) {
                folding.foldAll();
            } else if (UNFOLD_ALL.match(event)) {
                folding.unfoldAll();
            } else {
                return;
            }
            // The keys are ours even when there is nothing to fold: they must not type or zoom.
            event.consume();
        });
        pane.setGutterExtra(folding::marker);
        return folding;
    }

    /** The foldable regions of the current text. */
    public FoldRegions regions() {
        return regions;
    }

    /** True when the region headed by {@code header} is folded. */
    public boolean isFolded(int header) {
        return header + 1 < area.getParagraphs().size() && depth(header + 1) > depth(header);
    }

    /** True when the line is hidden by some fold. */
    public boolean isHidden(int line) {
        return depth(line) > 0;
    }

    /**
     * How many folds hide a line. RichTextFX marks a folded line with one {@value #COLLAPSE} paragraph style per fold,
     * so a block folded inside a folded block stays folded when the outer one opens, as in VS Code.
     */
    private int depth(int line) {
        // A loop, not a stream: every keystroke asks this of every line (reconcile).
        int depth = 0;
        for (String style : area.getParagraph(line).getParagraphStyle()) {
            if (COLLAPSE.equals(style)) {
                depth++;
            }
        }
        return depth;
    }

    /** Folds the region headed by {@code header}; false when there is none or it is folded already. */
    public boolean fold(int header) {
        Optional<FoldRegions.Region> region = regions.startingAt(header);
        if (region.isEmpty() || isFolded(header)) {
            return false;
        }
        int caretLine = area.getCurrentParagraph();
        int caret = area.getCaretPosition();
        area.foldParagraphs(region.get().header(), region.get().lastHidden());
        // Folding replaces the paragraphs, which moves the caret: put it back, or on the header if it would be hidden.
        if (region.get().contains(caretLine) && caretLine != header) {
            area.moveTo(header, area.getParagraphLength(header));
        } else {
            area.moveTo(caret);
        }
        pane.refreshGutter();
        return true;
    }

    /** Unfolds the region headed by {@code header}; false when it is not folded. */
    public boolean unfold(int header) {
        if (!isFolded(header)) {
            return false;
        }
        // RichTextFX's own unfold opens every hidden line that follows, also those an outer fold hides: take one fold
        // off exactly the lines this one hides, those deeper than its header.
        int depth = depth(header);
        for (int line = header + 1; line < area.getParagraphs().size() && depth(line) > depth; line++) {
            List<String> style = new ArrayList<>(area.getParagraph(line).getParagraphStyle());
            style.remove(COLLAPSE);
            area.setParagraphStyle(line, style);
        }
        pane.refreshGutter();
        return true;
    }

    public boolean toggle(int header) {
        return isFolded(header) ? unfold(header) : fold(header);
    }

    /** Folds the innermost open region around the caret. */
    public boolean foldAtCaret() {
        int line = area.getCurrentParagraph();
        return regions.around(line).stream()
                .filter(region -> !isFolded(region.header()))
                .findFirst()
                .map(region -> fold(region.header()))
                .orElse(false);
    }

    /** Folds every region, innermost first, so that unfolding one block shows its inner blocks folded. */
    public boolean foldAll() {
        boolean any = false;
        List<FoldRegions.Region> all = regions.all();
        for (int i = all.size() - 1; i >= 0; i--) {
            any |= fold(all.get(i).header());
        }
        return any;
    }

    /** Shows every hidden line. */
    public boolean unfoldAll() {
        boolean any = false;
        for (int line = 0; line + 1 < area.getParagraphs().size(); line++) {
            while (unfold(line)) {
                any = true;
            }
        }
        return any;
    }

    /** Unfolds the folded region whose header holds the caret. */
    public boolean unfoldAtCaret() {
        return unfold(area.getCurrentParagraph());
    }

    /**
     * After an edit, hidden lines that no longer make up a whole region (its header or its end moved) are shown again,
     * so nothing stays hidden without a marker to show it. Later, because folding edits the area's paragraph styles,
     * which must not happen while the area reports a text change.
     */
    private void queueReconcile() {
        if (reconcileQueued) {
            return;
        }
        reconcileQueued = true;
        Platform.runLater(() -> {
            reconcileQueued = false;
            reconcile();
        });
    }

    private void reconcile() {
        for (int header = 0; header + 1 < area.getParagraphs().size(); header++) {
            while (isFolded(header) && regions.startingAt(header).map(FoldRegions.Region::lastHidden).orElse(-1)
                    != lastHiddenBy(header)) {
                unfold(header);
            }
        }
    }

    /** The last line of the run after a folded header that is hidden more deeply than the header. */
    private int lastHiddenBy(int header) {
        int depth = depth(header);
        int last = header;
        while (last + 1 < area.getParagraphs().size() && depth(last + 1) > depth) {
            last++;
        }
        return last;
    }

    private Node marker(int paragraph) {
        Region marker = new Region();
        marker.getStyleClass().add(StyleClasses.FOLD_TOGGLE);
        boolean foldable = regions.startingAt(paragraph).isPresent();
        marker.setVisible(foldable);
        if (foldable) {
            boolean folded = isFolded(paragraph);
            marker.pseudoClassStateChanged(StyleClasses.FOLDED, folded);
            Tooltip.install(marker, new Tooltip(folded ? "Unfold" : "Fold"));
            marker.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY) {
                    toggle(paragraph);
                    event.consume();
                }
            });
        }
        return marker;
    }
}
