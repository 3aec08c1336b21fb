package dev.stepwise.engine.graph;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Paints a {@link GraphDrawing} with Java2D onto a {@code BufferedImage} and encodes it as PNG. Needs no display:
 * AWT is put in headless mode before it is first used.
 */
public final class PngRenderer {

    /** The default scale: two image pixels per drawing unit, sharp on high-density screens. */
    public static final double DEFAULT_SCALE = 2.0;
    /** The largest image side, in pixels; bigger drawings are scaled down to fit. */
    public static final int MAX_SIDE = 16_000;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private PngRenderer() {
    }

    public static byte[] render(GraphDrawing drawing) {
        return render(drawing, DEFAULT_SCALE);
    }

    public static byte[] render(GraphDrawing drawing, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        double fit = Math.min(scale, MAX_SIDE / Math.max(drawing.width(), drawing.height()));
        BufferedImage image = paint(drawing, fit);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static BufferedImage paint(GraphDrawing drawing, double scale) {
        int width = (int) Math.ceil(drawing.width() * scale);
        int height = (int) Math.ceil(drawing.height() * scale);
        BufferedImage image = new BufferedImage(Math.max(width, 1), Math.max(height, 1), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(awt(GraphDrawing.BACKGROUND));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            for (GraphDrawing.Shape shape : drawing.shapes()) {
                draw(g, shape);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void draw(Graphics2D g, GraphDrawing.Shape shape) {
        if (shape instanceof GraphDrawing.Box box) {
            RoundRectangle2D rect = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(),
                    box.radius() * 2, box.radius() * 2);
            g.setColor(awt(box.fill()));
            g.fill(rect);
            g.setColor(awt(box.stroke()));
            g.setStroke(new BasicStroke((float) box.strokeWidth()));
            g.draw(rect);
        } else if (shape instanceof GraphDrawing.Line line) {
            drawLine(g, line);
        } else if (shape instanceof GraphDrawing.Circle circle) {
            Ellipse2D ellipse = new Ellipse2D.Double(circle.cx() - circle.r(), circle.cy() - circle.r(),
                    circle.r() * 2, circle.r() * 2);
            if (circle.fill() != null) {
                g.setColor(awt(circle.fill()));
                g.fill(ellipse);
            }
            g.setColor(awt(circle.stroke()));
            g.setStroke(new BasicStroke((float) circle.strokeWidth()));
            g.draw(ellipse);
        } else if (shape instanceof GraphDrawing.Text text) {
            g.setFont(new Font(Font.SANS_SERIF, text.bold() ? Font.BOLD : Font.PLAIN, 1)
                    .deriveFont((float) text.size()));
            FontMetrics metrics = g.getFontMetrics();
            float x = (float) (text.x() - metrics.stringWidth(text.text()) / 2.0);
            g.setColor(awt(text.fill()));
            g.drawString(text.text(), x, (float) text.y());
        }
    }

    private static void drawLine(Graphics2D g, GraphDrawing.Line line) {
        List<GraphLayout.Point> points = line.points();
        if (points.size() < 2) {
            return;
        }
        float width = (float) line.strokeWidth();
        g.setColor(awt(line.stroke()));
        g.setStroke(line.dashed()
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {6, 4}, 0)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        GraphLayout.Point last = points.get(points.size() - 1);
        GraphLayout.Point before = points.get(points.size() - 2);
        double angle = Math.atan2(last.y() - before.y(), last.x() - before.x());
        double head = 7 * width;
        Path2D path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            GraphLayout.Point point = points.get(i);
            boolean end = i == points.size() - 1 && line.arrow();
            // Stop the line where the arrowhead starts, so its end does not poke through the tip.
            path.lineTo(end ? point.x() - Math.cos(angle) * head * 0.8 : point.x(),
                    end ? point.y() - Math.sin(angle) * head * 0.8 : point.y());
        }
        g.draw(path);
        if (line.arrow()) {
            Path2D arrow = new Path2D.Double();
            arrow.moveTo(last.x(), last.y());
            arrow.lineTo(last.x() - head * Math.cos(angle - Math.PI / 7), last.y() - head * Math.sin(angle - Math.PI / 7));
            arrow.lineTo(last.x() - head * Math.cos(angle + Math.PI / 7), last.y() - head * Math.sin(angle + Math.PI / 7));
            arrow.closePath();
            g.fill(arrow);
        }
    }

    private static java.awt.Color awt(GraphDrawing.Color color) {
        return new java.awt.Color(color.rgb());
    }
}
