package dev.stepwise.designer.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stepwise.designer.editor.FoldRegions.Region;
import dev.stepwise.engine.json.JsonFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FoldRegionsTest {

    private static final String JSON = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Pass", "Next": "B"},
                "B": {
                  "Type": "Succeed",
                  "Comment": "not { a fold ["
                }
              },
              "Tags": ["x",
                "y"]
            }
            """;

    @Test
    void foldsMultiLineObjectsAndArraysKeepingAClosingLineThatStartsWithTheBracket() {
        FoldRegions regions = FoldRegions.json(JSON);

        assertEquals(List.of(
                new Region(0, 10),
                new Region(2, 7),
                new Region(4, 6),
                new Region(9, 10)), regions.all());
    }

    @Test
    void keepsOnlyTheOutermostRegionOfAHeaderLine() {
        String text = "{\"a\": [{\n  \"b\": 1\n}]}";

        assertEquals(List.of(new Region(0, 2)), FoldRegions.json(text).all());
    }

    @Test
    void findsTheRegionOfAHeaderAndTheRegionsAroundALineInnermostFirst() {
        FoldRegions regions = FoldRegions.json(JSON);

        assertEquals(Optional.of(new Region(2, 7)), regions.startingAt(2));
        assertEquals(Optional.empty(), regions.startingAt(3));
        assertEquals(List.of(new Region(4, 6), new Region(2, 7), new Region(0, 10)), regions.around(5));
        assertEquals(List.of(new Region(2, 7), new Region(0, 10)), regions.around(3));
        assertEquals(List.of(new Region(0, 10)), regions.around(8));
        assertEquals(List.of(), regions.around(11));
    }

    @Test
    void foldsYamlBlocksByIndentationAcrossBlankLinesAndComments() {
        String yaml = """
                StartAt: A
                States:
                  A:
                    Type: Pass

                    # the next state
                    Next: B
                  B:
                    Type: Succeed
                Comment: done
                """;

        assertEquals(List.of(
                new Region(1, 8),
                new Region(2, 6),
                new Region(7, 8)), FoldRegions.of(yaml, JsonFormat.YAML).all());
    }
}
