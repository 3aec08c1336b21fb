package dev.stepwise.engine.asl.validate;

import java.util.List;

/** The rules the validator runs, in order. */
final class Rules {

    private Rules() {
    }

    static List<Rule> all() {
        return List.of(
                new DuplicateKeyRule(),
                new MachineShapeRule(),
                new StateTypeRule(),
                new AllowedFieldsRule(),
                new RequiredFieldsRule(),
                new FieldValueRule(),
                new ConflictingFieldsRule(),
                new StateNameRule(),
                new DuplicateStateNameRule(),
                new TransitionTargetRule(),
                new NextOrEndRule(),
                new ReachabilityRule(),
                new TerminalStateRule(),
                new ChoiceRuleRule(),
                new ErrorHandlerRule(),
                new MapConfigurationRule(),
                new PathSyntaxRule(),
                new PayloadTemplateRule(),
                new JsonataExpressionRule(),
                new ResourceRule(),
                new NoDollarRule(),
                new PassResultStaticRule());
    }
}
