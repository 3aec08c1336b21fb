package dev.stepwise.designer.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Runs edited, restyled and overlaid at random hold, character by character, the styles a plain list of one style per
 * character holds after the same changes: the bulk copies inside lose, shift or merge nothing.
 */
class StyleRunsPropertyTest {

    private static final List<List<String>> STYLES = List.of(List.of(), List.of("key"), List.of("string"),
            List.of("number"));

    /** A change: 0 edit (unknown text typed), 1 replace a range with known styles, 2 overlay a class. */
    record Change(int kind, double at, double span, int count, int style) {
    }

    @Provide
    Arbitrary<List<Integer>> text() {
        return Arbitraries.integers().between(0, STYLES.size() - 1).list().ofMinSize(1).ofMaxSize(120);
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.doubles().between(0, 1),
                        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, STYLES.size() - 1))
                .as(Change::new).list().ofMaxSize(12);
    }

    @Property(tries = 300)
    void runsHoldTheStylesOfEveryCharacter(@ForAll("text") List<Integer> text,
            @ForAll("changes") List<Change> changes) {
        List<Collection<String>> model = new ArrayList<>();
        text.forEach(style -> model.add(STYLES.get(style)));
        StyleRuns runs = runsOf(model);
        for (Change change : changes) {
            int from = (int) (change.at() * model.size());
            int to = Math.min(model.size(), from + (int) (change.span() * (model.size() - from)));
            switch (change.kind()) {
                case 0 -> {
                    runs = runs.edited(from, to - from, change.count());
                    model.subList(from, to).clear();
                    for (int i = 0; i < change.count(); i++) {
                        model.add(from, null);
                    }
                }
                case 1 -> {
                    List<Collection<String>> part = new ArrayList<>();
                    for (int i = from; i < to; i++) {
                        part.add(STYLES.get((i + change.style()) % STYLES.size()));
                    }
                    runs = runs.replaced(from, to, runsOf(part));
                    for (int i = from; i < to; i++) {
                        model.set(i, part.get(i - from));
                    }
                }
                default -> {
                    runs = runs.overlaid(List.of(new StyleRuns.Overlay(from, to, "mark")));
                    for (int i = from; i < to; i++) {
                        List<String> with = model.get(i) == null ? new ArrayList<>() : new ArrayList<>(model.get(i));
                        if (!with.contains("mark")) {
                            with.add("mark");
                        }
                        model.set(i, with);
                    }
                }
            }
            assertThat(runs.length()).isEqualTo(model.size());
            for (int i = 0; i < model.size(); i++) {
                assertThat(runs.styleAt(i)).as("style at %d", i).isEqualTo(model.get(i));
            }
            List<StyleRuns.Range> unknown = new ArrayList<>();
            for (int i = 0; i < model.size(); i++) {
                if (model.get(i) == null) {
                    int end = i;
                    while (end < model.size() && model.get(end) == null) {
                        end++;
                    }
                    unknown.add(new StyleRuns.Range(i, end));
                    i = end;
                }
            }
            assertThat(mergedAdjacent(runs.unknown())).isEqualTo(unknown);
        }
    }

    /** Two unknown runs next to each other are one unknown range. */
    private static List<StyleRuns.Range> mergedAdjacent(List<StyleRuns.Range> ranges) {
        List<StyleRuns.Range> merged = new ArrayList<>();
        for (StyleRuns.Range range : ranges) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).to() == range.from()) {
                merged.set(last, new StyleRuns.Range(merged.get(last).from(), range.to()));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private static StyleRuns runsOf(List<Collection<String>> styles) {
        if (styles.isEmpty()) {
            return StyleRuns.of(new StyleSpansBuilder<Collection<String>>().add(List.of(), 0).create());
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        styles.forEach(style -> spans.add(style, 1));
        return StyleRuns.of(spans.create());
    }
}
