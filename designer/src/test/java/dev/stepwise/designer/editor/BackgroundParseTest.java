package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.StateNode;
import dev.stepwise.designer.document.DocumentAnalysis;
import dev.stepwise.designer.document.ParseWorker;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.themes.LightTheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With the worker the app uses, an edit in the text is parsed and validated on the worker's thread, never on the
 * JavaFX thread, even with a state shown in the inspector; the canvas and the problems follow it together.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundParseTest {

    /** Where each analysis ran, and whether that was the JavaFX thread. */
    private record Run(String thread, boolean fxThread) {
    }

    private final List<Run> runs = Collections.synchronizedList(new ArrayList<>());
    private DesignerView view;

    @Start
    void start(Stage stage) {
        ParseWorker worker = ParseWorker.background().withAnalyzer((text, format) -> {
            runs.add(new Run(Thread.currentThread().getName(), Platform.isFxApplicationThread()));
            return DocumentAnalysis.of(text, format);
        });
        view = DesignerStage.show(stage, WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON, worker),
                LightTheme.get(), 1100, 700);
    }

    private WorkflowDocument document() {
        return view.viewModel().document();
    }

    /** Types over the first occurrence of {@code from} and ends the typing pause; waits for the analysis. */
    private void typeAndWait(FxRobot robot, String from, String to) throws Exception {
        robot.interact(() -> {
            var area = view.textPane().codeArea();
            int at = area.getText().indexOf(from);
            area.replaceText(at, at + from.length(), to);
            view.flushTyping();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> document().isAnalysisCurrent()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEditIsParsedOnTheWorkerThreadAndTheCanvasFollowsIt(FxRobot robot) throws Exception {
        robot.interact(() -> view.viewModel().selection().select("Charge"));
        runs.clear();

        typeAndWait(robot, "\"Charge\": {", "\"Bill\": {");

        assertThat(runs).isNotEmpty().allSatisfy(run -> {
            assertThat(run.fxThread()).isFalse();
            assertThat(run.thread()).isEqualTo(ParseWorker.THREAD_NAME);
        });
        assertThat(view.canvas().nodes()).extracting(StateNode::name).contains("Bill").doesNotContain("Charge");
        assertThat(document().getDiagnostics()).isEqualTo(DocumentAnalysis.of(document().getText(), JsonFormat.JSON)
                .diagnostics());
    }

    @Test
    void textThatIsNotJsonIsParsedOnTheWorkerAndKeepsTheLastGoodGraphWithItsProblem(FxRobot robot) throws Exception {
        List<String> before = view.canvas().nodes().stream().map(StateNode::name).toList();
        runs.clear();

        typeAndWait(robot, "\"Type\": \"Succeed\"", "\"Type\": ");

        assertThat(runs).isNotEmpty().noneMatch(Run::fxThread);
        assertThat(document().isStale()).isTrue();
        assertThat(view.canvas().nodes()).extracting(StateNode::name).containsExactlyElementsOf(before);
        assertThat(view.canvas().getPseudoClassStates()).contains(GraphCanvas.STALE);
        assertThat(document().getDiagnostics()).extracting(Diagnostic::code)
                .containsExactly(AslValidator.INVALID_JSON);
    }
}
