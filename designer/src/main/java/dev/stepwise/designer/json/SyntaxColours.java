package dev.stepwise.designer.json;

import dev.stepwise.engine.json.JsonFormat;
import java.util.Arrays;
import java.util.Collection;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * The syntax colours of a code area's text, JSON or YAML, kept in step with typing line by line: an edit makes the
 * colours of what it typed unknown, and {@link #current()} colours again only the lines that hold such text (in YAML,
 * also the lines after them whose block scalar they start or end). Colouring a 6,000-line text whole on every
 * keystroke took 15 to 40 ms and made garbage enough for a collection every edit or two.
 */
final class SyntaxColours {

    /** The YAML state of a line typed in and not coloured yet: it equals no state a highlighter reports. */
    private static final int UNKNOWN_STATE = Integer.MIN_VALUE;

    private final CodeArea area;
    private JsonFormat format = JsonFormat.JSON;
    /** The colours of the text, unknown where typed since they were made; null to make them whole. */
    private StyleRuns colours;
    /**
     * For YAML, the {@linkplain YamlHighlighter#state() state} each line of {@link #colours} starts in, kept in step
     * with the lines as they are typed in and removed.
     */
    private int[] lineStates;

    SyntaxColours(CodeArea area) {
        this.area = area;
    }

    JsonFormat format() {
        return format;
    }

    /** Colours the text as JSON or YAML from now on (whole, the next time they are asked for). */
    void setFormat(JsonFormat newFormat) {
        format = newFormat;
        colours = null;
    }

    /**
     * Takes in an edit of the area's text. The character before it (at the text's start, the one after it) counts as
     * typed too, so that a deletion still marks its line: removing a quote or a line break can recolour the rest of
     * it.
     */
    void edited(RichTextChange<Collection<String>, String, Collection<String>> change) {
        if (colours == null) {
            return;
        }
        int position = change.getPosition();
        int beside = position > 0 || area.getLength() > change.getInserted().length() ? 1 : 0;
        colours = colours.edited(Math.max(0, position - 1), change.getRemoved().length() + beside,
                change.getInserted().length() + beside);
        if (format == JsonFormat.YAML) {
            lineStates = lineStatesAfter(change);
        }
    }

    /** The colours of the text as it is now. */
    StyleRuns current() {
        if (colours == null) {
            colours = format == JsonFormat.YAML ? wholeYamlColours()
                    : StyleRuns.of(JsonHighlighter.highlight(area.getText()));
        } else {
            colours = withTypedLinesColoured(colours);
        }
        return colours;
    }

    /**
     * The colours with the lines that hold text of unknown style coloured again, each line once; in YAML, on past
     * them through the lines whose block scalar they start or end.
     */
    private StyleRuns withTypedLinesColoured(StyleRuns runs) {
        int next = 0; // the first line not coloured again yet
        for (StyleRuns.Range typed : runs.unknown()) {
            int first = Math.max(next, paragraphAt(typed.from()));
            int last = paragraphAt(typed.to());
            if (first > last) {
                continue;
            }
            StyleSpans<Collection<String>> part;
            if (format == JsonFormat.YAML) {
                YamlHighlighter highlighter = new YamlHighlighter(lineStates[first]);
                next = colourYamlLines(highlighter, first, last);
                part = highlighter.spans();
            } else {
                next = last + 1;
                part = JsonHighlighter.highlight(area.getText(lineStart(first), lineStart(next)));
            }
            runs = runs.replaced(lineStart(first), lineStart(next), StyleRuns.of(part));
        }
        return runs;
    }

    /** The YAML colours of the whole text; notes the state each line starts in. */
    private StyleRuns wholeYamlColours() {
        lineStates = new int[area.getParagraphs().size()];
        lineStates[0] = YamlHighlighter.NO_BLOCK_SCALAR;
        YamlHighlighter highlighter = new YamlHighlighter(lineStates[0]);
        colourYamlLines(highlighter, 0, lineStates.length - 1);
        return StyleRuns.of(highlighter.spans());
    }

    /**
     * Colours the lines from {@code first} through {@code last}, and on until a line starts in the state it started
     * in before (its colours and those after it stay as they are) or the text ends, noting the state each line
     * starts in. Returns the line after the last one coloured.
     */
    private int colourYamlLines(YamlHighlighter highlighter, int first, int last) {
        int line = first;
        while (true) {
            highlighter.line(area.getParagraph(line).getText(), line + 1 < lineStates.length);
            line++;
            if (line == lineStates.length || line > last && highlighter.state() == lineStates[line]) {
                return line;
            }
            lineStates[line] = highlighter.state();
        }
    }

    /** The line states after an edit: the lines it removed dropped, the lines it inserted in an unknown state. */
    private int[] lineStatesAfter(RichTextChange<Collection<String>, String, Collection<String>> change) {
        int line = paragraphAt(change.getPosition());
        int removed = change.getRemoved().getParagraphs().size() - 1;
        int inserted = change.getInserted().getParagraphs().size() - 1;
        int[] states = new int[lineStates.length - removed + inserted];
        System.arraycopy(lineStates, 0, states, 0, line + 1);
        Arrays.fill(states, line + 1, line + 1 + inserted, UNKNOWN_STATE);
        System.arraycopy(lineStates, line + 1 + removed, states, line + 1 + inserted,
                lineStates.length - line - 1 - removed);
        return states;
    }

    private int paragraphAt(int offset) {
        return area.offsetToPosition(offset, Bias.Forward).getMajor();
    }

    /** Where a line starts; the text's end for the line after the last. */
    private int lineStart(int line) {
        return line < area.getParagraphs().size() ? area.getAbsolutePosition(line, 0) : area.getLength();
    }
}
