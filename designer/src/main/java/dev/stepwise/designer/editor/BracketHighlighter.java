package dev.stepwise.designer.editor;

import dev.stepwise.designer.json.JsonPaneView;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.StyleClasses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;

/**
 * Marks the bracket beside the caret and its partner, and every bracket without a partner as an error. Ctrl+Shift+M
 * (IntelliJ) or Ctrl+] moves the caret to the partner. Only styles change; the text is never touched.
 */
public final class BracketHighlighter {

    public static final KeyCombination JUMP = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination JUMP_BRACKET = new KeyCodeCombination(KeyCode.CLOSE_BRACKET,
            KeyCombination.SHORTCUT_DOWN);

    private final JsonPaneView pane;
    private final CodeArea area;
    private BracketPairs pairs;

    private BracketHighlighter(JsonPaneView pane, JsonFormat format) {
        this.pane = pane;
        this.area = pane.codeArea();
        this.pairs = BracketPairs.scan(area.getText(), format);
    }

    /** Starts following the pane's text (of {@code format}) and caret. */
    public static BracketHighlighter install(JsonPaneView pane, JsonFormat format) {
        BracketHighlighter highlighter = new BracketHighlighter(pane, format);
        highlighter.area.textProperty().addListener((obs, old, now) -> {
            highlighter.pairs = BracketPairs.scan(now, format);
            highlighter.update();
        });
        highlighter.area.caretPositionProperty().addListener((obs, old, now) -> highlighter.update());
        highlighter.area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if ((JUMP.match(event) || JUMP_BRACKET.match(event)) && highlighter.jumpToPartner()) {
                event.consume();
            }
        });
        highlighter.update();
        return highlighter;
    }

    private void update() {
        List<IndexRange> unmatched = new ArrayList<>();
        for (int offset : pairs.unmatched()) {
            unmatched.add(new IndexRange(offset, offset + 1));
        }
        List<IndexRange> matched = new ArrayList<>();
        pairs.atCaret(area.getCaretPosition()).ifPresent(match -> match.partner().ifPresent(partner -> {
            matched.add(new IndexRange(match.bracket(), match.bracket() + 1));
            matched.add(new IndexRange(partner, partner + 1));
        }));
        // Both at once: every restyling compares the styles of the whole text.
        Map<String, List<IndexRange>> marks = new LinkedHashMap<>();
        marks.put(StyleClasses.BRACKET_UNMATCHED, unmatched);
        marks.put(StyleClasses.BRACKET_MATCH, matched);
        pane.mark(marks);
    }

    /** Puts the caret just before the partner of the bracket beside it; false when there is none. */
    public boolean jumpToPartner() {
        Optional<Integer> partner = pairs.atCaret(area.getCaretPosition()).flatMap(BracketPairs.Match::partner);
        partner.ifPresent(offset -> {
            area.moveTo(offset);
            area.requestFollowCaret();
        });
        return partner.isPresent();
    }
}
