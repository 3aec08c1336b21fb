package dev.stepwise.engine.graph;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Writes a {@link GraphDrawing} as a standalone SVG 1.1 document (UTF-8 XML, no scripts, no external references). */
public final class SvgRenderer {

    private SvgRenderer() {
    }

    public static String render(GraphDrawing drawing) {
        return render(drawing, null);
    }

    /** The SVG, with {@code title} (if not null) as its accessible title. */
    public static String render(GraphDrawing drawing, String title) {
        StringBuilder svg = new StringBuilder();
        String w = number(drawing.width());
        String h = number(drawing.height());
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        svg.append("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" ")
                .append("\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" font-family=\"").append(GraphDrawing.FONT_FAMILY).append("\">\n");
        if (title != null && !title.isBlank()) {
            svg.append("  <title>").append(escape(title)).append("</title>\n");
        }
        Set<GraphDrawing.Color> arrowColors = new LinkedHashSet<>();
        for (GraphDrawing.Shape shape : drawing.shapes()) {
            if (shape instanceof GraphDrawing.Line line && line.arrow()) {
                arrowColors.add(line.stroke());
            }
        }
        if (!arrowColors.isEmpty()) {
            svg.append("  <defs>\n");
            for (GraphDrawing.Color color : arrowColors) {
                svg.append("    <marker id=\"").append(arrowId(color)).append("\" viewBox=\"0 0 10 10\" refX=\"10\"")
                        .append(" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"strokeWidth\"")
                        .append(" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(color.hex())
                        .append("\"/></marker>\n");
            }
            svg.append("  </defs>\n");
        }
        svg.append("  <rect x=\"0\" y=\"0\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" fill=\"").append(GraphDrawing.BACKGROUND.hex()).append("\"/>\n");
        for (GraphDrawing.Shape shape : drawing.shapes()) {
            svg.append("  ");
            if (shape instanceof GraphDrawing.Box box) {
                svg.append("<rect class=\"").append(escape(box.kind().toLowerCase(Locale.ROOT))).append("\" x=\"")
                        .append(number(box.x())).append("\" y=\"").append(number(box.y())).append("\" width=\"")
                        .append(number(box.width())).append("\" height=\"").append(number(box.height()))
                        .append("\" rx=\"").append(number(box.radius())).append("\" ry=\"")
                        .append(number(box.radius())).append("\" fill=\"").append(box.fill().hex())
                        .append("\" stroke=\"").append(box.stroke().hex()).append("\" stroke-width=\"")
                        .append(number(box.strokeWidth())).append("\"/>");
            } else if (shape instanceof GraphDrawing.Line line) {
                svg.append("<polyline points=\"");
                for (int i = 0; i < line.points().size(); i++) {
                    GraphLayout.Point point = line.points().get(i);
                    svg.append(i == 0 ? "" : " ").append(number(point.x())).append(',').append(number(point.y()));
                }
                svg.append("\" fill=\"none\" stroke=\"").append(line.stroke().hex()).append("\" stroke-width=\"")
                        .append(number(line.strokeWidth())).append('"');
                if (line.dashed()) {
                    svg.append(" stroke-dasharray=\"6,4\"");
                }
                if (line.arrow()) {
                    svg.append(" marker-end=\"url(#").append(arrowId(line.stroke())).append(")\"");
                }
                svg.append("/>");
            } else if (shape instanceof GraphDrawing.Circle circle) {
                svg.append("<circle cx=\"").append(number(circle.cx())).append("\" cy=\"").append(number(circle.cy()))
                        .append("\" r=\"").append(number(circle.r())).append("\" fill=\"")
                        .append(circle.fill() == null ? "none" : circle.fill().hex()).append("\" stroke=\"")
                        .append(circle.stroke().hex()).append("\" stroke-width=\"")
                        .append(number(circle.strokeWidth())).append("\"/>");
            } else if (shape instanceof GraphDrawing.Text text) {
                svg.append("<text x=\"").append(number(text.x())).append("\" y=\"").append(number(text.y()))
                        .append("\" text-anchor=\"middle\" font-size=\"").append(number(text.size())).append('"');
                if (text.bold()) {
                    svg.append(" font-weight=\"bold\"");
                }
                svg.append(" fill=\"").append(text.fill().hex()).append("\">").append(escape(text.text()))
                        .append("</text>");
            }
            svg.append('\n');
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String arrowId(GraphDrawing.Color color) {
        return "arrow-" + color.hex().substring(1).toLowerCase(Locale.ROOT);
    }

    /** A coordinate with at most two decimals and no trailing zeros: {@code 12}, {@code 12.5}. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.equals("-0") ? "0" : text;
    }

    /** Escapes text for XML content and attribute values; drops characters XML 1.0 does not allow. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
