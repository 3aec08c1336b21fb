package dev.stepwise.designer.json;

import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.asl.validate.Severity;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.StyleClasses;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.RichTextChange;

/**
 * A view of a state-machine source (JSON or YAML) with its syntax highlighted, line numbers and problem markers:
 * a coloured dot in the gutter and a dashed underline on every line that has a diagnostic. Read-only by default;
 * the designer makes it editable ({@link #setEditable}) and owns what typing does.
 */
public final class JsonPaneView extends BorderPane {

    /** More separate ranges to restyle than this are restyled as one. */
    private static final int MAX_RESTYLES = 16;

    private final CodeArea area = new CodeArea();
    private final ReadOnlyIntegerWrapper caretLine = new ReadOnlyIntegerWrapper(this, "caretLine", 1);
    private final ReadOnlyIntegerWrapper caretColumn = new ReadOnlyIntegerWrapper(this, "caretColumn", 1);
    /** Diagnostics by 0-based paragraph. */
    private Map<Integer, List<Diagnostic>> byParagraph = Map.of();
    /**
     * The problem markers of the gutters made so far, by 0-based paragraph. A gutter is made again when its line's
     * number changes, so each keeps its paragraph; the area drops the gutters it no longer shows, and so does this map.
     */
    private final Map<Circle, Integer> gutterMarkers = new WeakHashMap<>();
    /** How many digits the gutter's line numbers were drawn with. */
    private int gutterDigits;
    /** Extra style classes laid over the highlighting (bracket matches, ...), by class: character ranges. */
    private final Map<String, List<IndexRange>> marks = new LinkedHashMap<>();
    /** The styles the area shows, as far as known: text typed since they were set has unknown styles. */
    private StyleRuns applied;
    /** True while this view sets styles itself: those changes are known. */
    private boolean restyling;
    /** The syntax colours of the text, JSON or YAML. */
    private final SyntaxColours colours = new SyntaxColours(area);
    /** Shows the problems under the pointer. */
    private final ProblemHover problemHover;
    /** What an editor feature adds at the end of each line's gutter (a fold marker); null adds nothing. */
    private IntFunction<Node> gutterExtra;

