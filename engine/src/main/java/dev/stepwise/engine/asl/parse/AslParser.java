package dev.stepwise.engine.asl.parse;

import static dev.stepwise.engine.asl.model.AslNames.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.model.Catcher;
import dev.stepwise.engine.asl.model.Choice;
import dev.stepwise.engine.asl.model.ChoiceRule;
import dev.stepwise.engine.asl.model.ChoiceState;
import dev.stepwise.engine.asl.model.ComparisonOperator;
import dev.stepwise.engine.asl.model.DataPaths;
import dev.stepwise.engine.asl.model.FailState;
import dev.stepwise.engine.asl.model.MapState;
import dev.stepwise.engine.asl.model.ParallelState;
import dev.stepwise.engine.asl.model.PassState;
import dev.stepwise.engine.asl.model.QueryLanguage;
import dev.stepwise.engine.asl.model.Retrier;
import dev.stepwise.engine.asl.model.State;
import dev.stepwise.engine.asl.model.StateBase;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.model.StateType;
import dev.stepwise.engine.asl.model.SucceedState;
import dev.stepwise.engine.asl.model.TaskState;
import dev.stepwise.engine.asl.model.Transition;
import dev.stepwise.engine.asl.model.WaitState;
import dev.stepwise.engine.json.JsonDocument;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPointers;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the typed {@link StateMachine} from a definition's JSON. It models what is there; whether the definition
 * obeys ASL's rules is the validator's question. Anything it cannot model (a field of the wrong shape, a state with no
 * known {@code Type}) is collected, and all of it is reported in one {@link AslParseException}.
 */
public final class AslParser {

    private AslParser() {
    }

    public static StateMachine parse(String text, JsonFormat format) throws AslParseException {
        try {
            return parse(JsonReader.read(text, format));
        } catch (JsonSyntaxException e) {
            throw new AslParseException(List.of(new AslParseException.Problem(e.problem(), "", e.location())));
        }
    }

    public static StateMachine parse(Path file) throws AslParseException, IOException {
        try {
            return parse(JsonReader.read(file));
        } catch (JsonSyntaxException e) {
            throw new AslParseException(List.of(new AslParseException.Problem(e.problem(), "", e.location())));
        }
    }

    /** Models a definition that exists only in memory (no source locations). */
    public static StateMachine parse(JsonNode definition) throws AslParseException {
        return parse(JsonDocument.of(definition));
    }

    public static StateMachine parse(JsonDocument document) throws AslParseException {
        Problems problems = new Problems(document);
        if (!document.root().isObject()) {
            problems.add("a state machine definition must be a JSON object", "");
            problems.throwIfAny();
        }
        // A private copy: the model must not change when the caller's tree does.
        ObjectNode root = ((ObjectNode) document.root()).deepCopy();
        StateMachine machine = new Parse(problems).machine(new FieldReader(root, "", problems), QueryLanguage.JSONPATH);
        problems.throwIfAny();
        return machine;
    }

    /** The work of one parse; holds the problems found so far. */
    private static final class Parse {
        private final Problems problems;

        Parse(Problems problems) {
            this.problems = problems;
        }

        StateMachine machine(FieldReader fields, QueryLanguage inherited) {
            QueryLanguage language = language(fields, inherited);
            if (!fields.has(START_AT)) {
                problems.add("\"StartAt\" is missing", fields.pointer());
            }
            Map<String, State> states = new LinkedHashMap<>();
            FieldReader statesField = fields.objectField(STATES);
            if (statesField == null) {
                if (!fields.has(STATES)) {
                    problems.add("\"States\" is missing", fields.pointer());
                }
            } else {
                Iterator<Map.Entry<String, JsonNode>> entries = statesField.object().fields();
                while (entries.hasNext()) {
                    Map.Entry<String, JsonNode> entry = entries.next();
                    String pointer = JsonPointers.child(statesField.pointer(), entry.getKey());
                    if (!entry.getValue().isObject()) {
                        problems.add("state \"" + entry.getKey() + "\" must be a JSON object", pointer);
                        continue;
                    }
                    State state = state(entry.getKey(), new FieldReader((ObjectNode) entry.getValue(), pointer, problems),
                            language);
                    if (state != null) {
                        states.put(entry.getKey(), state);
                    }
                }
            }
            return new StateMachine(fields.object(), fields.string(COMMENT), fields.string(START_AT), states,
                    fields.string(VERSION), fields.integer(TIMEOUT_SECONDS), language);
        }

