package dev.stepwise.designer.command;

import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import java.util.Map;

/** Moves states on the canvas: the layout only, never the ASL text. */
public final class MoveNodesCommand extends DocumentCommand {

    private final Map<String, Layout.Point> positions;

    /** @param positions the new top-left corners by layout key ({@link Layout#key}) */
    public MoveNodesCommand(WorkflowDocument document, Map<String, Layout.Point> positions) {
        super(document);
        this.positions = Map.copyOf(positions);
    }

    @Override
    protected boolean canPlan() {
        return !positions.isEmpty();
    }

    @Override
    protected Outcome plan() {
        return new Outcome(document().getText(), document().getLayout().with(positions));
    }

    @Override
    public String description() {
        return positions.size() == 1 ? "Move State" : "Move " + positions.size() + " States";
    }
}
