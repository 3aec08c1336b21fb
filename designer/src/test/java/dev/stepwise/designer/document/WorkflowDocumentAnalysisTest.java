package dev.stepwise.designer.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.command.CommandStack;
import dev.stepwise.designer.command.RenameStateCommand;
import dev.stepwise.designer.testsupport.QueuedExecutor;
import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.json.JsonFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The analysis of a document's text runs on its worker; only a result for the current text is ever shown. */
class WorkflowDocumentAnalysisTest {

    private static final String FIRST = machine("First");
    private static final String SECOND = machine("Second");
    private static final String THIRD = machine("Third");
    private static final String NOT_JSON = FIRST.replace("\"Type\": \"Succeed\"", "\"Type\": ");
    private static final String NO_TYPE = FIRST.replace("\"Type\": \"Succeed\"", "\"Comment\": \"no type\"");

    private final QueuedExecutor work = new QueuedExecutor();
    private final QueuedExecutor deliveries = new QueuedExecutor();
    private final List<String> analysed = Collections.synchronizedList(new ArrayList<>());

    private static String machine(String last) {
        return """
                {
                  "StartAt": "Start",
                  "States": {
                    "Start": {"Type": "Pass", "Next": "%s"},
                    "%s": {"Type": "Succeed"}
                  }
                }
                """.formatted(last, last);
    }

    private WorkflowDocument document(java.util.concurrent.Executor workOn) {
        return WorkflowDocument.of(FIRST, JsonFormat.JSON, new ParseWorker(workOn, deliveries).withAnalyzer(
                (text, format) -> {
                    analysed.add(text);
                    return DocumentAnalysis.of(text, format);
                }));
    }

    private static void edit(WorkflowDocument document, String text) {
        document.apply(text, document.getLayout());
    }

    @Test
    void aResultForTextThatChangedMeanwhileIsDropped() {
        WorkflowDocument document = document(Runnable::run);
        edit(document, SECOND);
        edit(document, THIRD);

        deliveries.run(0); // SECOND's result arrives after THIRD was typed

        assertThat(document.getMachine().states()).containsKey("First").doesNotContainKey("Second");
        assertThat(document.analysis().text()).isEqualTo(FIRST);
        assertThat(document.isAnalysisCurrent()).isFalse();

        deliveries.run(0);

        assertThat(document.getMachine().states()).containsKey("Third");
        assertThat(document.getGraph().nodes()).extracting(GraphModel.Node::name).containsExactly("Start", "Third");
        assertThat(document.isAnalysisCurrent()).isTrue();
    }

    @Test
    void aResultThatArrivesAfterANewerOneIsDropped() {
        WorkflowDocument document = document(Runnable::run);
        edit(document, SECOND);
        edit(document, THIRD);
        long shownBefore = document.analysisRevisionProperty().get();

        deliveries.run(1);
        deliveries.run(0);

        assertThat(document.getMachine().states()).containsKey("Third").doesNotContainKey("Second");
        assertThat(document.analysisRevisionProperty().get()).isEqualTo(shownBefore + 1);
    }

    @Test
    void workReplacedBeforeItStartsIsNotDone() {
        WorkflowDocument document = document(work);
        analysed.clear();
        edit(document, SECOND);
        edit(document, THIRD);

        work.runAll();
        deliveries.runAll();

        assertThat(analysed).containsExactly(THIRD);
        assertThat(document.getMachine().states()).containsKey("Third");
    }

    @Test
    void theDocumentDoesNotAnalyseOnTheThreadThatEditsIt() {
        WorkflowDocument document = document(work);
        analysed.clear();

        edit(document, SECOND);

        assertThat(analysed).isEmpty();
        assertThat(document.getText()).isEqualTo(SECOND);
        assertThat(document.getMachine().states()).containsKey("First");
        assertThat(work.size()).isEqualTo(1);
    }

    @Test
    void aCommandSeesTheModelOfTheCurrentTextWhileTheWorkerIsBehind() {
        WorkflowDocument document = document(work);
        CommandStack stack = new CommandStack();
        analysed.clear();
        edit(document, SECOND);

        assertThat(stack.push(new RenameStateCommand(document, "Second", "Renamed"))).isTrue();

        String renamed = SECOND.replace("Second", "Renamed");
        assertThat(document.getText()).isEqualTo(renamed);
        // The command analysed the text it spliced on its own thread; the worker's request for it was then old.
        assertThat(analysed).containsExactly(SECOND);
        work.runAll();
        deliveries.runAll();
        assertThat(analysed).containsExactly(SECOND, renamed);
        assertThat(document.getMachine().states()).containsKey("Renamed").doesNotContainKey("Second");
    }

