package dev.stepwise.designer.command;

import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import java.util.Objects;

/**
 * A command that computes a new text and layout from the current ones. It keeps only what changed: one text splice
 * (the common prefix and suffix of the two texts are not stored) and the two layouts, so that undo puts back the
 * exact bytes.
 */
abstract class DocumentCommand extends Command {

    /** The change of one text into another: at {@code start}, {@code removed} became {@code inserted}. */
    private record Splice(int start, String removed, String inserted) {

        static Splice between(String before, String after) {
            int prefix = 0;
            int max = Math.min(before.length(), after.length());
            while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < max - prefix
                    && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
                suffix++;
            }
            return new Splice(prefix, before.substring(prefix, before.length() - suffix),
                    after.substring(prefix, after.length() - suffix));
        }

        String forward(String text) {
            return replace(text, removed, inserted);
        }

        String backward(String text) {
            return replace(text, inserted, removed);
        }

        private String replace(String text, String expected, String replacement) {
            if (!text.startsWith(expected, start)) {
                throw new IllegalStateException("the document changed outside the command stack");
            }
            return text.substring(0, start) + replacement + text.substring(start + expected.length());
        }
    }

    /** What a command wants the document to become. */
    protected record Outcome(String text, Layout layout) {
        protected Outcome {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(layout, "layout");
        }
    }

    private Outcome planned;
    private long plannedAt = -1;
    private Splice splice;
    private Layout layoutBefore;
    private Layout layoutAfter;

    protected DocumentCommand(WorkflowDocument document) {
        super(document);
    }

    /** The text and layout the document should have after the command, computed from the current document. */
    protected abstract Outcome plan();

    /** Checks that do not need the plan: the document is editable, the names exist, ... */
    protected abstract boolean canPlan();

    @Override
    public final boolean isExecutable() {
        if (!canPlan()) {
            return false;
        }
        Outcome outcome = outcome();
        return !outcome.text().equals(document().getText()) || !outcome.layout().equals(document().getLayout());
    }

    @Override
    public final void execute() {
        if (!isExecutable()) {
            throw new IllegalStateException(description() + " is not executable");
        }
        Outcome outcome = outcome();
        splice = Splice.between(document().getText(), outcome.text());
        layoutBefore = document().getLayout();
        layoutAfter = outcome.layout();
        planned = null;
        document().apply(outcome.text(), outcome.layout());
    }

    @Override
    public final void undo() {
        document().apply(splice.backward(document().getText()), layoutBefore);
    }

    @Override
    public final void redo() {
        document().apply(splice.forward(document().getText()), layoutAfter);
    }

    private Outcome outcome() {
        long now = document().getRevision();
        if (planned == null || plannedAt != now) {
            planned = plan();
            plannedAt = now;
        }
        return planned;
    }
}
