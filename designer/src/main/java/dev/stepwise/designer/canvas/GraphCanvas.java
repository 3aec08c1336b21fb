package dev.stepwise.designer.canvas;

import dev.stepwise.designer.canvas.gesture.GestureArbiter;
import dev.stepwise.designer.canvas.selection.Selection;
import dev.stepwise.designer.command.CommandStack;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.StatePath;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.layout.AutoLayout;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.designer.layout.LayoutShape;
import dev.stepwise.designer.layout.NestedGraph;
import dev.stepwise.engine.graph.GraphLayout;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.graph.GraphScope;
import dev.stepwise.engine.graph.NestedLayout;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.scene.control.ContextMenu;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Dimension2D;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The graph of a {@link WorkflowDocument}: a node per state, an edge per transition, start and end markers. It
 * observes the document (model and layout) and changes it only through commands on the {@link CommandStack}.
 * Zoom with Ctrl + wheel, {@link #fitToWindow()}, pan by dragging empty space or scrolling.
 */
public final class GraphCanvas extends Region {

    public static final String DEFAULT_STYLE_CLASS = "graph-canvas";
    public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    /**
     * Below this zoom text is too small to read: states show their shape and colour only, and transitions no labels,
     * which draws a large graph several times faster.
     */
    public static final double FAR_ZOOM = 0.35;
    public static final double MIN_ZOOM = 0.2;
    public static final double MAX_ZOOM = 3;

    private final WorkflowDocument document;
    private final CommandStack commands;
    private final Selection selection;
    private final LayoutService layoutService;

    private final Pane content = new Pane();
    /** Expanded Parallel and Map states, below their branches' frames and transitions. */
    private final Pane containerLayer = new Pane();
    private final Group frameLayer = new Group();
    private final Group edgeLayer = new Group();
    private final Group markerLayer = new Group();
    private final Markers markers = new Markers(markerLayer);
    private final Pane nodeLayer = new Pane();
    private final Group overlay = new Group();
    private final ReadOnlyLongWrapper viewRevision = new ReadOnlyLongWrapper(this, "viewRevision");
    private final ReadOnlyLongWrapper placementRevision = new ReadOnlyLongWrapper(this, "placementRevision");
    private final GestureArbiter arbiter;
    private StateNode highlighted;
    private final CanvasEdits edits = new CanvasEdits(this);
    private final Label staleBanner = new Label("The text is not a valid definition: showing the last good graph.");
    private final Translate pan = new Translate();
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper zoomLevel = new ReadOnlyDoubleWrapper(this, "zoom", 1);

    /** The sizes of the layout on the canvas: a container's header is as tall as a state. */
    public static final NestedLayout.Metrics METRICS = new NestedLayout.Metrics(
            new GraphLayout.Size(StateNode.WIDTH, StateNode.HEIGHT), StateNode.HEIGHT + 6, 20, 12, 16, 12);

    /** The views of the states shown, by canvas key ({@link NestedGraph}), in the flat graph's order. */
    private final Map<String, StateNode> nodes = new LinkedHashMap<>();
    /** Every scope of the machine, the collapsed containers' too. */
    private List<GraphScope> scopes = List.of();
    /** The canvas keys of the Parallel and Map states shown as one box. */
    private final Set<String> collapsed = new HashSet<>();
    private NestedGraph nested = NestedGraph.EMPTY;
    /** {@link #nested} as one graph: node names are canvas keys. */
    private GraphModel graph = GraphModel.EMPTY;
    private AutoLayout automatic = AutoLayout.EMPTY;
    /** The graph that {@link #automatic} is the layout of. */
    private NestedGraph laidOut = NestedGraph.EMPTY;
    /** The routes of the edges now shown; while a new layout is pending, those of the transitions it kept. */
    private EdgeRoutes routes = EdgeRoutes.NONE;
    private long layoutRequest;
    /** The graph the text being typed will give, when its layout was started ahead; null when none. */
    private NestedGraph aheadGraph;
    private CompletableFuture<AutoLayout> aheadLayout;
    /** The layout last asked for, until it arrives. */
    private CompletableFuture<AutoLayout> pendingLayout;
    /** Says why an edit asked for on the canvas was not made (the designer shows it in its status). */
    private Consumer<String> onNotice = message -> { };
    /** No detail until the first fit sets the zoom: a large graph then never makes what it would not show. */
    private boolean showsDetail = false;
    private boolean fitPending = true;
    /** The transition selected by a click on it; its source state is then the selected state. */
    private final ReadOnlyObjectWrapper<GraphModel.Edge> selectedEdge =
            new ReadOnlyObjectWrapper<>(this, "selectedEdge");

    public GraphCanvas(WorkflowDocument document, CommandStack commands, Selection selection, LayoutService layoutService) {
        this.document = document;
        this.commands = commands;
        this.selection = selection;
        this.layoutService = layoutService;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        content.getStyleClass().add("canvas-content");
        content.getTransforms().addAll(pan, zoom);
        content.setManaged(false);
        nodeLayer.setPickOnBounds(false);
        containerLayer.setPickOnBounds(false);
        content.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        content.getChildren().addAll(containerLayer, frameLayer, edgeLayer, markerLayer, nodeLayer, overlay);
        staleBanner.getStyleClass().add("stale-banner");
        staleBanner.setManaged(false);
        getChildren().addAll(content, staleBanner);

        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        document.scopesProperty().addListener((obs, old, scopes) -> rebuild(scopes));
        document.upcomingScopesProperty().addListener((obs, old, upcoming) -> layoutAhead(upcoming));
        document.layoutProperty().addListener((obs, old, layout) -> placeAll());
        document.staleProperty().addListener((obs, old, stale) -> showStale(stale));
        selection.revisionProperty().addListener((obs, old, revision) -> showSelection());
        showStale(document.isStale());

        arbiter = GestureArbiter.standard(this);
        arbiter.install();
        widthProperty().addListener((obs, old, now) -> viewChanged());
        heightProperty().addListener((obs, old, now) -> viewChanged());
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        rebuild(document.getScopes());
    }

    // --- what gestures and views use -------------------------------------------------------------------------------

    public WorkflowDocument document() {
        return document;
    }

    public CommandStack commands() {
        return commands;
    }

    public Selection selection() {
        return selection;
    }

    /** The node view of a state by canvas key (a top-level state's name), when it is shown. */
    public Optional<StateNode> node(String key) {
        return Optional.ofNullable(nodes.get(key));
    }

    /** Where the canvas says why an edit a gesture asked for was not made. */
    public void setOnNotice(Consumer<String> action) {
        onNotice = action == null ? message -> { } : action;
    }

    /** What the canvas shows: the states of the top level and of the expanded containers' branches. */
    public NestedGraph nested() {
        return nested;
    }

    /** The frames of the branches shown, a frame before the frames inside it. */
    public List<BranchFrame> frames() {
        return frameLayer.getChildren().stream().map(BranchFrame.class::cast).toList();
    }

    /** The innermost branch frame at a canvas point. */
    public Optional<BranchFrame> frameAt(Point2D canvasPoint) {
        return frameAt(canvasPoint, frame -> true);
    }

    /** The innermost branch frame at a canvas point among those {@code candidate} accepts. */
    Optional<BranchFrame> frameAt(Point2D canvasPoint, Predicate<BranchFrame> candidate) {
        List<BranchFrame> frames = frames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            BranchFrame frame = frames.get(i);
            if (frame.getBoundsInParent().contains(canvasPoint) && candidate.test(frame)) {
                return Optional.of(frame);
            }
        }
        return Optional.empty();
    }

    /** Whether a Parallel or Map (by canvas key) is shown as one box, its branches hidden. */
    public boolean isCollapsed(String key) {
        return collapsed.contains(key);
    }

    /** Shows a Parallel's or Map's branches inside it, or hides them (the view only: the document does not change). */
    public void setCollapsed(String key, boolean value) {
        if (value ? collapsed.add(key) : collapsed.remove(key)) {
            show(NestedGraph.of(scopes, collapsed));
        }
    }

    /**
     * Expands every collapsed Parallel or Map that holds a state (by canvas key), so that it is shown: find and the
     * text's caret may name a state that a collapsed container hides.
     */
    public void expandAround(String key) {
        Map<String, GraphScope> byPointer = new HashMap<>();
        scopes.forEach(scope -> byPointer.put(scope.pointer(), scope));
        String at = document.getJson() == null ? ""
                : StatePath.resolve(document.getJson().root(), key).map(StatePath::scope).orElse("");
        boolean changed = false;
        for (GraphScope branch = byPointer.get(at); branch != null && !branch.isTop();
                branch = byPointer.get(branch.containerScope())) {
            changed |= collapsed.remove(NestedGraph.containerKey(branch));
        }
        if (changed) {
            show(NestedGraph.of(scopes, collapsed));
        }
    }

    private void toggleCollapsed(String key) {
        setCollapsed(key, !collapsed.contains(key));
    }

    public List<StateNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<TransitionEdge> edges() {
        return edgeLayer.getChildren().stream().map(TransitionEdge.class::cast).toList();
    }

    /** The node layer: where node views are, in canvas units. */
    public Pane nodeLayer() {
        return nodeLayer;
    }

    public GraphModel graph() {
        return graph;
    }

    /**
     * Where a state is drawn (by canvas key): its manual position, else its automatic one. Inside a container both
     * are kept relative to the container's corner, so a state moves with its container.
     */
    public Layout.Point positionOf(String key) {
        return placement().positionOf(key);
    }

    /** The canvas corner of the container whose branch a scope is (by JSON pointer); the origin for the top level. */
    public Layout.Point cornerOf(String scope) {
        return placement().cornerOf(scope);
    }

    /**
     * What the layout file keeps for a state drawn at a canvas point: the point at the top level; inside a container,
     * the point relative to the container's corner, held inside its branch's frame.
     */
    public Layout.Point layoutPosition(String key, Layout.Point drawnAt) {
        StateNode container = nested.entry(key).map(NestedGraph.Entry::container).map(nodes::get).orElse(null);
        return placement().layoutPosition(key, drawnAt,
                container == null ? null : new Layout.Point(container.getLayoutX(), container.getLayoutY()));
    }

    /** Where things are drawn now: the graph shown, its layouts and its boxes. */
    private Placement placement() {
        return new Placement(nested, automatic, document.getLayout(), key -> {
            StateNode view = nodes.get(key);
            return view == null ? null : new Dimension2D(view.boxWidth(), view.boxHeight());
        }, METRICS.branchLabel());
    }

    /** Converts a scene point to canvas units. */
    public Point2D sceneToCanvas(double sceneX, double sceneY) {
        return content.sceneToLocal(sceneX, sceneY);
    }

    /** Converts a point in canvas units to screen coordinates (for tests and popups). */
    public Point2D canvasToScreen(Point2D canvasPoint) {
        return content.localToScreen(canvasPoint);
    }

    public double getZoom() {
        return zoomLevel.get();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoomLevel.getReadOnlyProperty();
    }

    public void panBy(double dx, double dy) {
        pan.setX(pan.getX() + dx);
        pan.setY(pan.getY() + dy);
        viewChanged();
    }

    /** Zooms to {@code level}, keeping the canvas point under the local point (x, y) in place. */
    public void zoomTo(double level, double x, double y) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, level));
        double old = zoom.getX();
        double canvasX = (x - pan.getX()) / old;
        double canvasY = (y - pan.getY()) / old;
        zoom.setX(clamped);
        zoom.setY(clamped);
        pan.setX(x - clamped * canvasX);
        pan.setY(y - clamped * canvasY);
        setZoomLevel(clamped);
        viewChanged();
    }

    private void setZoomLevel(double level) {
        zoomLevel.set(level);
        boolean detailed = level >= FAR_ZOOM;
        if (detailed != showsDetail) {
            showsDetail = detailed;
            // Visibility set in code, not by a pseudo-class: that would restyle every node of the graph. The states'
            // detail comes back for those in view when the view has moved (viewChanged).
            if (!detailed) {
                nodes.values().forEach(view -> view.setShowsDetail(false));
            }
            edges().forEach(view -> view.setShowsDetail(detailed));
            frames().forEach(view -> view.setShowsDetail(detailed));
        }
    }

    /**
     * Shows the detail of the states in view and half a view around it; the others get theirs when they come near.
     * Made the first time it shows, a state's detail costs a CSS pass: for hundreds of states at once, a frame of
     * over 100 ms on the first zoom past {@link #FAR_ZOOM}.
     */
    private void revealDetailInView() {
        if (!showsDetail) {
            return;
        }
        Bounds view = viewport();
        double marginX = view.getWidth() / 2;
        double marginY = view.getHeight() / 2;
        Bounds near = new BoundingBox(view.getMinX() - marginX, view.getMinY() - marginY,
                view.getWidth() + 2 * marginX, view.getHeight() + 2 * marginY);
        for (StateNode node : nodes.values()) {
            if (!node.showsDetailProperty().get() && near.intersects(node.getLayoutX(), node.getLayoutY(),
                    node.boxWidth(), node.boxHeight())) {
                node.setShowsDetail(true);
            }
        }
    }

    /**
     * Whether text, icons and ports are shown: false when zoomed out below {@link #FAR_ZOOM}. When true, the states in
     * view and near it show them.
     */
    public boolean showsDetail() {
        return showsDetail;
    }

    /** Shows the whole graph, centred, at most at 100 %. */
    public void fitToWindow() {
        Bounds bounds = graphBounds();
        if (bounds == null || getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        double margin = 32;
        double level = Math.min(1, Math.min((getWidth() - 2 * margin) / bounds.getWidth(),
                (getHeight() - 2 * margin) / bounds.getHeight()));
        level = Math.max(MIN_ZOOM, level);
        zoom.setX(level);
        zoom.setY(level);
        setZoomLevel(level);
        pan.setX((getWidth() - bounds.getWidth() * level) / 2 - bounds.getMinX() * level);
        pan.setY(Math.max(margin, (getHeight() - bounds.getHeight() * level) / 2) - bounds.getMinY() * level);
        viewChanged();
    }

    /** Recomputes the automatic layout; the manual positions stay (a ResetLayoutCommand forgets them). */
    public CompletableFuture<Void> relayout() {
        long request = ++layoutRequest;
        NestedGraph requested = nested;
        if (pendingLayout != null) {
            pendingLayout.cancel(false); // not started yet: its result would be dropped anyway
        }
        CompletableFuture<AutoLayout> layout;
        if (requested.equals(aheadGraph)) {
            layout = aheadLayout;
        } else {
            if (aheadLayout != null) {
                aheadLayout.cancel(false);
            }
            layout = layoutService.layout(requested, METRICS);
        }
        aheadGraph = null;
        aheadLayout = null;
        pendingLayout = layout;
        return layout
                .thenAccept(result -> onFx(() -> {
                    if (request == layoutRequest) {
                        useLayout(requested, result);
                        placeAll();
                        if (fitPending) {
                            fitToWindow();
                        }
                    }
                }));
    }

    // --- building and placing ------------------------------------------------------------------------------------

    /**
     * Starts the layout of the graph that the text being typed will give, when it will need one (its shape differs
     * from what is laid out): the edit then shows as soon as the typing pause ends, not after ELK.
     */
    private void layoutAhead(List<GraphScope> upcoming) {
        NestedGraph next = NestedGraph.of(upcoming, collapsed);
        if (next.equals(nested) || next.equals(aheadGraph)
                || LayoutShape.carryOver(laidOut, next, automatic).isPresent()) {
            return;
        }
        if (aheadLayout != null) {
            aheadLayout.cancel(false); // typing on: a layout not started yet is of text already gone
        }
        aheadGraph = next;
        aheadLayout = layoutService.layout(next, METRICS);
    }

    private void rebuild(List<GraphScope> next) {
        scopes = next;
        show(NestedGraph.of(next, collapsed));
    }

    private void show(NestedGraph next) {
        boolean sameShape = next.equals(nested);
        nested = next;
        graph = next.flat();
        if (sameShape && !nodes.isEmpty()) {
            return;
        }
        // Views of unchanged states and transitions stay: a new view costs CSS and a skin, hundreds of them seconds.
        Map<String, StateNode> kept = new HashMap<>(nodes);
        nodes.clear();
        List<StateNode> nodeViews = new ArrayList<>();
        List<StateNode> containerViews = new ArrayList<>();
        for (NestedGraph.Entry entry : nested.entries()) {
            String key = entry.key();
            StateNode view = kept.remove(key);
            if (view == null || !view.model().equals(entry.node()) || view.isStart() != entry.start()) {
                view = new StateNode(key, entry.node(), entry.start());
                view.setOnToggle(() -> toggleCollapsed(key));
                view.setShowsDetail(false); // until it is placed in view (revealDetailInView)
            }
            boolean expanded = !nested.branchesOf(key).isEmpty();
            view.expandedProperty().set(expanded);
            view.setSelected(selection.isSelected(key));
            nodes.put(key, view);
            (expanded ? containerViews : nodeViews).add(view);
        }
        ChildViews.update(nodeLayer.getChildren(), nodeViews);
        ChildViews.update(containerLayer.getChildren(), containerViews);
        Map<GraphModel.Edge, Deque<TransitionEdge>> keptEdges = new HashMap<>();
        for (TransitionEdge edge : edges()) {
            keptEdges.computeIfAbsent(edge.model(), key -> new ArrayDeque<>()).add(edge);
        }
        List<TransitionEdge> edgeViews = new ArrayList<>();
        for (GraphModel.Edge edge : graph.edges()) {
            if (nodes.containsKey(edge.from()) && nodes.containsKey(edge.to())) {
                TransitionEdge view = keptEdges.getOrDefault(edge, new ArrayDeque<>()).poll();
                if (view == null) {
                    view = new TransitionEdge(edge);
                    view.setShowsDetail(showsDetail);
                }
                edgeViews.add(view);
            }
        }
        ChildViews.update(edgeLayer.getChildren(), edgeViews);
        if (selectedEdge.get() != null && !graph.edges().contains(selectedEdge.get())) {
            selectedEdge.set(null);
        }
        showEdgeSelection();
        selection.retainAll(nodes.keySet());
        Optional<AutoLayout> carried = LayoutShape.carryOver(laidOut, nested, automatic);
        if (carried.isPresent()) {
            // ELK would place and route a graph of the same shape exactly as before: skip it.
            layoutRequest++;
            useLayout(nested, carried.get());
            placeAll();
            return;
        }
        // Known states keep their automatic place and routes until the new layout arrives, a state renamed in the text
        // the place it had under its old name; new ones wait at the origin.
        automatic = LayoutShape.withRenamedKept(laidOut.flat(), graph, automatic);
        routes = new EdgeRoutes(LayoutShape.routesKept(laidOut.flat(), graph, automatic), automatic.positions(),
                automatic.sizes());
        placeAll();
        relayout();
    }

    private void useLayout(NestedGraph of, AutoLayout layout) {
        automatic = layout;
        laidOut = of;
        routes = new EdgeRoutes(layout.routes(), layout.positions(), layout.sizes());
    }

    /** Puts every node at its position and redraws the edges and markers. */
    public void placeAll() {
        Placement placement = placement();
        nodes.forEach((key, view) -> {
            Layout.Point point = placement.positionOf(key);
            view.relocate(point.x(), point.y());
            Dimension2D size = view.isExpanded() ? automatic.sizes().get(key) : null;
            view.setBoxSize(size == null ? StateNode.WIDTH : size.getWidth(),
                    size == null ? StateNode.HEIGHT : size.getHeight());
        });
        placeFrames();
        redrawEdges();
        placementRevision.set(placementRevision.get() + 1);
        viewChanged();
    }

    /**
     * During a drag: moves the states inside the containers being moved (those not moved themselves) and the
     * branches' frames along with their containers' views.
     */
    public void followContainers() {
        Placement placement = placement();
        for (NestedGraph.Entry entry : nested.entries()) {
            StateNode container = entry.container() == null ? null : nodes.get(entry.container());
            StateNode view = nodes.get(entry.key());
            if (container != null && view != null && !selection.isSelected(entry.key())) {
                Layout.Point corner = new Layout.Point(container.getLayoutX(), container.getLayoutY());
                Layout.Point at = placement.inside(corner, entry.container(), entry.key());
                view.relocate(at.x(), at.y());
            }
        }
        placeFrames();
    }

    /** Frames where the automatic layout put them, moved as far as their containers moved from theirs. */
    private void placeFrames() {
        Placement placement = placement();
        Map<Integer, BranchFrame> old = new HashMap<>();
        frames().forEach(frame -> old.put(frame.scope(), frame));
        List<BranchFrame> views = new ArrayList<>();
        for (AutoLayout.Frame frame : automatic.frames()) {
            if (frame.scope() >= nested.scopes().size()) {
                continue;
            }
            StateNode container = nodes.get(nested.containerOf(frame.scope()));
            if (container == null || !container.isExpanded()) {
                continue;
            }
            String label = nested.scopes().get(frame.scope()).label();
            BranchFrame view = old.get(frame.scope());
            if (view == null || !view.text().equals(label)) {
                view = new BranchFrame(frame.scope(), label);
                view.setShowsDetail(showsDetail);
            }
            Bounds at = placement.frameBounds(frame, container.key(),
                    new Layout.Point(container.getLayoutX(), container.getLayoutY()));
            view.resizeRelocate(at.getMinX(), at.getMinY(), at.getWidth(), at.getHeight());
            views.add(view);
        }
        ChildViews.update(frameLayer.getChildren(), views);
    }

    /**
     * Redraws edges and markers from the node views' current places (also during a drag): along the automatic
     * layout's route while both ends are where it put them, else straight between the boxes.
     */
    public void redrawEdges() {
        Map<String, Integer> seen = new HashMap<>();
        List<TransitionEdge> views = edges();
        for (int i = 0; i < views.size(); i++) {
            TransitionEdge edge = views.get(i);
            StateNode from = nodes.get(edge.model().from());
            StateNode to = nodes.get(edge.model().to());
            String pair = edge.model().from() + "\u0000" + edge.model().to();
            int index = seen.merge(pair, 1, Integer::sum) - 1;
            if (!routes.draw(views, i, from, to)) {
                StraightEdges.draw(edge, from, to, index);
            }
        }
        markers.draw(nodes.values());
    }

    /** The area the graph covers in canvas units (with its markers), or null when it has no states. */
    public Bounds graphBounds() {
        if (nodes.isEmpty()) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Map.Entry<String, StateNode> node : nodes.entrySet()) {
            Layout.Point p = positionOf(node.getKey());
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y() - 50); // the start marker
            maxX = Math.max(maxX, p.x() + node.getValue().boxWidth());
            maxY = Math.max(maxY, p.y() + node.getValue().boxHeight() + 40); // end markers
        }
        for (TransitionEdge edge : edges()) {
            if (edge.isRouted()) { // a route may pass beside the boxes (a loop back, a Catch around a layer)
                for (Point2D point : edge.path().points()) {
                    minX = Math.min(minX, point.getX());
                    maxX = Math.max(maxX, point.getX());
                    minY = Math.min(minY, point.getY());
                    maxY = Math.max(maxY, point.getY());
                }
            }
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    // --- editing from gestures and keys --------------------------------------------------------------------------

    /** The overlay above the nodes where gestures draw previews (marquee, connection line), in canvas units. */
    public Group overlay() {
        return overlay;
    }

    public GestureArbiter arbiter() {
        return arbiter;
    }

    /** The state drawn at a canvas point. */
    public Optional<StateNode> nodeAt(Point2D canvasPoint) {
        List<StateNode> views = nodes();
        for (int i = views.size() - 1; i >= 0; i--) {
            StateNode view = views.get(i);
            if (view.box().contains(canvasPoint)) {
                return Optional.of(view);
            }
        }
        return Optional.empty();
    }

    /** The edge nearest a canvas point within {@code tolerance} screen pixels. */
    public Optional<TransitionEdge> edgeAt(Point2D canvasPoint, double tolerance) {
        double limit = tolerance / getZoom();
        return edges().stream()
                .filter(edge -> edge.distanceTo(canvasPoint) <= limit)
                .min(Comparator.comparingDouble(edge -> edge.distanceTo(canvasPoint)));
    }

    /** Marks the state a connection would go to (null: none). */
    public void highlightTarget(StateNode node) {
        if (highlighted != null) {
            highlighted.pseudoClassStateChanged(StateNode.DROP_TARGET, false);
        }
        highlighted = node;
        if (node != null) {
            node.pseudoClassStateChanged(StateNode.DROP_TARGET, true);
        }
    }

    /**
     * The JSON pointer of the string that an edge stands for: {@code /States/A/Next}, {@code /States/C/Default},
     * {@code /States/C/Choices/0/Next} or {@code /States/T/Catch/1/Next}. Empty while the text is stale.
     */
    public Optional<String> referencePointerOf(GraphModel.Edge edge) {
        return edits.referencePointerOf(edge);
    }

    /**
     * Connects two states of one scope (by canvas key): a Next; from a Choice, a menu at the screen point offers a new
     * rule or the Default. States of two scopes cannot be connected: ASL transitions stay inside their branch.
     */
    public void connect(String fromKey, String toKey, double screenX, double screenY) {
        edits.connect(fromKey, toKey, screenX, screenY);
    }

    /** The menu a connection from a Choice showed last (for tests). */
    public Optional<ContextMenu> connectMenu() {
        return edits.connectMenu();
    }

    /** Points the transition an edge stands for at another state of its scope (by canvas key). */
    public boolean reconnect(GraphModel.Edge edge, String targetKey) {
        return edits.reconnect(edge, targetKey);
    }

    /** Selects every state (Ctrl+A). */
    public void selectAll() {
        selection.selectAll(nodes.keySet());
    }

    /** Moves the selected states by (dx, dy) canvas units: one command. */
    public boolean nudgeSelection(double dx, double dy) {
        return edits.nudgeSelection(dx, dy);
    }

    /**
     * Ends a drag of states (by canvas key) that are now drawn where their views are: moved into the branch under
     * the pointer, or only on the canvas (see {@link CanvasEdits}). One command.
     */
    public boolean finishMove(Collection<String> keys, Point2D pointer) {
        return edits.finishMove(keys, pointer);
    }

    /** Says why an edit a gesture asked for was not made. */
    void notice(String message) {
        onNotice.accept(message);
    }

    /** Centres a state when its header is not wholly in view; leaves the view alone when it is. */
    public void ensureVisible(String key) {
        if (!nodes.containsKey(key)) {
            return;
        }
        Layout.Point at = positionOf(key);
        Bounds shown = viewport();
        if (!shown.contains(at.x(), at.y()) || !shown.contains(at.x() + StateNode.WIDTH, at.y() + StateNode.HEIGHT)) {
            centerOn(key);
        }
    }

    /** Scrolls so that a state's header is in the middle of the view. */
    public void centerOn(String key) {
        if (!nodes.containsKey(key)) {
            return;
        }
        Layout.Point at = positionOf(key);
        double level = getZoom();
        pan.setX(getWidth() / 2 - (at.x() + StateNode.WIDTH / 2) * level);
        pan.setY(getHeight() / 2 - (at.y() + StateNode.HEIGHT / 2) * level);
        viewChanged();
    }

    /** Scrolls so that a canvas point is in the middle of the view. */
    public void centerOnPoint(Point2D canvasPoint) {
        double level = getZoom();
        pan.setX(getWidth() / 2 - canvasPoint.getX() * level);
        pan.setY(getHeight() / 2 - canvasPoint.getY() * level);
        viewChanged();
    }

    /** The part of the canvas the view shows, in canvas units. */
    public Bounds viewport() {
        double level = getZoom();
        return new BoundingBox(-pan.getX() / level, -pan.getY() / level, getWidth() / level, getHeight() / level);
    }

    /** Bumped whenever the view moves (pan, zoom, resize) or the states are placed anew: the minimap follows it. */
    public ReadOnlyLongProperty viewRevisionProperty() {
        return viewRevision.getReadOnlyProperty();
    }

    /** Bumped whenever the states are placed anew (shown, laid out, moved by a command). */
    public ReadOnlyLongProperty placementRevisionProperty() {
        return placementRevision.getReadOnlyProperty();
    }

    private void viewChanged() {
        revealDetailInView();
        viewRevision.set(viewRevision.get() + 1);
    }

    private void showSelection() {
        nodes.forEach((name, view) -> view.setSelected(selection.isSelected(name)));
        GraphModel.Edge edge = selectedEdge.get();
        if (edge != null && !selection.items().equals(Set.of(edge.from()))) {
            selectedEdge.set(null); // another state was selected: the edge no longer is
            showEdgeSelection();
        }
    }

    /**
     * Selects a transition: its source state becomes the selected state (so the inspector shows it), and the views
     * that follow {@link #selectedEdgeProperty()} reveal the field that makes the transition.
     */
    public void selectEdge(GraphModel.Edge edge) {
        selection.select(edge.from());
        selectedEdge.set(edge);
        showEdgeSelection();
    }

    public ReadOnlyObjectProperty<GraphModel.Edge> selectedEdgeProperty() {
        return selectedEdge.getReadOnlyProperty();
    }

    private void showEdgeSelection() {
        GraphModel.Edge edge = selectedEdge.get();
        for (TransitionEdge view : edges()) {
            view.pseudoClassStateChanged(TransitionEdge.SELECTED, view.model().equals(edge));
        }
    }

    private void showStale(boolean stale) {
        pseudoClassStateChanged(STALE, stale);
        staleBanner.setVisible(stale);
    }

    private void onScroll(ScrollEvent event) {
        if (event.isShortcutDown() || event.isControlDown()) {
            double factor = Math.pow(1.0015, event.getDeltaY());
            zoomTo(getZoom() * factor, event.getX(), event.getY());
        } else {
            panBy(event.getDeltaX(), event.getDeltaY());
        }
        event.consume();
    }

    @Override
    protected void layoutChildren() {
        staleBanner.autosize();
        staleBanner.relocate(Math.max(8, (getWidth() - staleBanner.getWidth()) / 2), 8);
        if (fitPending && !automatic.positions().isEmpty()) {
            fitToWindow();
        }
    }

    private static void onFx(Runnable runnable) {
        if (Platform.isFxApplicationThread()) {
            runnable.run();
        } else {
            Platform.runLater(runnable);
        }
    }
}
