package dev.stepwise.designer.templates;

import java.util.List;
import java.util.Optional;

/** The examples File > New from Template… offers, in menu order. */
public final class WorkflowTemplates {

    private static final List<WorkflowTemplate> ALL = List.of(
            new WorkflowTemplate("order-processing", "Order processing",
                    "Validate, charge with retry, ship, and refund when shipping fails.", true),
            new WorkflowTemplate("trip-booking-saga", "Trip booking saga",
                    "Reserve hotel, flight and car; compensate in reverse order on failure.", true),
            new WorkflowTemplate("human-approval", "Human approval",
                    "Send a task token to a queue and wait for an approver (.waitForTaskToken).", true),
            new WorkflowTemplate("circuit-breaker", "Circuit breaker",
                    "Fail fast while a service's circuit is open; open it when a call fails.", true),
            new WorkflowTemplate("parallel-fan-out", "Parallel fan-out",
                    "Run three checks at once and combine their answers.", true),
            new WorkflowTemplate("map-batch-processing", "Map batch processing",
                    "Transform and store every record of the input with an inline Map.", true),
            new WorkflowTemplate("distributed-map-s3", "Distributed Map over S3",
                    "Process the rows of a CSV object in S3 in child executions (validate only: reads S3).", false),
            new WorkflowTemplate("nested-workflow", "Nested workflow",
                    "Start a child state machine and wait for its output (startExecution.sync:2).", true),
            new WorkflowTemplate("order-processing-jsonata", "Order processing (JSONata)",
                    "The order flow written with JSONata, Arguments, Output and variables.", true));

    private WorkflowTemplates() {
    }

    public static List<WorkflowTemplate> all() {
        return ALL;
    }

    public static Optional<WorkflowTemplate> byId(String id) {
        return ALL.stream().filter(template -> template.id().equals(id)).findFirst();
    }
}
