package dev.stepwise.engine.graph;

import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.model.StateType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A laid-out graph as plain shapes (boxes, lines, circles, text), in drawing coordinates. {@link SvgRenderer} and
 * {@link PngRenderer} both render this one drawing, so the two exports always show the same picture.
 */
public record GraphDrawing(double width, double height, List<Shape> shapes) {

    public static final double NODE_WIDTH = 200;
    public static final double NODE_HEIGHT = 56;
    public static final String FONT_FAMILY = "Helvetica, Arial, sans-serif";

    static final Color BACKGROUND = new Color(0xFFFFFF);
    static final Color EDGE = new Color(0x5F6B7A);
    static final Color CATCH = new Color(0xCF2F3A);
    static final Color TEXT = new Color(0x1F2328);
    static final Color CAPTION = new Color(0x57606A);
    static final Color MARKER = new Color(0x1F2328);

    private static final Map<StateType, Color[]> STATE_COLORS = new EnumMap<>(Map.of(
            StateType.TASK, new Color[] {new Color(0xE8F1FD), new Color(0x2F6FD6)},
            StateType.CHOICE, new Color[] {new Color(0xFFF4E0), new Color(0xD98A00)},
            StateType.PASS, new Color[] {new Color(0xF1F3F5), new Color(0x6B7785)},
            StateType.WAIT, new Color[] {new Color(0xF3EBFB), new Color(0x8246C7)},
            StateType.SUCCEED, new Color[] {new Color(0xE6F6EC), new Color(0x1F8F4A)},
            StateType.FAIL, new Color[] {new Color(0xFDEBEC), new Color(0xCF2F3A)},
            StateType.PARALLEL, new Color[] {new Color(0xE4F6F6), new Color(0x14857F)},
            StateType.MAP, new Color[] {new Color(0xFFF0F6), new Color(0xB83280)}));

    /** An opaque sRGB colour, {@code 0xRRGGBB}. */
    public record Color(int rgb) {
        public String hex() {
            return String.format("#%06X", rgb & 0xFFFFFF);
        }
    }

    /** One thing to draw; shapes are drawn in list order. */
    public sealed interface Shape permits Box, Line, Circle, Text {
    }

    /** A rounded rectangle; {@code kind} names what it is (a state type's ASL name, or "label"). */
    public record Box(double x, double y, double width, double height, double radius, Color fill, Color stroke,
                      double strokeWidth, String kind) implements Shape {
    }

    /** A polyline, dashed or solid, with an arrowhead at its last point when {@code arrow}. */
    public record Line(List<GraphLayout.Point> points, Color stroke, double strokeWidth, boolean dashed,
                       boolean arrow) implements Shape {
        public Line {
            points = List.copyOf(points);
        }
    }

    /** A circle; a null fill leaves it empty. */
    public record Circle(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth) implements Shape {
    }

    /** One line of text, centred on {@code x}, with its baseline at {@code y}. */
    public record Text(double x, double y, String text, double size, boolean bold, Color fill) implements Shape {
    }

    public GraphDrawing {
        shapes = List.copyOf(shapes);
    }

    /** The container sizes the export draws with: a header for the container's name and caption, then branches. */
    static final NestedLayout.Metrics METRICS = new NestedLayout.Metrics(new GraphLayout.Size(NODE_WIDTH, NODE_HEIGHT),
            50, 20, 12, 16, 12);

    /** Lays out and draws a state machine, each Parallel and Map with its branches' states inside it. */
    public static GraphDrawing of(StateMachine machine) {
        List<GraphScope> scopes = GraphScope.of(machine);
        NestedLayout.Result layout = NestedLayout.compute(scopes, METRICS);
        Map<String, StateType> types = new HashMap<>();
        for (GraphScope scope : scopes) {
            scope.graph().nodes().forEach(node -> types.put(scope.statePointer(node.name()), node.type()));
        }
        List<Shape> shapes = new ArrayList<>();
        for (GraphScope scope : scopes) {
            if (!scope.isTop()) {
                layout.frames().stream().filter(frame -> frame.scope().equals(scope.pointer())).findFirst()
                        .ifPresent(frame -> drawFrame(shapes, frame, STATE_COLORS.get(types.get(frame.container()))[1]));
            }
            List<GraphLayout.Route> routes = layout.routes().getOrDefault(scope.pointer(), List.of()).stream()
                    .map(route -> new GraphLayout.Route(route.edge(), route.points())).toList();
            drawScope(shapes, scope.graph(), name -> layout.positions().get(scope.statePointer(name)),
                    name -> layout.sizes().get(scope.statePointer(name)), routes, layout.starts().get(scope.pointer()));
        }
        return new GraphDrawing(Math.max(layout.width(), 1), Math.max(layout.height(), 1), shapes);
    }