        private QueryLanguage language(FieldReader fields, QueryLanguage inherited) {
            String declared = fields.string(QUERY_LANGUAGE);
            if (declared == null) {
                return inherited;
            }
            return QueryLanguage.fromAslName(declared).orElseGet(() -> {
                problems.add("\"QueryLanguage\" must be \"JSONPath\" or \"JSONata\", not \"" + declared + "\"",
                        fields.pointerTo(QUERY_LANGUAGE));
                return inherited;
            });
        }

        private State state(String name, FieldReader fields, QueryLanguage inherited) {
            String typeName = fields.string(TYPE);
            if (typeName == null) {
                problems.add("state \"" + name + "\" has no \"Type\"", fields.pointer());
                return null;
            }
            StateType type = StateType.fromAslName(typeName).orElse(null);
            if (type == null) {
                problems.add("state \"" + name + "\" has an unknown \"Type\": \"" + typeName + "\"", fields.pointerTo(TYPE));
                return null;
            }
            QueryLanguage language = language(fields, inherited);
            StateBase base = new StateBase(name, fields.object(), fields.string(COMMENT), language, fields.node(ASSIGN),
                    fields.node(OUTPUT));
            return switch (type) {
                case TASK -> new TaskState(base, transition(fields), paths(fields), fields.node(ARGUMENTS),
                        fields.string(RESOURCE), fields.node(TIMEOUT_SECONDS), fields.string(TIMEOUT_SECONDS_PATH),
                        fields.node(HEARTBEAT_SECONDS), fields.string(HEARTBEAT_SECONDS_PATH), fields.node(CREDENTIALS),
                        retriers(fields), catchers(fields));
                case PASS -> new PassState(base, transition(fields), paths(fields), fields.node(RESULT));
                case CHOICE -> new ChoiceState(base, paths(fields), choices(fields), fields.string(DEFAULT));
                case WAIT -> new WaitState(base, transition(fields), paths(fields), fields.node(SECONDS),
                        fields.node(TIMESTAMP), fields.string(SECONDS_PATH), fields.string(TIMESTAMP_PATH));
                case SUCCEED -> new SucceedState(base, paths(fields));
                case FAIL -> new FailState(base, fields.string(ERROR), fields.string(ERROR_PATH), fields.string(CAUSE),
                        fields.string(CAUSE_PATH));
                case PARALLEL -> new ParallelState(base, transition(fields), paths(fields), fields.node(ARGUMENTS),
                        branches(fields, language), retriers(fields), catchers(fields));
                case MAP -> map(base, fields, language);
            };
        }

        private MapState map(StateBase base, FieldReader fields, QueryLanguage language) {
            boolean legacy = !fields.has(ITEM_PROCESSOR) && fields.has(ITERATOR);
            FieldReader processorFields = fields.objectField(legacy ? ITERATOR : ITEM_PROCESSOR);
            StateMachine processor = null;
            MapState.ProcessorConfig config = MapState.ProcessorConfig.INLINE;
            if (processorFields == null) {
                problems.add("Map state \"" + base.name() + "\" has no \"ItemProcessor\"", fields.pointer());
            } else {
                processor = machine(processorFields, language);
                config = processorConfig(processorFields.objectField(PROCESSOR_CONFIG));
            }
            // Before ItemSelector existed, a Map's Parameters selected each item.
            JsonNode itemSelector = fields.has(ITEM_SELECTOR) ? fields.node(ITEM_SELECTOR) : fields.node(PARAMETERS);
            DataPaths paths = paths(fields);
            DataPaths mapPaths = new DataPaths(paths.inputPath(), null, paths.resultSelector(), paths.resultPath(),
                    paths.outputPath());
            return new MapState(base, transition(fields), mapPaths, processor, config, legacy, fields.path(ITEMS_PATH),
                    fields.node(ITEMS), itemSelector, fields.node(ITEM_READER), fields.node(ITEM_BATCHER),
                    fields.node(RESULT_WRITER), fields.node(MAX_CONCURRENCY), fields.string(MAX_CONCURRENCY_PATH),
                    fields.node(TOLERATED_FAILURE_COUNT), fields.string(TOLERATED_FAILURE_COUNT_PATH),
                    fields.node(TOLERATED_FAILURE_PERCENTAGE), fields.string(TOLERATED_FAILURE_PERCENTAGE_PATH),
                    fields.string(LABEL), retriers(fields), catchers(fields));
        }

