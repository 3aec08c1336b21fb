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
    /** The style of each run: a {@code Collection<String>}, or null where unknown. */
    private final Object[] styles;

    private StyleRuns(int[] ends, Object[] styles) {
        this.ends = ends;
        this.styles = styles;
    }

    public static StyleRuns of(StyleSpans<Collection<String>> spans) {
        Builder builder = new Builder(spans.getSpanCount());
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
        return style(runAt(offset));
    }

    /** The ranges of unknown style, in order. */
    public List<Range> unknown() {
        List<Range> ranges = new ArrayList<>();
        for (int run = 0; run < styles.length; run++) {
            if (styles[run] == null) {
                ranges.add(new Range(run == 0 ? 0 : ends[run - 1], ends[run]));
            }
        }
        return ranges;
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
        Builder builder = new Builder(styles.length + events.size());
        int event = 0;
        int at = 0;
        int length = length();
        while (at < length) {
            while (event < events.size() && events.get(event)[0] <= at) {
                int[] e = events.get(event++);
                active[e[1]] = e[2] > 0;
                activeCount += e[2];
            }
            int next = event < events.size() ? events.get(event)[0] : length;
            if (activeCount == 0) {
                builder.copy(this, at, next); // most of a text lies under no overlay: copied as it is
                at = next;
                continue;
            }
            int run = runAt(at);
            int end = Math.min(ends[run], next);
            List<String> with = style(run) == null ? new ArrayList<>() : new ArrayList<>(style(run));
            for (int i = 0; i < active.length; i++) {
                if (active[i] && !with.contains(overlays.get(i).styleClass())) {
                    with.add(overlays.get(i).styleClass());
                }
            }
            builder.add(with, end - at);
            at = end;
        }
        return builder.build();
    }

    /**
     * These runs after {@code removed} characters at {@code position} were replaced by {@code inserted} characters
     * whose style is not known.
     */
    public StyleRuns edited(int position, int removed, int inserted) {
        Builder builder = new Builder(styles.length + 2);
        builder.copy(this, 0, position);
        builder.add(null, inserted);
        builder.copy(this, position + removed, length());
        return builder.build();
    }

    /** These runs with the characters from {@code from} (inclusive) to {@code to} styled as {@code part} is. */
    public StyleRuns replaced(int from, int to, StyleRuns part) {
        if (part.length() != to - from) {
            throw new IllegalArgumentException("runs of " + part.length() + " characters for " + (to - from));
        }
        Builder builder = new Builder(styles.length + part.styles.length);
        builder.copy(this, 0, from);
        builder.copy(part, 0, part.length());
        builder.copy(this, to, length());
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
            Object mine = styles[i];
            Object theirs = other.styles[j];
            if (mine == null || theirs == null || (mine != theirs && !mine.equals(theirs))) {
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
            builder.add(Objects.requireNonNull(style(run), "unknown style"), end - at);
            at = end;
            run++;
        }
        return builder.create();
    }

    @SuppressWarnings("unchecked")
    private Collection<String> style(int run) {
        return (Collection<String>) styles[run];
    }

    /** The run holding a character. */
    private int runAt(int offset) {
        int index = Arrays.binarySearch(ends, offset + 1);
        return index >= 0 ? index : -index - 1;
    }

    /** Runs being put together; equal known styles next to each other become one run. */
    private static final class Builder {
        private int[] ends;
        private Object[] styles;
        private int count;
        private int length;

        Builder(int capacity) {
            ends = new int[Math.max(16, capacity)];
            styles = new Object[ends.length];
        }

        void add(Collection<String> style, int characters) {
            if (characters <= 0) {
                return;
            }
            length += characters;
            if (count > 0 && style != null && style.equals(styles[count - 1])) {
                ends[count - 1] = length;
                return;
            }
            room(1);
            ends[count] = length;
            styles[count++] = style;
        }

        /** The runs of {@code source} from character {@code from} to {@code to}, whole runs copied in bulk. */
        void copy(StyleRuns source, int from, int to) {
            if (from >= to) {
                return;
            }
            int first = source.runAt(from);
            int last = source.runAt(to - 1);
            if (first == last) {
                add(source.style(first), to - from);
                return;
            }
            add(source.style(first), source.ends[first] - from);
            // The runs between are whole, and each differs from its neighbours in the source: none joins another.
            int whole = last - first - 1;
            if (whole > 0) {
                room(whole);
                int shift = length - source.ends[first];
                for (int k = 0; k < whole; k++) {
                    ends[count + k] = source.ends[first + 1 + k] + shift;
                }
                System.arraycopy(source.styles, first + 1, styles, count, whole);
                count += whole;
                length = ends[count - 1];
            }
            add(source.style(last), to - source.ends[last - 1]);
        }

        private void room(int more) {
            if (count + more > ends.length) {
                int capacity = Math.max(ends.length * 2, count + more);
                ends = Arrays.copyOf(ends, capacity);
                styles = Arrays.copyOf(styles, capacity);
            }
        }

        StyleRuns build() {
            return new StyleRuns(Arrays.copyOf(ends, count), Arrays.copyOf(styles, count));
        }
    }
}