    /** Draws a laid-out graph of one scope, every state as a plain box. */
    public static GraphDrawing of(GraphLayout.Result layout) {
        Objects.requireNonNull(layout, "layout");
        List<Shape> shapes = new ArrayList<>();
        GraphLayout.Size size = new GraphLayout.Size(layout.nodeWidth(), layout.nodeHeight());
        drawScope(shapes, layout.graph(), name -> layout.positions().get(name), name -> size, layout.routes(),
                layout.positions().get(GraphLayout.START_KEY));
        return new GraphDrawing(Math.max(layout.width(), 1), Math.max(layout.height() + METRICS.endRoom(), 1), shapes);
    }

    /** One scope's transitions, start marker, boxes and end markers, then its labels above them all. */
    private static void drawScope(List<Shape> shapes, GraphModel graph, Function<String, GraphLayout.Point> positions,
                                  Function<String, GraphLayout.Size> sizes, List<GraphLayout.Route> routes,
                                  GraphLayout.Point start) {
        List<Shape> labels = new ArrayList<>();
        LabelPlacement placement = new LabelPlacement();
        for (GraphModel.Node node : graph.nodes()) {
            GraphLayout.Point at = positions.apply(node.name());
            if (at != null) {
                GraphLayout.Size size = sizes.apply(node.name());
                placement.block(new LabelPlacement.Rect(at.x(), at.y(), size.width(), size.height()));
            }
        }
        for (GraphLayout.Route route : routes) {
            GraphModel.Edge edge = route.edge();
            boolean isCatch = edge.kind() == GraphModel.EdgeKind.CATCH;
            Color color = isCatch ? CATCH : EDGE;
            if (route.points().size() >= 2) {
                shapes.add(new Line(route.points(), color, 1.5, isCatch, true));
            }
            if (!edge.label().isEmpty() && route.points().size() >= 2) {
                String text = isCatch ? "Catch: " + edge.label() : edge.label();
                text = clip(text, 36);
                double size = 10.5;
                double textWidth = textWidth(text, size);
                // The box spans at.y - size + 1 to at.y + 7; place() centres on at, so shift by the difference.
                double boxHeight = size + 6;
                GraphLayout.Point centre = placement.place(route.points(), textWidth + 8, boxHeight);
                GraphLayout.Point at = new GraphLayout.Point(centre.x(), centre.y() + boxHeight / 2 - 7);
                labels.add(new Box(at.x() - textWidth / 2 - 4, at.y() - size + 1, textWidth + 8, size + 6, 3,
                        BACKGROUND, color, 0.75, "label"));
                labels.add(new Text(at.x(), at.y() + 2.5, text, size, false, isCatch ? CATCH : CAPTION));
            }
        }
        if (start != null) {
            double r = GraphLayout.START_SIZE / 2;
            shapes.add(new Circle(start.x() + r, start.y() + r, r, MARKER, MARKER, 1));
        }
        for (GraphModel.Node node : graph.nodes()) {
            GraphLayout.Point at = positions.apply(node.name());
            if (at == null) {
                continue;
            }
            GraphLayout.Size size = sizes.apply(node.name());
            double w = size.width();
            double h = size.height();
            Color[] colors = STATE_COLORS.get(node.type());
            boolean terminal = node.type() == StateType.SUCCEED || node.type() == StateType.FAIL;
            shapes.add(new Box(at.x(), at.y(), w, h, terminal ? h / 2 : 8, colors[0], colors[1], 1.5,
                    node.type().aslName()));
            shapes.add(new Text(at.x() + w / 2, at.y() + 24, clip(node.name(), 26), 13, true, TEXT));
            String caption = node.caption() + (node.retries() > 0 ? " · retry " + node.retries() : "");
            shapes.add(new Text(at.x() + w / 2, at.y() + 42, clip(caption, 32), 11, false, CAPTION));
            if (node.end()) {
                double cx = at.x() + w / 2;
                double top = at.y() + h;
                shapes.add(new Line(List.of(new GraphLayout.Point(cx, top), new GraphLayout.Point(cx, top + 10)),
                        EDGE, 1.5, false, false));
                shapes.add(new Circle(cx, top + 17, 7, null, MARKER, 1.5));
                shapes.add(new Circle(cx, top + 17, 4, MARKER, MARKER, 1));
            }
        }
        shapes.addAll(labels);
    }

    /** A branch in a dashed frame under its label. */
    private static void drawFrame(List<Shape> shapes, NestedLayout.Frame frame, Color color) {
        double x = frame.x();
        double y = frame.y();
        double right = x + frame.width();
        double bottom = y + frame.height();
        shapes.add(new Line(List.of(new GraphLayout.Point(x, y), new GraphLayout.Point(right, y),
                new GraphLayout.Point(right, bottom), new GraphLayout.Point(x, bottom), new GraphLayout.Point(x, y)),
                color, 1, true, false));
        shapes.add(new Text(x + frame.width() / 2, y + 14, frame.label(), 10.5, false, CAPTION));
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A width estimate for sans-serif text, for label backgrounds; renderers centre text themselves. */
    static double textWidth(String text, double size) {
        return text.length() * size * 0.56;
    }
}
