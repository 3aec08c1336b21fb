package dev.stepwise.engine.export;

import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.parse.AslParseException;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.asl.parse.AslWriter;
import dev.stepwise.engine.graph.GraphDrawing;
import dev.stepwise.engine.graph.PngRenderer;
import dev.stepwise.engine.graph.SvgRenderer;
import dev.stepwise.engine.json.JsonDocument;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns a definition's text into an export: ASL JSON or YAML (as written, or canonically formatted), or a drawing of
 * its graph as SVG or PNG. Used by {@code stepwise export} and by the window's File > Export…
 */
public final class Exporter {

    private Exporter() {
    }

    /**
     * The exported bytes (UTF-8 text for JSON, YAML and SVG).
     *
     * @param text      the definition as the user wrote it
     * @param format    how {@code text} is written
     * @param to        what to export it as
     * @param canonical for JSON and YAML: reformat even when the text is written in that format already
     * @throws ExportException when the text is not JSON/YAML, or (for YAML, SVG and PNG) not a state machine
     */
    public static byte[] export(String text, JsonFormat format, ExportFormat to, boolean canonical)
            throws ExportException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(to, "to");
        return switch (to) {
            case JSON -> utf8(!canonical && format == JsonFormat.JSON ? text : JsonPrinter.pretty(read(text, format).root()));
            case YAML -> utf8(!canonical && format == JsonFormat.YAML ? text
                    : AslWriter.write(machine(read(text, format)), JsonFormat.YAML));
            case SVG -> utf8(SvgRenderer.render(GraphDrawing.of(machine(read(text, format))), title(text, format)));
            case PNG -> PngRenderer.render(GraphDrawing.of(machine(read(text, format))));
        };
    }

    /**
     * Where an export goes when no file is named: beside the source, its last extension replaced
     * ({@code order.asl.json} to {@code order.asl.svg}).
     */
    public static Path defaultTarget(Path source, ExportFormat to) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return source.resolveSibling(base + "." + to.extension());
    }

    private static JsonDocument read(String text, JsonFormat format) throws ExportException {
        try {
            return JsonReader.read(text, format);
        } catch (JsonSyntaxException e) {
            throw new ExportException("not valid " + format.name() + " (line " + e.location().line() + ", column "
                    + e.location().column() + "): " + e.problem());
        }
    }

    private static StateMachine machine(JsonDocument document) throws ExportException {
        try {
            return AslParser.parse(document);
        } catch (AslParseException e) {
            throw new ExportException("not a state machine: " + e.problems().stream()
                    .map(p -> p.message() + (p.pointer().isEmpty() ? "" : " (at " + p.pointer() + ")"))
                    .collect(Collectors.joining("; ")));
        }
    }

    private static String title(String text, JsonFormat format) {
        try {
            String comment = JsonReader.read(text, format).root().path("Comment").asText("");
            return comment.isBlank() ? "State machine" : comment;
        } catch (JsonSyntaxException e) {
            return "State machine";
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
