package dev.stepwise.designer.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.designer.canvas.selection.Selection;
import dev.stepwise.designer.command.CommandStack;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.testsupport.NestedChoice;
import dev.stepwise.engine.asl.model.ComparisonOperator;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of rule-builder edits and undos on a nested rule: the definition stays a state machine whose
 * Choice rules pass validation (no empty Choices/And/Or, no Next inside, operands of the operator's type), and undoing
 * everything gives back the bytes.
 */
class RuleTreeEditsPropertyTest {

    /** One step: what to do, which rule (by its place in a walk of the tree), and a number for the details. */
    record Step(int kind, int rule, int detail) {
    }

    private static final ComparisonOperator[] OPERATORS = ComparisonOperator.values();
    private static final com.fasterxml.jackson.databind.ObjectMapper PLAIN = new com.fasterxml.jackson.databind.ObjectMapper();

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 100)).as(Step::new);
    }

    @Property(tries = 200)
    void randomRuleEditsKeepTheRulesValidAndUndoToTheBytes(@ForAll @Size(max = 25) List<@From("steps") Step> steps) {
        run(steps, List.of(WorkflowDocument.of(NestedChoice.TEXT, JsonFormat.JSON)));
    }

    /** The same edits on the same machine in YAML read, step by step, as the JSON does. */
    @Property(tries = 150)
    void randomRuleEditsOnYamlMatchJson(@ForAll @Size(max = 25) List<@From("steps") Step> steps) {
        run(steps, List.of(WorkflowDocument.of(NestedChoice.TEXT, JsonFormat.JSON),
                WorkflowDocument.of(NestedChoice.YAML, JsonFormat.YAML)));
    }

    private static void run(List<Step> steps, List<WorkflowDocument> documents) {
        List<String> originals = documents.stream().map(WorkflowDocument::getText).toList();
        List<CommandStack> stacks = new ArrayList<>();
        List<InspectorViewModel> inspectors = new ArrayList<>();
        for (WorkflowDocument document : documents) {
            CommandStack commands = new CommandStack();
            Selection selection = new Selection();
            inspectors.add(new InspectorViewModel(document, commands, selection));
            selection.select("Route");
            stacks.add(commands);
        }
        for (Step step : steps) {
            for (int d = 0; d < documents.size(); d++) {
                apply(step, inspectors.get(d).choiceRules(), stacks.get(d));
                WorkflowDocument document = documents.get(d);
                assertThat(document.isStale()).as("the text is a state machine after %s", step).isFalse();
                List<Diagnostic> errors = document.getDiagnostics().stream().filter(Diagnostic::isError)
                        .filter(e -> e.pointer().startsWith("/States/Route/Choices"))
                        .filter(e -> !e.pointer().endsWith("/X-Owner")).toList();
                assertThat(errors).as("after %s:%n%s", step, document.getText()).isEmpty();
            }
            for (WorkflowDocument other : documents.subList(1, documents.size())) {
                assertThat(plain(other)).as("after %s:%n%s", step, other.getText()).isEqualTo(plain(documents.get(0)));
            }
        }
        for (int d = 0; d < documents.size(); d++) {
            while (stacks.get(d).canUndoProperty().get()) {
                stacks.get(d).undo();
            }
            assertThat(documents.get(d).getText()).isEqualTo(originals.get(d));
        }
    }

    private static void apply(Step step, ChoiceRulesViewModel rules, CommandStack commands) {
        List<RulePath> paths = new ArrayList<>();
        JsonNode all = rules.rules();
        for (int i = 0; i < all.size(); i++) {
            walk(rules, RulePath.top(i), paths);
        }
        RulePath path = paths.get(step.rule() % paths.size());
        ComparisonOperator operator = OPERATORS[step.detail() % OPERATORS.length];
        String combinator = step.detail() % 2 == 0 ? "And" : "Or";
        switch (step.kind()) {
            case 0 -> rules.setOperator(path, operator);
            case 1 -> ChoiceRuleOperator.of(rules.rule(path)).ifPresent(current ->
                    rules.setOperand(path, ChoiceRuleOperator.operandFor(current, "v" + step.detail())));
            case 2 -> rules.setVariable(path, "$.field" + step.detail());
            case 3 -> rules.setCombinator(path, combinator);
            case 4 -> rules.addComparison(path);
            case 5 -> rules.addGroup(path, combinator);
            case 6 -> rules.remove(path);
            case 7 -> rules.combine(path, combinator);
            case 8 -> rules.wrapInNot(path);
            case 9 -> rules.unwrap(path);
            case 10 -> commands.undo();
            default -> commands.redo();
        }
    }

    /** The document's tree with numbers as plain Jackson reads them, so JSON and YAML spellings compare equal. */
    private static JsonNode plain(WorkflowDocument document) {
        try {
            return PLAIN.readTree(PLAIN.writeValueAsString(
                    JsonReader.read(document.getText(), document.format()).root()));
        } catch (Exception e) {
            throw new AssertionError(document.getText(), e);
        }
    }

    /** Every rule of the tree below {@code path}, itself first. */
    private static void walk(ChoiceRulesViewModel rules, RulePath path, List<RulePath> into) {
        into.add(path);
        JsonNode rule = rules.rule(path);
        ChoiceRuleShapes.combinator(rule).ifPresent(combinator -> {
            if (combinator.equals("Not")) {
                walk(rules, path.negated(), into);
            } else {
                for (int i = 0; i < rule.get(combinator).size(); i++) {
                    walk(rules, path.child(combinator, i), into);
                }
            }
        });
    }
}