        private MapState.ProcessorConfig processorConfig(FieldReader config) {
            if (config == null) {
                return MapState.ProcessorConfig.INLINE;
            }
            String mode = config.string(MODE);
            MapState.ProcessorConfig.Mode parsed = MapState.ProcessorConfig.Mode.INLINE;
            if (mode != null) {
                try {
                    parsed = MapState.ProcessorConfig.Mode.valueOf(mode);
                } catch (IllegalArgumentException e) {
                    problems.add("\"Mode\" must be INLINE or DISTRIBUTED, not \"" + mode + "\"", config.pointerTo(MODE));
                }
            }
            return new MapState.ProcessorConfig(parsed, config.string(EXECUTION_TYPE));
        }

        private List<StateMachine> branches(FieldReader fields, QueryLanguage language) {
            List<StateMachine> branches = new ArrayList<>();
            for (FieldReader branch : fields.objects(BRANCHES)) {
                branches.add(machine(branch, language));
            }
            return branches;
        }

        private Transition transition(FieldReader fields) {
            String next = fields.string(NEXT);
            return next != null ? Transition.to(next) : new Transition(null, fields.bool(END));
        }

        private DataPaths paths(FieldReader fields) {
            return new DataPaths(fields.path(INPUT_PATH), fields.node(PARAMETERS), fields.node(RESULT_SELECTOR),
                    fields.path(RESULT_PATH), fields.path(OUTPUT_PATH));
        }

        private List<Retrier> retriers(FieldReader fields) {
            List<Retrier> retriers = new ArrayList<>();
            for (FieldReader retrier : fields.objects(RETRY)) {
                retriers.add(new Retrier(retrier.object(), retrier.strings(ERROR_EQUALS), retrier.integer(INTERVAL_SECONDS),
                        retrier.integer(MAX_ATTEMPTS), retrier.number(BACKOFF_RATE), retrier.integer(MAX_DELAY_SECONDS),
                        jitter(retrier), retrier.string(COMMENT)));
            }
            return retriers;
        }

        private Retrier.JitterStrategy jitter(FieldReader retrier) {
            String jitter = retrier.string(JITTER_STRATEGY);
            if (jitter == null) {
                return null;
            }
            try {
                return Retrier.JitterStrategy.valueOf(jitter.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("\"JitterStrategy\" must be FULL or NONE, not \"" + jitter + "\"",
                        retrier.pointerTo(JITTER_STRATEGY));
                return null;
            }
        }

        private List<Catcher> catchers(FieldReader fields) {
            List<Catcher> catchers = new ArrayList<>();
            for (FieldReader catcher : fields.objects(CATCH)) {
                catchers.add(new Catcher(catcher.object(), catcher.strings(ERROR_EQUALS), catcher.string(NEXT),
                        catcher.path(RESULT_PATH), catcher.node(OUTPUT), catcher.node(ASSIGN), catcher.string(COMMENT)));
            }
            return catchers;
        }

        private List<Choice> choices(FieldReader fields) {
            List<Choice> choices = new ArrayList<>();
            for (FieldReader choice : fields.objects(CHOICES)) {
                ChoiceRule rule = rule(choice);
                if (rule != null) {
                    choices.add(new Choice(choice.object(), rule, choice.string(NEXT), choice.node(ASSIGN),
                            choice.node(OUTPUT), choice.string(COMMENT)));
                }
            }
            return choices;
        }

        private ChoiceRule rule(FieldReader rule) {
            if (rule.has(AND)) {
                return new ChoiceRule.And(rules(rule, AND));
            }
            if (rule.has(OR)) {
                return new ChoiceRule.Or(rules(rule, OR));
            }
            if (rule.has(NOT)) {
                FieldReader inner = rule.objectField(NOT);
                ChoiceRule negated = inner == null ? null : rule(inner);
                return negated == null ? null : new ChoiceRule.Not(negated);
            }
            if (rule.has(CONDITION)) {
                return new ChoiceRule.Condition(rule.node(CONDITION));
            }
            Iterator<String> names = rule.object().fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                var operator = ComparisonOperator.fromAslName(name);
                if (operator.isPresent()) {
                    return new ChoiceRule.Comparison(rule.string(VARIABLE), operator.get(), rule.node(name));
                }
            }
            problems.add("this Choice rule has no comparison operator", rule.pointer());
            return null;
        }

        private List<ChoiceRule> rules(FieldReader rule, String field) {
            List<ChoiceRule> rules = new ArrayList<>();
            for (FieldReader inner : rule.objects(field)) {
                ChoiceRule parsed = rule(inner);
                if (parsed != null) {
                    rules.add(parsed);
                }
            }
            return rules;
        }
    }
}
