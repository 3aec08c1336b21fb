package dev.stepwise.app.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.debug.ExecutionReplay;
import dev.stepwise.engine.sfn.StepFunctionsService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The executions that clients started through the local endpoint (the AWS SDKs, the CLI, an app under development),
 * newest first, read through the Step Functions API the endpoint serves. Call on the JavaFX thread; the list is read
 * on a background thread, so a long one never holds the window.
 */
public final class ExecutionsViewModel {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** One reader thread for every window: reads are quick and rare (a poll every two seconds). */
    private static final Executor READER = Executors.newSingleThreadExecutor(run -> {
        Thread thread = new Thread(run, "stepwise-executions-list");
        thread.setDaemon(true);
        return thread;
    });

    private final EndpointSwitch endpoint;
    private final ObservableList<ExecutionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final Executor reader;
    private final Executor fxThread;
    /** A read is under way: polls in the meantime are dropped rather than queued. */
    private boolean reading;

    public ExecutionsViewModel(EndpointSwitch endpoint) {
        this(endpoint, READER, Platform::runLater);
    }

    /** @param reader where the list is read; @param fxThread where its result is shown */
    ExecutionsViewModel(EndpointSwitch endpoint, Executor reader, Executor fxThread) {
        this.endpoint = endpoint;
        this.reader = reader;
        this.fxThread = fxThread;
    }

    /** Reads the list again; with the endpoint off it is empty and the message says how to turn it on. */
    public void refresh() {
        Optional<StepFunctionsService> service = endpoint.running().map(running -> running.stepFunctions());
        if (service.isEmpty()) {
            rows.clear();
            message.set("The endpoint is off: switch it on in the status bar, then run state machines through it "
                    + "with an AWS SDK or the AWS CLI.");
            return;
        }
        if (reading) {
            return;
        }
        reading = true;
        String url = endpoint.urlProperty().get();
        reader.execute(() -> {
            List<ExecutionRow> found;
            try {
                found = list(service.get());
            } catch (RuntimeException e) {
                fxThread.execute(() -> {
                    reading = false;
                    message.set("Cannot list the executions: " + e.getMessage());
                });
                return;
            }
            fxThread.execute(() -> {
                reading = false;
                show(found, url);
            });
        });
    }

    private static List<ExecutionRow> list(StepFunctionsService service) {
        List<ExecutionRow> found = new ArrayList<>();
        for (JsonNode machine : all(service, "ListStateMachines", JSON.objectNode(), "stateMachines")) {
            ObjectNode request = JSON.objectNode().put("stateMachineArn", machine.path("stateMachineArn").asText());
            if (machine.path("type").asText().equals("EXPRESS")) {
                continue; // AWS keeps no list of Express executions
            }
            for (JsonNode execution : all(service, "ListExecutions", request, "executions")) {
                found.add(ExecutionRow.of(execution, machine.path("name").asText()));
            }
        }
        found.sort(Comparator.comparing(ExecutionRow::started, Comparator.nullsLast(Comparator.reverseOrder())));
        return found;
    }

    private void show(List<ExecutionRow> found, String url) {
        if (endpoint.running().isEmpty()) {
            return; // switched off while reading: the off message stays
        }
        if (!found.equals(rows)) {
            rows.setAll(found);
        }
        message.set(found.isEmpty() ? "No executions yet on " + url + "."
                : found.size() + (found.size() == 1 ? " execution" : " executions") + " on " + url);
    }

    /** Input, output and error of one execution (DescribeExecution), as pretty text. */
    public String details(ExecutionRow row) {
        Optional<StepFunctionsService> service = endpoint.running().map(running -> running.stepFunctions());
        if (service.isEmpty() || row == null) {
            return "";
        }
        JsonNode described = service.get().call("DescribeExecution",
                JSON.objectNode().put("executionArn", row.executionArn()));
        StringBuilder text = new StringBuilder(row.executionArn()).append('\n');
        section(text, "Input", described.path("input"));
        section(text, "Output", described.path("output"));
        if (described.has("error") || described.has("cause")) {
            text.append("\nError: ").append(described.path("error").asText("")).append("\nCause: ")
                    .append(described.path("cause").asText("")).append('\n');
        }
        return text.toString();
    }

    /**
     * The execution made ready to debug: its definition, input and recorded task results, read from the endpoint.
     * Empty when the endpoint is off or nothing is selected.
     */
    public Optional<ExecutionReplay> replay(ExecutionRow row) {
        Optional<StepFunctionsService> service = endpoint.running().map(running -> running.stepFunctions());
        if (service.isEmpty() || row == null) {
            return Optional.empty();
        }
        return Optional.of(ExecutionReplay.load(service.get(), row.executionArn()));
    }

    /** Says why an execution could not be debugged. */
    public void report(String problem) {
        message.set(problem);
    }

    private static void section(StringBuilder text, String title, JsonNode json) {
        if (json.isTextual()) {
            text.append('\n').append(title).append(":\n").append(json.asText()).append('\n');
        }
    }

    /** Every item of a paginated list operation. */
    private static List<JsonNode> all(StepFunctionsService service, String operation, ObjectNode request,
            String items) {
        List<JsonNode> result = new ArrayList<>();
        ObjectNode page = request.deepCopy();
        while (true) {
            JsonNode response = service.call(operation, page);
            response.path(items).forEach(result::add);
            String next = response.path("nextToken").asText("");
            if (next.isEmpty()) {
                return result;
            }
            page.put("nextToken", next);
        }
    }

    public ObservableList<ExecutionRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
