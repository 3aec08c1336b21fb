package dev.stepwise.designer.document;

import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.graph.GraphScope;
import dev.stepwise.engine.json.JsonDocument;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One state-machine file being edited. Its text is the single source of truth: the parsed tree, the model, the
 * diagnostics and the canvas all follow from it. Text that is not a modelable definition (bad JSON, a state without a
 * Type, ...) makes the document {@linkplain #staleProperty() stale}: the last good model is kept for the canvas and
 * nothing the user typed is lost. Positions the user chose are kept apart in a {@link Layout}.
 *
 * <p>After a text change the {@link ParseWorker} analyses the new text (parse, validation, graph) and the result is
 * shown: the tree, model, graph, diagnostics and stale flag change together, and only to the analysis of the text the
 * document has then; a result for older text is dropped. Until it arrives these properties describe the previous
 * text. Whatever edits the text ({@link #isStructurallyEditable()}, {@link #spans()}) first analyses the current text
 * on the calling thread if the worker has not delivered it yet, so commands always see a model of the text they
 * splice.
 *
 * <p>Change it only through {@link dev.stepwise.designer.command.Command}s on a
 * {@link dev.stepwise.designer.command.CommandStack}; {@link #apply} is their entry point.
 */
public final class WorkflowDocument {

    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final JsonFormat format;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<JsonDocument> json = new ReadOnlyObjectWrapper<>(this, "json");
    private final ReadOnlyObjectWrapper<StateMachine> machine = new ReadOnlyObjectWrapper<>(this, "machine");
    private final ReadOnlyObjectWrapper<GraphModel> graph = new ReadOnlyObjectWrapper<>(this, "graph", GraphModel.EMPTY);
    private final ReadOnlyObjectWrapper<List<GraphScope>> scopes = new ReadOnlyObjectWrapper<>(this, "scopes", List.of());
    private final ReadOnlyObjectWrapper<List<GraphScope>> upcomingScopes =
            new ReadOnlyObjectWrapper<>(this, "upcomingScopes", List.of());
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyObjectWrapper<List<Diagnostic>> diagnostics =
            new ReadOnlyObjectWrapper<>(this, "diagnostics", List.of());
    private final ReadOnlyObjectWrapper<Layout> layout = new ReadOnlyObjectWrapper<>(this, "layout", Layout.EMPTY);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyLongWrapper analysisRevision = new ReadOnlyLongWrapper(this, "analysisRevision");
    private final ParseWorker worker;
    /** The analysis the properties show: of the current text, or of an older one while the worker is at it. */
    private DocumentAnalysis shown;
    /** The latest analysis asked for; the worker skips a request that a newer one replaced before it started. */
    private final AtomicLong latestRequest = new AtomicLong();
    /** The text of the latest request. */
    private String requestedText;
    /** The analysis of a {@linkplain #prepare prepared} text the document does not have yet; null when none. */
    private DocumentAnalysis ahead;
    private String savedText;
    private Layout savedLayout;
    private JsonSpans spans;
    /** The current text is YAML that {@link YamlSpans} refuses; reset with the text. */
    private boolean unspliceable;
    /** The file's modification time when it was last read or written here; null without a file. */
    private java.nio.file.attribute.FileTime diskStamp;

    private WorkflowDocument(Path path, String initialText, JsonFormat format, Layout initialLayout,
            ParseWorker worker) {
        this.path.set(path);
        this.format = Objects.requireNonNull(format, "format");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.savedText = Objects.requireNonNull(initialText, "text");
        this.savedLayout = Objects.requireNonNull(initialLayout, "layout");
        this.diskStamp = stamp(path);
        text.set(initialText);
        layout.set(initialLayout);
        // The first analysis is made here: a new document has its model (or is stale) from the start.
        show(worker.analyze(initialText, format));
    }

    /**
     * A document that exists only in memory (tests, new files before their first save); it analyses each text
     * {@linkplain ParseWorker#inline() inline}.
     */
    public static WorkflowDocument of(String text, JsonFormat format) {
        return of(text, format, ParseWorker.inline());
    }

    /** A document that exists only in memory, analysing each new text on the given worker. */
    public static WorkflowDocument of(String text, JsonFormat format, ParseWorker worker) {
        return new WorkflowDocument(null, text, format, Layout.EMPTY, worker);
    }

    /**
     * A document for a file whose text was read already; its layout file is read when there is one. It analyses
     * each text {@linkplain ParseWorker#inline() inline}.
     */
    public static WorkflowDocument of(Path path, String text, JsonFormat format) {
        return of(path, text, format, ParseWorker.inline());
    }

    /** A document for a file whose text was read already, analysing each new text on the given worker. */
    public static WorkflowDocument of(Path path, String text, JsonFormat format, ParseWorker worker) {
        return new WorkflowDocument(path, text, format, readLayout(path), worker);
    }

    /** Reads a file (UTF-8) and its layout file; it analyses each text {@linkplain ParseWorker#inline() inline}. */
    public static WorkflowDocument open(Path path) throws IOException {
        return open(path, ParseWorker.inline());
    }

    /** Reads a file (UTF-8) and its layout file, analysing each new text on the given worker. */
    public static WorkflowDocument open(Path path, ParseWorker worker) throws IOException {
        return of(path, Files.readString(path, StandardCharsets.UTF_8), JsonFormat.ofFile(path), worker);
    }

    /** The layout file beside an ASL file: the whole file name plus {@value Layout#FILE_SUFFIX}. */
    public static Path layoutFileOf(Path file) {
        return file.resolveSibling(file.getFileName() + Layout.FILE_SUFFIX);
    }

    private static Layout readLayout(Path path) {
        Path file = layoutFileOf(path);
        if (!Files.isRegularFile(file)) {
            return Layout.EMPTY;
        }
        try {
            return Layout.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | JsonSyntaxException e) {
            // A broken layout file only costs the manual positions; the automatic layout takes over.
            return Layout.EMPTY;
        }
    }

    /**
     * Sets the text and the layout: the one way a {@link dev.stepwise.designer.command.Command} changes the document.
     * Unchanged values are left alone; any change bumps the revision once.
     */
    public void apply(String newText, Layout newLayout) {
        Objects.requireNonNull(newText, "text");
        Objects.requireNonNull(newLayout, "layout");
        boolean textChanged = !newText.equals(text.get());
        boolean layoutChanged = !newLayout.equals(layout.get());
        if (!textChanged && !layoutChanged) {
            return;
        }
        if (textChanged) {
            text.set(newText);
            spans = null;
            unspliceable = false;
            requestAnalysis();
        }
        if (layoutChanged) {
            layout.set(newLayout);
        }
        updateDirty();
        revision.set(revision.get() + 1);
    }

    /**
     * Writes the text atomically (a temporary file in the same folder, then a rename over the file) and, when there
     * are manual positions or a layout file already, the layout file the same way.
     */
    public void save() throws IOException {
        if (path.get() == null) {
            throw new IllegalStateException("the document has no file; use saveAs");
        }
        write(path.get());
    }

    /**
     * Writes the text (and layout) to another file, atomically, and makes that the document's file. The old file is
     * left as it was. The format stays: Save As writes the same JSON or YAML text under the new name.
     */
    public void saveAs(Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath().normalize();
        write(absolute);
        path.set(absolute);
        diskStamp = stamp(absolute);
    }

    private void write(Path target) throws IOException {
        writeAtomically(target, text.get());
        Path layoutFile = layoutFileOf(target);
        if (!layout.get().isEmpty() || Files.exists(layoutFile)) {
            writeAtomically(layoutFile, layout.get().toJson());
        }
        savedText = text.get();
        savedLayout = layout.get();
        diskStamp = stamp(target);
        updateDirty();
    }

    /**
     * Declares the current text and layout to be what the file holds (after a revert or a reload has put the file's
     * text in through a command).
     */
    public void markSaved() {
        savedText = text.get();
        savedLayout = layout.get();
        diskStamp = stamp(path.get());
        updateDirty();
    }

    /** The text as last read or saved: what "Revert" goes back to when the file cannot be read. */
    public String savedText() {
        return savedText;
    }

    /** Reads the document's file as it is on disk now. */
    public String readFile() throws IOException {
        if (path.get() == null) {
            throw new IllegalStateException("the document has no file");
        }
        return Files.readString(path.get(), StandardCharsets.UTF_8);
    }

    /**
     * Whether the file was changed (or deleted) by someone else since it was last read or written here: its
     * modification time differs and its text is not what was saved.
     */
    public boolean hasChangedOnDisk() {
        Path file = path.get();
        if (file == null) {
            return false;
        }
        java.nio.file.attribute.FileTime now = stamp(file);
        if (Objects.equals(now, diskStamp)) {
            return false;
        }
        try {
            return now == null || !Files.readString(file, StandardCharsets.UTF_8).equals(savedText);
        } catch (IOException e) {
            return true;
        }
    }

    /** Forgets a change on disk: the user chose to keep the text here. */
    public void acknowledgeDiskChange() {
        diskStamp = stamp(path.get());
    }

    private static java.nio.file.attribute.FileTime stamp(Path file) {
        try {
            return file == null ? null : Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Analyses on the worker a text the document is likely to get next (what is being typed, before the typing pause
     * makes it an edit), so that {@link #apply} can show its analysis without waiting. Nothing is shown until then.
     * The {@linkplain ParseWorker#inline() inline} worker ignores it.
     */
    public void prepare(String upcoming) {
        Objects.requireNonNull(upcoming, "upcoming");
        if (!worker.isInline() && !upcoming.equals(text.get()) && !upcoming.equals(requestedText)) {
            request(upcoming);
        }
    }

    /** After a text change: shows an analysis made ahead, waits for one under way, or asks the worker. */
    private void requestAnalysis() {
        if (!showPrepared() && !text.get().equals(requestedText)) {
            request(text.get());
        }
    }

    private void request(String requested) {
        requestedText = requested;
        long request = latestRequest.incrementAndGet();
        worker.work().execute(() -> {
            if (latestRequest.get() != request) {
                return;
            }
            DocumentAnalysis result = worker.analyze(requested, format);
            worker.deliver().execute(() -> offer(result));
        });
    }

    /**
     * Shows an analysis the worker made if it is of the current text and not shown already. One of the text being
     * typed is kept for {@link #apply}; any other is of older text and dropped.
     */
    private void offer(DocumentAnalysis result) {
        if (!result.text().equals(text.get())) {
            if (result.text().equals(requestedText)) {
                ahead = result;
                if (!result.stale()) {
                    upcomingScopes.set(result.scopes());
                }
            }
        } else if (!isAnalysisCurrent()) {
            show(result);
        }
    }

    /** Analyses the current text on this thread when the worker has not delivered it yet. */
    private void ensureAnalysed() {
        if (!isAnalysisCurrent() && !showPrepared()) {
            show(worker.analyze(text.get(), format));
        }
    }

    /** Shows the analysis made ahead when it is of the current text. */
    private boolean showPrepared() {
        if (ahead == null || !ahead.text().equals(text.get())) {
            return false;
        }
        DocumentAnalysis prepared = ahead;
        ahead = null;
        show(prepared);
        return true;
    }

    /** Sets every analysed property from one analysis; a stale one keeps the last good tree, model and graph. */
    private void show(DocumentAnalysis analysis) {
        shown = analysis;
        diagnostics.set(analysis.diagnostics());
        if (!analysis.stale()) {
            json.set(analysis.json());
            machine.set(analysis.machine());
            graph.set(analysis.graph());
            scopes.set(analysis.scopes());
        }
        stale.set(analysis.stale());
        analysisRevision.set(analysisRevision.get() + 1);
    }

    private void updateDirty() {
        dirty.set(!text.get().equals(savedText) || !layout.get().equals(savedLayout));
    }

    /**
     * The offsets of every value of the current text, for commands that splice it; empty when the text is stale or
     * YAML that cannot be spliced safely (anchors, aliases, several documents): structural commands then are not
     * executable. Brings the analysis up to the current text first.
     */
    public Optional<JsonSpans> spans() {
        ensureAnalysed();
        if (stale.get()) {
            return Optional.empty();
        }
        if (spans == null && !unspliceable) {
            try {
                spans = format == JsonFormat.YAML ? YamlSpans.scan(text.get()) : JsonSpans.scan(text.get());
            } catch (IllegalArgumentException e) {
                unspliceable = true;
            }
        }
        return Optional.ofNullable(spans);
    }

    /** Splices on the current text, in its syntax; empty when {@link #spans()} is. */
    public Optional<TextEdits> edits() {
        return spans().map(found -> TextEdits.on(found, format));
    }

    /** Splices on a text in this document's syntax, for commands that edit in several passes. */
    public TextEdits editsOn(String newText) {
        return TextEdits.on(newText, format);
    }

    /**
     * True when structural commands can edit this document: it is current (not stale) and can be spliced. Brings the
     * analysis up to the current text first, so that {@link #getJson()} is its tree afterwards.
     */
    public boolean isStructurallyEditable() {
        return spans().isPresent();
    }

    public Optional<Path> path() {
        return Optional.ofNullable(path.get());
    }

    /** The document's file; changes on Save As. */
    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public JsonFormat format() {
        return format;
    }

    public String getText() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /**
     * The model shown: of the current text, or the last good one while the document is stale (or while the
     * current text is being analysed); null if there never was one.
     */
    public StateMachine getMachine() {
        return machine.get();
    }

    public ReadOnlyObjectProperty<StateMachine> machineProperty() {
        return machine.getReadOnlyProperty();
    }

    /** The parsed tree that {@link #getMachine()} was made from. */
    public JsonDocument getJson() {
        return json.get();
    }

    /** What the canvas draws of {@link #getMachine()}, built with it. */
    public GraphModel getGraph() {
        return graph.get();
    }

    public ReadOnlyObjectProperty<GraphModel> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    /** Every scope of {@link #getMachine()} as a graph (the top level first, then branches and processors, depth first). */
    public List<GraphScope> getScopes() {
        return scopes.get();
    }

    public ReadOnlyObjectProperty<List<GraphScope>> scopesProperty() {
        return scopes.getReadOnlyProperty();
    }

    /**
     * The scopes of the text being typed, analysed ahead ({@link #prepare}) before it becomes the document's: the
     * canvas lays them out meanwhile, so the edit shows without waiting for the layout.
     */
    public ReadOnlyObjectProperty<List<GraphScope>> upcomingScopesProperty() {
        return upcomingScopes.getReadOnlyProperty();
    }

    /** The analysis shown last; {@link #isAnalysisCurrent()} says whether it is of the current text. */
    public DocumentAnalysis analysis() {
        return shown;
    }

    /** True when the tree, model, graph, diagnostics and stale flag describe the current text. */
    public boolean isAnalysisCurrent() {
        return shown.text().equals(text.get());
    }

    /** Bumped once whenever a new analysis is shown, after all its properties are set. */
    public ReadOnlyLongProperty analysisRevisionProperty() {
        return analysisRevision.getReadOnlyProperty();
    }

    public boolean isStale() {
        return stale.get();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public List<Diagnostic> getDiagnostics() {
        return diagnostics.get();
    }

    public ReadOnlyObjectProperty<List<Diagnostic>> diagnosticsProperty() {
        return diagnostics.getReadOnlyProperty();
    }

    public Layout getLayout() {
        return layout.get();
    }

    public ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public long getRevision() {
        return revision.get();
    }

    /** Bumped once per change of the text or the layout. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** True while the text or the layout differ from what was last read or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
