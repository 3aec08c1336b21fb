package dev.stepwise.engine.testsupport;

/** Small definitions the tests share. */
public final class Samples {

    /** Four-space indentation, a comment, spelled numbers: none of it may change when a command edits elsewhere. */
    public static final String ORDER = """
            {
                "Comment": "Orders",
                "StartAt": "Check",
                "States": {
                    "Check": {
                        "Type": "Choice",
                        "Choices": [
                            {"Variable": "$.amount", "NumericGreaterThan": 100.50, "Next": "Charge"}
                        ],
                        "Default": "Done"
                    },
                    "Charge": {
                        "Type": "Task",
                        "Resource": "arn:aws:states:::lambda:invoke",
                        "Retry": [ { "ErrorEquals": ["States.ALL"], "BackoffRate": 2.0 } ],
                        "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "Failed" } ],
                        "Next": "Done"
                    },
                    "Failed": { "Type": "Fail", "Error": "Oops" },
                    "Done": { "Type": "Succeed" }
                }
            }
            """;

    private Samples() {
    }
}
