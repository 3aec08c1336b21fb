package dev.stepwise.designer.editor;

import dev.stepwise.engine.json.JsonFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The blocks of a text that can be folded, as 0-based lines: JSON objects and arrays that span lines, YAML blocks by
 * indentation. A region folds into its header line and hides the lines after it up to {@code lastHidden}. As in
 * VS Code, a closing bracket that starts its line stays visible: a folded object shows its key line and its closing
 * line. One region per header line: the outermost.
 */
public final class FoldRegions {

    /** A foldable block: the line that stays visible and the last line it hides. */
    public record Region(int header, int lastHidden) {
        public boolean contains(int line) {
            return line >= header && line <= lastHidden;
        }
    }

    private final List<Region> regions;

    private FoldRegions(List<Region> regions) {
        this.regions = List.copyOf(regions);
    }

    public static FoldRegions of(String text, JsonFormat format) {
        return format == JsonFormat.YAML ? yaml(text) : json(text);
    }

    /** Objects and arrays (brackets outside strings) whose brackets are on different lines. */
    public static FoldRegions json(String text) {
        int[] lineStarts = lineStarts(text);
        List<Region> regions = new ArrayList<>();
        int lastHeader = -1;
        for (int[] pair : BracketPairs.scan(text, JsonFormat.JSON).pairs()) {
            int header = lineOf(lineStarts, pair[0]);
            int closeLine = lineOf(lineStarts, pair[1]);
            boolean closeStartsLine = text.substring(lineStarts[closeLine], pair[1]).isBlank();
            int lastHidden = closeStartsLine ? closeLine - 1 : closeLine;
            // Pairs come by opening offset, so the first one on a line is the outermost.
            if (lastHidden > header && header != lastHeader) {
                regions.add(new Region(header, lastHidden));
                lastHeader = header;
            }
        }
        return new FoldRegions(regions);
    }

    /** A line followed by more deeply indented lines (blank lines and comments in between do not end it). */
    public static FoldRegions yaml(String text) {
        String[] lines = text.split("\n", -1);
        List<Region> regions = new ArrayList<>();
        for (int header = 0; header < lines.length; header++) {
            int indent = indentOf(lines[header]);
            if (indent < 0) {
                continue;
            }
            int last = header;
            for (int line = header + 1; line < lines.length; line++) {
                int deeper = indentOf(lines[line]);
                if (deeper < 0) {
                    continue;
                }
                if (deeper <= indent) {
                    break;
                }
                last = line;
            }
            if (last > header) {
                regions.add(new Region(header, last));
            }
        }
        return new FoldRegions(regions);
    }

    /** The indentation of a line with content; -1 for blank lines and comments. */
    private static int indentOf(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
            return -1;
        }
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        return indent;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int found = java.util.Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** Every region, by header line. */
    public List<Region> all() {
        return regions;
    }

    /** The region whose header is {@code line}. */
    public Optional<Region> startingAt(int line) {
        int found = Collections.binarySearch(regions, new Region(line, line),
                (a, b) -> Integer.compare(a.header(), b.header()));
        return found >= 0 ? Optional.of(regions.get(found)) : Optional.empty();
    }

    /** The regions that hold {@code line} (as header or hidden line), innermost first. */
    public List<Region> around(int line) {
        List<Region> around = new ArrayList<>();
        for (Region region : regions) {
            if (region.header() > line) {
                break;
            }
            if (region.contains(line)) {
                around.add(0, region);
            }
        }
        return around;
    }
}
