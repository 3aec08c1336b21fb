package dev.stepwise.app.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.app.WorkbenchApplication;
import dev.stepwise.app.compose.Services;
import dev.stepwise.app.prefs.InMemoryPreferencesStore;
import dev.stepwise.app.shell.MainWindowView;
import dev.stepwise.engine.http.WorkspaceEndpoint;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dev.stepwise.designer.debug.DebuggerView;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar's endpoint switch in the real main window: it serves the open workspace's database over HTTP. */
@ExtendWith(ApplicationExtension.class)
class EndpointSwitchTest {

    @TempDir
    Path workspace;

    private final HttpClient http = HttpClient.newHttpClient();
    private MainWindowView window;

    @Start
    void start(Stage stage) throws IOException {
        Files.writeString(workspace.resolve("flow.asl.json"),
                "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}");
        window = WorkbenchApplication.openMainWindow(stage, new Services(new InMemoryPreferencesStore()),
                List.of(workspace.toString()));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> window.stage().hide()); // stops the endpoint, as closing the window does
    }

    private Button item(FxRobot robot) {
        return robot.lookup("#" + EndpointStatusItem.ID).queryAs(Button.class);
    }

    @Test
    void aClickServesTheWorkspaceAndAnotherStopsIt(FxRobot robot) throws Exception {
        assertThat(item(robot).getText()).isEqualTo("Endpoint off");

        robot.clickOn(item(robot));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> item(robot).getText().startsWith("Endpoint http"));
        String url = item(robot).getText().substring("Endpoint ".length());
        assertThat(url).startsWith("http://127.0.0.1:");

        HttpResponse<String> outbox = http.send(HttpRequest.newBuilder(URI.create(url + "/_stepwise/outbox")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.body()).isEqualTo("[]");
        assertThat(workspace.resolve(EndpointSwitch.DATA_FOLDER)).isDirectory();

        robot.clickOn(item(robot));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> item(robot).getText().equals("Endpoint off"));
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(url + "/_stepwise/outbox")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }

    /** Switches the endpoint on and returns its URL. */
    private String serve(FxRobot robot) throws Exception {
        robot.clickOn(item(robot));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> item(robot).getText().startsWith("Endpoint http"));
        return item(robot).getText().substring("Endpoint ".length());
    }

    @Test
    void executionsStartedThroughTheEndpointAppearInTheWindow(FxRobot robot) throws Exception {
        String url = serve(robot);
        String definition = "{\\\"StartAt\\\": \\\"Greet\\\", \\\"States\\\": {\\\"Greet\\\": {\\\"Type\\\": \\\"Pass\\\","
                + " \\\"Result\\\": {\\\"hello\\\": \\\"world\\\"}, \\\"End\\\": true}}}";
        String machine = stepFunctions(url, "CreateStateMachine", "{\"name\": \"greeter\", \"definition\": \""
                + definition + "\", \"roleArn\": \"arn:aws:iam::000000000000:role/local\"}");
        String arn = machine.replaceAll(".*\"stateMachineArn\":\"([^\"]+)\".*", "$1");
        stepFunctions(url, "StartExecution", "{\"stateMachineArn\": \"" + arn + "\", \"name\": \"first-run\"}");

        robot.clickOn("#" + MainWindowView.EXECUTIONS_BUTTON_ID);
        @SuppressWarnings("unchecked")
        TableView<ExecutionRow> table = robot.lookup("#" + ExecutionsView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(row -> row.name().equals("first-run") && row.status().equals("SUCCEEDED")));
        ExecutionRow row = table.getItems().get(0);
        assertThat(row.stateMachine()).isEqualTo("greeter");

        robot.interact(() -> table.getSelectionModel().select(0));
        TextArea details = robot.lookup("#" + ExecutionsView.DETAILS_ID).queryAs(TextArea.class);
        assertThat(details.getText()).contains(":execution:greeter:first-run").contains("{\"hello\":\"world\"}");
    }

    @Test
    void anExecutionStartedThroughTheEndpointOpensInTheStepDebugger(FxRobot robot) throws Exception {
        String url = serve(robot);
        String definition = "{\\\"StartAt\\\": \\\"Greet\\\", \\\"States\\\": {"
                + "\\\"Greet\\\": {\\\"Type\\\": \\\"Pass\\\", \\\"Result\\\": \\\"hi\\\","
                + " \\\"ResultPath\\\": \\\"$.greeting\\\", \\\"Next\\\": \\\"Sign\\\"},"
                + "\\\"Sign\\\": {\\\"Type\\\": \\\"Pass\\\", \\\"End\\\": true}}}";
        String machine = stepFunctions(url, "CreateStateMachine", "{\"name\": \"greeter\", \"definition\": \""
                + definition + "\", \"roleArn\": \"arn:aws:iam::000000000000:role/local\"}");
        String arn = machine.replaceAll(".*\"stateMachineArn\":\"([^\"]+)\".*", "$1");
        stepFunctions(url, "StartExecution", "{\"stateMachineArn\": \"" + arn + "\", \"name\": \"to-debug\","
                + " \"input\": \"{\\\"who\\\": \\\"Ada\\\"}\"}");

        robot.clickOn("#" + MainWindowView.EXECUTIONS_BUTTON_ID);
        @SuppressWarnings("unchecked")
        TableView<ExecutionRow> table = robot.lookup("#" + ExecutionsView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(row -> row.name().equals("to-debug") && row.status().equals("SUCCEEDED")));
        assertThat(robot.lookup("#" + ExecutionsView.DEBUG_ID).queryButton().isDisabled()).isTrue();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#" + ExecutionsView.DEBUG_ID);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + DebuggerView.STATUS_ID).tryQuery()
                .map(status -> ((Label) status).getText().equals("Paused before 'Greet'")).orElse(false));
        Label status = robot.lookup("#" + DebuggerView.STATUS_ID).queryAs(Label.class);
        Stage debugger = (Stage) status.getScene().getWindow();
        assertThat(debugger.getTitle()).isEqualTo("Debug to-debug (greeter)");

        robot.clickOn("Step Over");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().equals("Paused before 'Sign'"));
        robot.clickOn("Continue");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> status.getText().equals("Ended SUCCEEDED after 2 steps"));
        robot.interact(debugger::close);
    }

    private String stepFunctions(String url, String operation, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/"))
                .header("X-Amz-Target", "AWSStepFunctions." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Date", "20250101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/states/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, Signature=00ff")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void aTakenPortIsReportedAndTheSwitchStaysOff(FxRobot robot) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            EndpointSwitch endpoint = EndpointSwitch.on(
                    WorkspaceEndpoint.Settings.defaults().withPort(taken.getLocalPort()), failure -> { });
            EndpointStatusItem[] item = new EndpointStatusItem[1];
            robot.interact(() -> {
                item[0] = new EndpointStatusItem(endpoint, () -> workspace);
                item[0].fire();
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> item[0].getText().startsWith("Endpoint off: "));

            assertThat(item[0].getText()).contains(String.valueOf(taken.getLocalPort()));
            assertThat(endpoint.stateProperty().get()).isEqualTo(EndpointSwitch.State.OFF);
            assertThat(item[0].getPseudoClassStates()).anyMatch(state -> state.getPseudoClassName().equals("error"));
        }
    }
}
