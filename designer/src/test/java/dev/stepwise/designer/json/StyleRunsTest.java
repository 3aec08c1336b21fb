package dev.stepwise.designer.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

class StyleRunsTest {

    private static final List<String> KEY = List.of("key");
    private static final List<String> NONE = List.of();
    private static final List<String> NUMBER = List.of("number");

    /** {"a": 1}: key "a" (3), ": " (2), 1 (1) and the rest unstyled. */
    private static StyleRuns sample() {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        spans.add(NONE, 1).add(KEY, 3).add(NONE, 2).add(NUMBER, 1).add(NONE, 1);
        return StyleRuns.of(spans.create());
    }

    @Test
    void readsTheStyleOfEachCharacter() {
        StyleRuns runs = sample();

        assertThat(runs.length()).isEqualTo(8);
        assertThat(runs.styleAt(0)).isEqualTo(NONE);
        assertThat(runs.styleAt(1)).isEqualTo(KEY);
        assertThat(runs.styleAt(3)).isEqualTo(KEY);
        assertThat(runs.styleAt(6)).isEqualTo(NUMBER);
    }

    @Test
    void equalRunsHaveNoDifferences() {
        assertThat(sample().differencesFrom(sample())).isEmpty();
    }

    @Test
    void findsWhereAStyleChanged() {
        StyleRuns marked = sample().overlaid(List.of(new StyleRuns.Overlay(6, 7, "problem")));

        assertThat(marked.styleAt(6)).containsExactly("number", "problem");
        assertThat(marked.styleAt(5)).isEqualTo(NONE);
        assertThat(marked.differencesFrom(sample())).containsExactly(new StyleRuns.Range(6, 7));
    }

    @Test
    void overlaysAddEachClassOnceInTheirOrder() {
        StyleRuns marked = sample().overlaid(List.of(new StyleRuns.Overlay(0, 8, "problem"),
                new StyleRuns.Overlay(2, 3, "bracket"), new StyleRuns.Overlay(2, 5, "problem")));

        assertThat(marked.styleAt(0)).containsExactly("problem");
        assertThat(marked.styleAt(2)).containsExactly("key", "problem", "bracket");
        assertThat(marked.styleAt(3)).containsExactly("key", "problem");
        assertThat(marked.length()).isEqualTo(8);
    }

    @Test
    void typedTextHasAnUnknownStyleThatDiffersFromAnyStyle() {
        // "1" replaced by "23": the area gives new text some style we cannot know, so it must be set.
        StyleRuns typed = sample().edited(6, 1, 2);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        spans.add(NONE, 1).add(KEY, 3).add(NONE, 2).add(NUMBER, 2).add(NONE, 1);
        StyleRuns wanted = StyleRuns.of(spans.create());

        assertThat(typed.length()).isEqualTo(9);
        assertThat(typed.styleAt(6)).isNull();
        assertThat(typed.styleAt(8)).isEqualTo(NONE);
        assertThat(wanted.differencesFrom(typed)).containsExactly(new StyleRuns.Range(6, 8));
    }

    @Test
    void joinsDifferencesThatAreCloseTogether() {
        StyleRuns marked = sample().overlaid(List.of(new StyleRuns.Overlay(0, 1, "a"), new StyleRuns.Overlay(7, 8, "b")));

        assertThat(marked.differencesFrom(sample())).containsExactly(new StyleRuns.Range(0, 8));
    }

    @Test
    void givesTheSpansOfARange() {
        StyleSpans<Collection<String>> spans = sample().spans(2, 7);

        assertThat(spans.length()).isEqualTo(5);
        assertThat(spans.getStyleSpan(0).getStyle()).isEqualTo(KEY);
        assertThat(spans.getStyleSpan(0).getLength()).isEqualTo(2);
        assertThat(spans.getStyleSpan(2).getStyle()).isEqualTo(NUMBER);
    }

    @Test
    void comparesOnlyRunsOfOneLength() {
        assertThrows(IllegalArgumentException.class, () -> sample().differencesFrom(sample().edited(0, 0, 1)));
    }

    @Test
    void replacesTheStylesOfARangeAndFindsWhatIsUnknown() {
        StyleRuns typed = sample().edited(6, 1, 2); // "1" replaced by "23"
        assertThat(typed.unknown()).containsExactly(new StyleRuns.Range(6, 8));

        StyleSpansBuilder<Collection<String>> part = new StyleSpansBuilder<>();
        part.add(NONE, 1).add(NUMBER, 2);
        StyleRuns coloured = typed.replaced(5, 8, StyleRuns.of(part.create()));

        assertThat(coloured.unknown()).isEmpty();
        assertThat(coloured.styleAt(5)).isEqualTo(NONE);
        assertThat(coloured.styleAt(6)).isEqualTo(NUMBER);
        assertThat(coloured.styleAt(7)).isEqualTo(NUMBER);
        assertThat(coloured.styleAt(8)).isEqualTo(NONE);
        assertThat(coloured.styleAt(1)).isEqualTo(KEY);
        assertThrows(IllegalArgumentException.class, () -> typed.replaced(0, 2, sample()));
    }
}