    @Test
    void textAnalysedWhileItWasTypedIsShownOnlyOnceItIsTheTextAndThenAtOnce() {
        WorkflowDocument document = document(work);
        analysed.clear();
        document.prepare(SECOND);
        work.runAll();
        deliveries.runAll();

        assertThat(document.getMachine().states()).containsKey("First");
        assertThat(document.isAnalysisCurrent()).isTrue();

        edit(document, SECOND);

        assertThat(work.size()).isZero();
        assertThat(document.getMachine().states()).containsKey("Second");
        assertThat(analysed).containsExactly(SECOND);
    }

    @Test
    void anEditOfTextWhoseAnalysisIsUnderWayWaitsForItInsteadOfAskingAgain() {
        WorkflowDocument document = document(work);
        analysed.clear();
        document.prepare(SECOND);
        edit(document, SECOND);

        assertThat(document.getMachine().states()).containsKey("First");
        work.runAll();
        deliveries.runAll();

        assertThat(analysed).containsExactly(SECOND);
        assertThat(document.getMachine().states()).containsKey("Second");
    }

    @Test
    void textTypedAndThenTypedOverIsNotShown() {
        WorkflowDocument document = document(Runnable::run);
        document.prepare(SECOND);
        deliveries.runAll();
        document.prepare(THIRD);

        edit(document, NOT_JSON);
        deliveries.runAll();

        assertThat(document.isStale()).isTrue();
        assertThat(document.getMachine().states()).containsKey("First");
        edit(document, THIRD);
        deliveries.runAll();
        assertThat(document.getMachine().states()).containsKey("Third");
    }

    @Test
    void textThatIsNotJsonKeepsTheLastGoodGraphMarkedStaleWithItsProblem() {
        WorkflowDocument document = document(work);
        edit(document, SECOND);
        work.runAll();
        deliveries.runAll();
        edit(document, NOT_JSON);
        work.runAll();
        deliveries.runAll();

        assertThat(document.isStale()).isTrue();
        assertThat(document.getGraph().nodes()).extracting(GraphModel.Node::name).containsExactly("Start", "Second");
        assertThat(document.getDiagnostics()).extracting(Diagnostic::code).containsExactly(AslValidator.INVALID_JSON);
    }

    private void runSome(Random random) {
        while (deliveries.size() > 0 && random.nextBoolean()) {
            deliveries.run(random.nextInt(deliveries.size()));
        }
    }

    /**
     * Texts arrive in a random order of edits, texts typed ahead and deliveries. Whenever an analysis is shown, the problems list, the
     * stale flag and the graph all belong to the text the document has then (the graph to its last good text).
     */
    @Test
    void problemsStaleFlagAndGraphAlwaysDescribeTheCurrentText() {
        List<String> texts = List.of(FIRST, SECOND, NOT_JSON, THIRD, NO_TYPE, SECOND, THIRD, NOT_JSON);
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            WorkflowDocument document = document(Runnable::run);
            List<String> seen = new ArrayList<>();
            String[] lastGood = {FIRST};
            document.analysisRevisionProperty().addListener((obs, old, now) -> {
                String text = document.getText();
                DocumentAnalysis expected = DocumentAnalysis.of(text, JsonFormat.JSON);
                if (!expected.stale()) {
                    lastGood[0] = text;
                }
                assertThat(document.analysis().text()).isEqualTo(text);
                assertThat(document.getDiagnostics()).isEqualTo(expected.diagnostics());
                assertThat(document.isStale()).isEqualTo(expected.stale());
                assertThat(document.getGraph()).isEqualTo(DocumentAnalysis.of(lastGood[0], JsonFormat.JSON).graph());
                seen.add(text);
            });
            for (String text : texts) {
                if (random.nextBoolean()) {
                    document.prepare(random.nextBoolean() ? text : texts.get(random.nextInt(texts.size())));
                    runSome(random);
                }
                edit(document, text);
                runSome(random);
            }
            while (deliveries.size() > 0) {
                deliveries.run(random.nextInt(deliveries.size()));
            }
            assertThat(document.isAnalysisCurrent()).isTrue();
            assertThat(seen).last().isEqualTo(texts.get(texts.size() - 1));
        }
    }
}