    public JsonPaneView() {
        getStyleClass().add(StyleClasses.JSON_PANE);
        area.getStyleClass().add(StyleClasses.JSON_PANE);
        area.setEditable(false);
        // The caret shows even where the text is not focused or is read-only, but only in a showing window. Elsewhere
        // it is AUTO: ON and OFF each subscribe the area to one stream shared by all areas, which would keep an
        // editor closed, and everything it shows, in memory for good.
        area.showCaretProperty().bind(area.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).map(showing -> showing ? Caret.CaretVisibility.ON
                        : Caret.CaretVisibility.AUTO).orElse(Caret.CaretVisibility.AUTO));
        area.setParagraphGraphicFactory(this::gutter);
        area.currentParagraphProperty().addListener((obs, old, paragraph) -> caretLine.set(paragraph + 1));
        area.caretColumnProperty().addListener((obs, old, column) -> caretColumn.set(column + 1));
        // Rich changes, not plain ones: replacing text by the same text is no plain change but may change its style.
        area.richChanges().subscribe(change -> {
            if (!restyling && !onlyParagraphStylesChanged(change)) {
                colours.edited(change);
                if (applied != null) {
                    applied = applied.edited(change.getPosition(), change.getRemoved().length(),
                            change.getInserted().length());
                }
                if (change.getRemoved().getText().equals(change.getInserted().getText())) {
                    // Text typed over the same text (a space selected and typed again) changes no text, so no one
                    // refreshes the colours; the area gave it the style of the text before it.
                    restyle();
                }
            }
        });
        setCenter(new VirtualizedScrollPane<>(area));
        problemHover = new ProblemHover(this);
    }

    public void setText(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret(); // a new text is shown from its top, not where the replacement left the view
        area.getUndoManager().forgetHistory();
        refreshMarkers();
    }

    /**
     * Makes the text equal to {@code text} by replacing only the stretch that differs, so the caret and the scroll
     * position stay where they were for everything around it.
     */
    public void updateText(String text) {
        String current = area.getText();
        if (current.equals(text)) {
            return;
        }
        int prefix = 0;
        int max = Math.min(current.length(), text.length());
        while (prefix < max && current.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && current.charAt(current.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        area.replaceText(prefix, current.length() - suffix, text.substring(prefix, text.length() - suffix));
        refreshMarkers();
    }

    /** Colours the text as JSON (the default) or YAML. */
    public void setFormat(JsonFormat newFormat) {
        if (newFormat != colours.format()) {
            colours.setFormat(newFormat);
            refreshHighlighting();
        }
    }

    public void setEditable(boolean editable) {
        area.setEditable(editable);
    }

    /** Selects a range of characters and scrolls it into view. */
    public void selectAndReveal(int start, int end) {
        int length = area.getLength();
        area.selectRange(Math.min(start, length), Math.min(end, length));
        area.requestFollowCaret();
        area.showParagraphAtCenter(area.getCurrentParagraph());
    }

    /**
     * Re-colours the text (after typing: highlighting follows the text, problems follow the document). The gutter
     * stays: its line numbers follow the lines by themselves and its markers change with the problems; only a change
     * in how many digits the line numbers have redraws it.
     */
    public void refreshHighlighting() {
        restyle();
        if (lineNumberDigits() != gutterDigits) {
            refreshGutter();
        }
    }

    private int lineNumberDigits() {
        return String.valueOf(Math.max(1, area.getParagraphs().size())).length();
    }

    public String getText() {
        return area.getText();
    }

    /**
     * Lays a style class over character ranges, replacing the ranges it had before. The marks survive re-highlighting
     * and are clamped to the text; the text itself is not touched.
     */
    public void mark(String styleClass, List<IndexRange> ranges) {
        mark(Map.of(styleClass, ranges));
    }

    /** Lays several style classes over their ranges at once, in the map's order: one restyling for them all. */
    public void mark(Map<String, List<IndexRange>> rangesByClass) {
        boolean changed = false;
        for (Map.Entry<String, List<IndexRange>> entry : rangesByClass.entrySet()) {
            if (!marks.getOrDefault(entry.getKey(), List.of()).equals(entry.getValue())) {
                marks.put(entry.getKey(), List.copyOf(entry.getValue()));
                changed = true;
            }
        }
        if (changed) {
            restyle();
        }
    }

    /** The ranges a style class is laid over now. */
    public List<IndexRange> marked(String styleClass) {
        return marks.getOrDefault(styleClass, List.of());
    }

    /** Adds a node at the end of every line's gutter (after the line number); null removes it. */
    public void setGutterExtra(IntFunction<Node> extra) {
        gutterExtra = extra;
        refreshGutter();
    }

    /** Rebuilds the visible gutters, after something they show changed. */
    public void refreshGutter() {
        gutterDigits = lineNumberDigits();
        // A new factory makes the area rebuild every visible gutter.
        area.setParagraphGraphicFactory(null);
        area.setParagraphGraphicFactory(this::gutter);
    }

    /** Replaces the problem markers. Diagnostics without a known line are marked on line 1. */
    public void setDiagnostics(List<Diagnostic> diagnostics) {
        Map<Integer, List<Diagnostic>> grouped = new TreeMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            int paragraph = Math.max(0, diagnostic.line() - 1);
            grouped.computeIfAbsent(paragraph, p -> new ArrayList<>()).add(diagnostic);
        }
        if (grouped.equals(byParagraph)) {
            return; // the same problems at the same places: the styles the last edit gave are right
        }
        Map<Integer, List<Diagnostic>> before = byParagraph;
        byParagraph = grouped;
        restyle();
        // The gutters shown keep their nodes: only the markers of lines whose problems changed are marked again (a
        // rebuild would restyle every line number, and a tooltip is a popup window).
        gutterMarkers.forEach((marker, paragraph) -> {
            if (!before.getOrDefault(paragraph, List.of()).equals(grouped.getOrDefault(paragraph, List.of()))) {
                showProblems(marker, paragraph);
            }
        });
    }

    /** Moves the caret to a 1-based line and column (clamped to the text) and scrolls it into view. */
    public void moveCaretTo(int line, int column) {
        int paragraph = clamp(line - 1, 0, area.getParagraphs().size() - 1);
        int offset = clamp(column - 1, 0, area.getParagraphLength(paragraph));
        area.moveTo(paragraph, offset);
        area.requestFollowCaret();
        area.showParagraphAtCenter(paragraph);
    }

    /** The 1-based line of the caret. */
    public ReadOnlyIntegerProperty caretLineProperty() {
        return caretLine.getReadOnlyProperty();
    }

    /** The 1-based column of the caret. */
    public ReadOnlyIntegerProperty caretColumnProperty() {
        return caretColumn.getReadOnlyProperty();
    }

    /** The text area, for focus handling and tests. */
    public CodeArea codeArea() {
        return area;
    }

    /** The tooltip that shows the problems under the pointer (for tests). */
    Tooltip problemTooltip() {
        return problemHover.tooltip();
    }

    /** The style classes at a 1-based line and column, for tests and tooling. */
    public List<String> styleAt(int line, int column) {
        int paragraph = line - 1;
        return List.copyOf(area.getStyleAtPosition(paragraph, column));
    }

    private void refreshMarkers() {
        restyle();
        refreshGutter();
    }

    /** Gives the text its colours, problem underlines and marks, setting only the styles that differ from before. */
    private void restyle() {
        if (area.getLength() == 0) {
            applied = null;
            return;
        }
        StyleRuns wanted = wantedStyles();
        restyling = true;
        try {
            if (applied == null || applied.length() != wanted.length()) {
                area.setStyleSpans(0, wanted.spans(0, wanted.length()));
            } else {
                List<StyleRuns.Range> ranges = wanted.differencesFrom(applied);
                if (ranges.size() > MAX_RESTYLES) {
                    // Each call notifies the area's views; past a few, one call over them all is cheaper.
                    ranges = List.of(new StyleRuns.Range(ranges.get(0).from(), ranges.get(ranges.size() - 1).to()));
                }
                for (StyleRuns.Range range : ranges) {
                    area.setStyleSpans(range.from(), wanted.spans(range.from(), range.to()));
                }
            }
        } finally {
            restyling = false;
        }
        applied = wanted;
    }

    private StyleRuns wantedStyles() {
        List<StyleRuns.Overlay> overlays = new ArrayList<>();
        for (Underline underline : underlines()) {
            overlays.add(new StyleRuns.Overlay(underline.from(), underline.to(),
                    isError(underline.problems()) ? StyleClasses.PROBLEM_ERROR : StyleClasses.PROBLEM_WARNING));
        }
        marks.forEach((styleClass, ranges) -> ranges.forEach(range ->
                overlays.add(new StyleRuns.Overlay(range.getStart(), range.getEnd(), styleClass))));
        return colours.current().overlaid(overlays);
    }

    /** The problems of a line and the characters underlined for them. */
    private record Underline(int from, int to, List<Diagnostic> problems) {
    }

    /**
     * Each line's problems underlined from the first problem's column (or the line's first character when nothing
     * but spaces follow it) to the line's last character.
     */
    private List<Underline> underlines() {
        List<Underline> underlines = new ArrayList<>();
        int paragraphs = area.getParagraphs().size();
        for (Map.Entry<Integer, List<Diagnostic>> entry : byParagraph.entrySet()) {
            int paragraph = entry.getKey();
            if (paragraph >= paragraphs) {
                continue;
            }
            String text = area.getParagraph(paragraph).getText();
            int first = entry.getValue().stream().mapToInt(d -> Math.max(0, d.column() - 1)).min().orElse(0);
            int start = Math.min(first, text.length());
            if (text.substring(start).isBlank()) {
                start = text.length() - text.stripLeading().length();
            }
            int end = text.stripTrailing().length();
            if (start < end) {
                underlines.add(new Underline(area.getAbsolutePosition(paragraph, start),
                        area.getAbsolutePosition(paragraph, end), entry.getValue()));
            }
        }
        return underlines;
    }

    /** The problems underlined at a character: what hovering it shows. */
    public List<Diagnostic> problemsAt(int offset) {
        return underlines().stream()
                .filter(underline -> underline.from() <= offset && offset < underline.to())
                .flatMap(underline -> underline.problems().stream())
                .toList();
    }

    /** Folding changes paragraph styles only: the text and its styles stay as they are. */
    private static boolean onlyParagraphStylesChanged(
            RichTextChange<Collection<String>, String, Collection<String>> change) {
        var removed = change.getRemoved();
        var inserted = change.getInserted();
        return removed.length() == inserted.length() && removed.getText().equals(inserted.getText())
                && (removed.length() == 0 || StyleRuns.of(removed.getStyleSpans(0, removed.length()))
                .differencesFrom(StyleRuns.of(inserted.getStyleSpans(0, inserted.length()))).isEmpty());
    }

    private Node gutter(int paragraph) {
        int digits = lineNumberDigits();
        Label number = new Label(String.format(Locale.ROOT, "%" + digits + "d", paragraph + 1));
        number.getStyleClass().add(StyleClasses.LINE_NUMBER);
        Circle marker = new Circle(4);
        marker.getStyleClass().add(StyleClasses.GUTTER_MARKER);
        showProblems(marker, paragraph);
        gutterMarkers.put(marker, paragraph);
        HBox box = new HBox(marker, number);
        if (gutterExtra != null) {
            box.getChildren().add(gutterExtra.apply(paragraph));
        }
        // A folded-away line keeps its cell but no height: its gutter would be drawn over the next line's.
        box.setVisible(!area.isFolded(paragraph));
        box.getStyleClass().add(StyleClasses.GUTTER);
        return box;
    }

    /** Marks a gutter's problem marker as its line's problems are: error, warning or none, with them as tooltip. */
    private void showProblems(Circle marker, int paragraph) {
        List<Diagnostic> here = byParagraph.getOrDefault(paragraph, List.of());
        boolean error = isError(here);
        marker.pseudoClassStateChanged(StyleClasses.ERROR, error);
        marker.pseudoClassStateChanged(StyleClasses.WARNING, !here.isEmpty() && !error);
        Tooltip shown = (Tooltip) marker.getProperties().remove(Tooltip.class);
        if (shown != null) {
            Tooltip.uninstall(marker, shown);
        }
        if (!here.isEmpty()) {
            Tooltip tooltip = new Tooltip(describe(here));
            Tooltip.install(marker, tooltip);
            marker.getProperties().put(Tooltip.class, tooltip);
        }
    }

    /** Problems as their tooltips show them: a line each, code and message. */
    static String describe(List<Diagnostic> problems) {
        return problems.stream().map(d -> d.code() + ": " + d.message()).collect(Collectors.joining("\n"));
    }

    private static boolean isError(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
