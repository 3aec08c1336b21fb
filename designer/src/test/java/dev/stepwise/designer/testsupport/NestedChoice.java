package dev.stepwise.designer.testsupport;

/**
 * A Choice state whose first rule nests three levels deep (And, Or, Not) and carries a Comment and an unknown field,
 * and whose second rule is a flat comparison.
 */
public final class NestedChoice {

    public static final String TEXT = """
            {
                "StartAt": "Route",
                "States": {
                    "Route": {
                        "Type": "Choice",
                        "Choices": [
                            {
                                "And": [
                                    {"Variable": "$.amount", "NumericGreaterThan": 100.50},
                                    {
                                        "Or": [
                                            {"Variable": "$.tier", "StringEquals": "premium"},
                                            {"Not": {"Variable": "$.flagged", "BooleanEquals": true}}
                                        ]
                                    }
                                ],
                                "Comment": "big and trusted",
                                "X-Owner": "risk",
                                "Next": "Review"
                            },
                            {"Variable": "$.amount", "NumericLessThan": 0, "Next": "Reject"}
                        ],
                        "Default": "Approve"
                    },
                    "Review": {"Type": "Succeed"},
                    "Reject": {"Type": "Fail", "Error": "Negative"},
                    "Approve": {"Type": "Succeed"}
                }
            }
            """;

    /** The same machine as YAML with comments, block rules and flow comparisons. */
    public static final String YAML = """
            # A nested rule, in YAML
            StartAt: Route
            States:
              Route:
                Type: Choice
                Choices:
                  - And:
                      - {Variable: $.amount, NumericGreaterThan: 100.50}
                      - Or:
                          - Variable: $.tier   # the customer's tier
                            StringEquals: premium
                          - Not: {Variable: $.flagged, BooleanEquals: true}
                    Comment: big and trusted
                    X-Owner: risk
                    Next: Review
                  - {Variable: $.amount, NumericLessThan: 0, Next: Reject}
                Default: Approve
              Review: {Type: Succeed}
              Reject: {Type: Fail, Error: Negative}
              Approve:
                Type: Succeed
            """;

    /** The same machine with the first rule flat: only its first comparison, and its other fields. */
    public static final String FLAT = TEXT.substring(0, TEXT.indexOf("{\n", TEXT.indexOf("\"Choices\"")))
            + "{\"Variable\": \"$.amount\", \"NumericGreaterThan\": 100.50, \"Comment\": \"big and trusted\", "
            + "\"X-Owner\": \"risk\", \"Next\": \"Review\"},\n                "
            + TEXT.substring(TEXT.indexOf("{\"Variable\": \"$.amount\", \"NumericLessThan\""));

    private NestedChoice() {
    }
}
