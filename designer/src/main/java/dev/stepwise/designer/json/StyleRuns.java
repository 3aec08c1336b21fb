package dev.stepwise.designer.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The style classes of a text as runs of equal style, immutable. It lets the text pane restyle only what changed:
 * RichTextFX rebuilds every paragraph it is given styles for, which for a whole document of thousands of lines takes
 * longer than a pause in typing. A run whose style is not known (text typed since the styles were last set) has a
 * null style, which differs from every style.
 */
public final class StyleRuns {

    /** A style class laid over a range of characters: a problem underline, a bracket mark. */
    public record Overlay(int from, int to, String styleClass) {
    }

    /** A range of characters, {@code from} inclusive, {@code to} exclusive. */
    public record Range(int from, int to) {
    }

    /** Differences closer than this are restyled in one go: each restyling has a fixed cost. */
    private static final int JOIN_GAP = 64;

    private final int[] ends;
    private final List<Collection<String>> styles;

    private StyleRuns(int[] ends, List<Collection<String>> styles) {
        this.ends = ends;
        this.styles = styles;
    }

    public static StyleRuns of(StyleSpans<Collection<String>> spans) {
        Builder builder = new Builder();
        for (StyleSpan<Collection<String>> span : spans) {
            builder.add(span.getStyle(), span.getLength());
        }
        return builder.build();
    }

    public int length() {
        return ends.length == 0 ? 0 : ends[ends.length - 1];
    }

    /** The style at a character (null when unknown). */
    public Collection<String> styleAt(int offset) {
        int index = Arrays.binarySearch(ends, offset + 1);
        return styles.get(index >= 0 ? index : -index - 1);
    }

    /** These runs with the given classes added where they lie, in the order given (a class is added once). */
    public StyleRuns overlaid(List<Overlay> overlays) {
        List<int[]> events = new ArrayList<>(); // position, overlay index, +1 start / -1 end
        for (int i = 0; i < overlays.size(); i++) {
            Overlay overlay = overlays.get(i);
            int from = Math.max(0, overlay.from());
            int to = Math.min(length(), overlay.to());
            if (from < to) {
                events.add(new int[] {from, i, 1});
                events.add(new int[] {to, i, -1});
            }
        }
        if (events.isEmpty()) {
            return this;
        }
        events.sort(Comparator.comparingInt(event -> event[0]));
        boolean[] active = new boolean[overlays.size()];
        int activeCount = 0;
        Builder builder = new Builder();
        int run = 0;
        int event = 0;
        int at = 0;
        int length = length();
        while (at < length) {
            while (event < events.size() && events.get(event)[0] <= at) {
                int[] e = events.get(event++);
                active[e[1]] = e[2] > 0;
                activeCount += e[2];
            }
            while (ends[run] <= at) {
                run++;
            }
            int next = Math.min(ends[run], event < events.size() ? events.get(event)[0] : length);
            Collection<String> style = styles.get(run);
            if (activeCount > 0) {
                List<String> with = style == null ? new ArrayList<>() : new ArrayList<>(style);
                for (int i = 0; i < active.length; i++) {
                    if (active[i] && !with.contains(overlays.get(i).styleClass())) {
                        with.add(overlays.get(i).styleClass());
                    }
                }
                style = with;
            }
            builder.add(style, next - at);
            at = next;
        }
        return builder.build();
    }

    /**
     * These runs after {@code removed} characters at {@code position} were replaced by {@code inserted} characters
     * whose style is not known.
     */
    public StyleRuns edited(int position, int removed, int inserted) {
        Builder builder = new Builder();
        copy(builder, 0, position);
        builder.add(null, inserted);
        copy(builder, position + removed, length());
        return builder.build();
    }

    /**
     * The ranges where these runs differ from {@code other} (of the same length), nearby ones joined. Unknown styles
     * differ from everything.
     */
    public List<Range> differencesFrom(StyleRuns other) {
        if (other.length() != length()) {
            throw new IllegalArgumentException("runs of " + other.length() + " and " + length() + " characters");
        }
        List<Range> ranges = new ArrayList<>();
        int i = 0;
        int j = 0;
        int at = 0;
        int length = length();
        while (at < length) {
            int end = Math.min(ends[i], other.ends[j]);
            Collection<String> mine = styles.get(i);
            Collection<String> theirs = other.styles.get(j);
            if (mine == null || theirs == null || !mine.equals(theirs)) {
                int last = ranges.size() - 1;
                if (last >= 0 && at - ranges.get(last).to() <= JOIN_GAP) {
                    ranges.set(last, new Range(ranges.get(last).from(), end));
                } else {
                    ranges.add(new Range(at, end));
                }
            }
            at = end;
            if (ends[i] == at) {
                i++;
            }
            if (other.ends[j] == at) {
                j++;
            }
        }
        return ranges;
    }

    /** The styles of a range as RichTextFX spans; the range must hold no unknown style. */
    public StyleSpans<Collection<String>> spans(int from, int to) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = from;
        int run = Math.max(0, runAt(from));
        while (at < to) {
            int end = Math.min(ends[run], to);
            builder.add(Objects.requireNonNull(styles.get(run), "unknown style"), end - at);
            at = end;
            run++;
        }
        return builder.create();
    }

    private int runAt(int offset) {
        int index = Arrays.binarySearch(ends, offset + 1);
        return index >= 0 ? index : -index - 1;
    }

    private void copy(Builder builder, int from, int to) {
        if (from >= to) {
            return;
        }
        int at = from;
        int run = runAt(from);
        while (at < to) {
            int end = Math.min(ends[run], to);
            builder.add(styles.get(run), end - at);
            at = end;
            run++;
        }
    }

    private static final class Builder {
        private int[] ends = new int[64];
        private final List<Collection<String>> styles = new ArrayList<>();
        private int length;

        void add(Collection<String> style, int count) {
            if (count <= 0) {
                return;
            }
            length += count;
            int last = styles.size() - 1;
            if (last >= 0 && style != null && style.equals(styles.get(last))) {
                ends[last] = length;
                return;
            }
            if (styles.size() == ends.length) {
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            ends[styles.size()] = length;
            styles.add(style);
        }

        StyleRuns build() {
            // Not List.copyOf: unknown styles are nulls. Nothing outside can reach this list.
            return new StyleRuns(Arrays.copyOf(ends, styles.size()), new ArrayList<>(styles));
        }
    }
}
