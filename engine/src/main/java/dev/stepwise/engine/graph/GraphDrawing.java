package dev.stepwise.engine.graph;

import dev.stepwise.engine.asl.model.MapState;
import dev.stepwise.engine.asl.model.ParallelState;
import dev.stepwise.engine.asl.model.State;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.model.StateType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** Space above a Parallel's or Map's branches: its name and caption. */
    static final double CONTAINER_HEADER = 50;
    /** Space for a branch's label ("Branch 1", "Item processor") above its states. */
    static final double BRANCH_LABEL = 20;
    static final double CONTAINER_PADDING = 12;
    static final double BRANCH_GAP = 16;
    /** Below a scope's lowest box: room for an end marker. */
    static final double END_MARKER_ROOM = 12;

    /** Lays out and draws a state machine, each Parallel and Map with its branches' states inside it. */
    public static GraphDrawing of(StateMachine machine) {
        Scope top = scope(machine);
        return new GraphDrawing(Math.max(top.width(), 1), Math.max(top.height(), 1), top.shapes());
    }

    /** Draws a laid-out graph of one scope, every state as a plain box. */
    public static GraphDrawing of(GraphLayout.Result layout) {
        Objects.requireNonNull(layout, "layout");
        Scope flat = draw(layout, Map.of());
        return new GraphDrawing(Math.max(flat.width(), 1), Math.max(flat.height(), 1), flat.shapes());
    }

    /** One scope's drawing, with its origin at the top left. */
    private record Scope(double width, double height, List<Shape> shapes) {
    }

    /** The branches of a Parallel (or the item processor of a Map), each drawn as a scope, side by side. */
    private record Container(List<Scope> branches, List<String> labels) {

        double branchesWidth() {
            return branches.stream().mapToDouble(Scope::width).sum() + BRANCH_GAP * (branches.size() - 1);
        }

        GraphLayout.Size size() {
            double width = Math.max(NODE_WIDTH, branchesWidth() + 2 * CONTAINER_PADDING);
            double tallest = branches.stream().mapToDouble(Scope::height).max().orElse(0);
            return new GraphLayout.Size(width, CONTAINER_HEADER + BRANCH_LABEL + tallest + CONTAINER_PADDING);
        }
    }

    private static Scope scope(StateMachine machine) {
        Map<String, Container> containers = new LinkedHashMap<>();
        for (State state : machine.states().values()) {
            if (state instanceof ParallelState parallel && !parallel.branches().isEmpty()) {
                List<Scope> branches = parallel.branches().stream().map(GraphDrawing::scope).toList();
                List<String> labels = new ArrayList<>();
                for (int i = 1; i <= branches.size(); i++) {
                    labels.add("Branch " + i);
                }
                containers.put(state.name(), new Container(branches, labels));
            } else if (state instanceof MapState map && map.itemProcessor() != null) {
                containers.put(state.name(), new Container(List.of(scope(map.itemProcessor())),
                        List.of("Item processor")));
            }
        }
        GraphLayout.Size plain = new GraphLayout.Size(NODE_WIDTH, NODE_HEIGHT);
        GraphLayout.Result layout = GraphLayout.compute(GraphModel.of(machine),
                name -> containers.containsKey(name) ? containers.get(name).size() : plain, NODE_WIDTH, NODE_HEIGHT);
        return draw(layout, containers);
    }

    private static Scope draw(GraphLayout.Result layout, Map<String, Container> containers) {
        List<Shape> shapes = new ArrayList<>();
        List<Shape> labels = new ArrayList<>();
        LabelPlacement placement = new LabelPlacement();
        for (GraphModel.Node node : layout.graph().nodes()) {
            GraphLayout.Point at = layout.positions().get(node.name());
            if (at != null) {
                GraphLayout.Size size = sizeOf(layout, containers, node.name());
                placement.block(new LabelPlacement.Rect(at.x(), at.y(), size.width(), size.height()));
            }
        }
        for (GraphLayout.Route route : layout.routes()) {
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
        GraphLayout.Point start = layout.positions().get(GraphLayout.START_KEY);
        if (start != null) {
            double r = GraphLayout.START_SIZE / 2;
            shapes.add(new Circle(start.x() + r, start.y() + r, r, MARKER, MARKER, 1));
        }
        for (GraphModel.Node node : layout.graph().nodes()) {
            GraphLayout.Point at = layout.positions().get(node.name());
            if (at == null) {
                continue;
            }
            GraphLayout.Size size = sizeOf(layout, containers, node.name());
            double w = size.width();
            double h = size.height();
            Color[] colors = STATE_COLORS.get(node.type());
            boolean terminal = node.type() == StateType.SUCCEED || node.type() == StateType.FAIL;
            shapes.add(new Box(at.x(), at.y(), w, h, terminal ? h / 2 : 8, colors[0], colors[1], 1.5,
                    node.type().aslName()));
            shapes.add(new Text(at.x() + w / 2, at.y() + 24, clip(node.name(), 26), 13, true, TEXT));
            String caption = node.caption() + (node.retries() > 0 ? " · retry " + node.retries() : "");
            shapes.add(new Text(at.x() + w / 2, at.y() + 42, clip(caption, 32), 11, false, CAPTION));
            Container container = containers.get(node.name());
            if (container != null) {
                drawBranches(shapes, container, at, w, colors[1]);
            }
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
        return new Scope(layout.width(), layout.height() + END_MARKER_ROOM, shapes);
    }

    private static GraphLayout.Size sizeOf(GraphLayout.Result layout, Map<String, Container> containers, String name) {
        Container container = containers.get(name);
        return container != null ? container.size() : new GraphLayout.Size(layout.nodeWidth(), layout.nodeHeight());
    }

    /** Each branch in a dashed frame under its label, its states drawn inside, the row centred in the box. */
    private static void drawBranches(List<Shape> shapes, Container container, GraphLayout.Point at, double width,
                                     Color frame) {
        double x = at.x() + (width - container.branchesWidth()) / 2;
        double y = at.y() + CONTAINER_HEADER;
        double tallest = container.branches().stream().mapToDouble(Scope::height).max().orElse(0);
        for (int i = 0; i < container.branches().size(); i++) {
            Scope branch = container.branches().get(i);
            double bottom = y + BRANCH_LABEL + tallest;
            shapes.add(new Line(List.of(new GraphLayout.Point(x, y), new GraphLayout.Point(x + branch.width(), y),
                    new GraphLayout.Point(x + branch.width(), bottom), new GraphLayout.Point(x, bottom),
                    new GraphLayout.Point(x, y)), frame, 1, true, false));
            shapes.add(new Text(x + branch.width() / 2, y + 14, container.labels().get(i), 10.5, false, CAPTION));
            for (Shape shape : branch.shapes()) {
                shapes.add(translate(shape, x, y + BRANCH_LABEL));
            }
            x += branch.width() + BRANCH_GAP;
        }
    }

    private static Shape translate(Shape shape, double dx, double dy) {
        if (shape instanceof Box b) {
            return new Box(b.x() + dx, b.y() + dy, b.width(), b.height(), b.radius(), b.fill(), b.stroke(),
                    b.strokeWidth(), b.kind());
        } else if (shape instanceof Line l) {
            return new Line(l.points().stream().map(p -> new GraphLayout.Point(p.x() + dx, p.y() + dy)).toList(),
                    l.stroke(), l.strokeWidth(), l.dashed(), l.arrow());
        } else if (shape instanceof Circle c) {
            return new Circle(c.cx() + dx, c.cy() + dy, c.r(), c.fill(), c.stroke(), c.strokeWidth());
        }
        Text t = (Text) shape;
        return new Text(t.x() + dx, t.y() + dy, t.text(), t.size(), t.bold(), t.fill());
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A width estimate for sans-serif text, for label backgrounds; renderers centre text themselves. */
    static double textWidth(String text, double size) {
        return text.length() * size * 0.56;
    }
}
