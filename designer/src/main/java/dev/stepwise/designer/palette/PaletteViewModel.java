package dev.stepwise.designer.palette;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.designer.canvas.dnd.StateTemplate;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.util.List;
import java.util.Objects;

/**
 * What the palette offers: the eight state types and common service tasks, each a ready state snippet. No views.
 */
public final class PaletteViewModel {

    /** The palette's sections. */
    public enum Group { STATES("States"), TASKS("Common tasks");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * One entry.
     *
     * @param id       stable id ({@code task}, {@code lambda-invoke}, ...), also the node id suffix in the view
     * @param label    what the palette shows
     * @param type     the state type, for the colour swatch
     * @param template the base name and JSON of the state it makes
     */
    public record Item(String id, Group group, String label, String type, String description, StateTemplate template) {
        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(template, "template");
        }
    }

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";

    private final List<Item> items = List.of(
            state("task", "Task", "Runs a unit of work: a Lambda function or a service API", """
                    {"Type": "Task", "Resource": "arn:aws:lambda:%s:%s:function:MyFunction", "End": true}"""
                    .formatted(REGION, ACCOUNT)),
            state("pass", "Pass", "Passes its input on, optionally reshaped", """
                    {"Type": "Pass", "End": true}"""),
            state("choice", "Choice", "Branches on the input", """
                    {"Type": "Choice", "Choices": []}"""),
            state("wait", "Wait", "Waits for a time or until a timestamp", """
                    {"Type": "Wait", "Seconds": 5, "End": true}"""),
            state("succeed", "Succeed", "Ends the execution successfully", """
                    {"Type": "Succeed"}"""),
            state("fail", "Fail", "Ends the execution with an error", """
                    {"Type": "Fail", "Error": "Failed", "Cause": "Describe what went wrong"}"""),
            state("parallel", "Parallel", "Runs branches at the same time", """
                    {"Type": "Parallel", "Branches": [
                      {"StartAt": "Branch 1", "States": {"Branch 1": {"Type": "Pass", "End": true}}},
                      {"StartAt": "Branch 2", "States": {"Branch 2": {"Type": "Pass", "End": true}}}
                    ], "End": true}"""),
            state("map", "Map", "Runs the same steps for every item of an array", """
                    {"Type": "Map", "ItemsPath": "$.items", "ItemProcessor": {
                      "ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Process item",
                      "States": {"Process item": {"Type": "Pass", "End": true}}}, "End": true}"""),
            task("lambda-invoke", "Lambda invoke", "Invoke Lambda", "Calls a Lambda function", """
                    {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {
                      "FunctionName": "arn:aws:lambda:%s:%s:function:MyFunction", "Payload.$": "$"},
                     "OutputPath": "$.Payload", "End": true}""".formatted(REGION, ACCOUNT)),
            task("dynamodb-put-item", "DynamoDB PutItem", "Put Item", "Writes an item to a DynamoDB table", """
                    {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem", "Parameters": {
                      "TableName": "MyTable", "Item": {"id": {"S.$": "$.id"}}}, "End": true}"""),
            task("dynamodb-get-item", "DynamoDB GetItem", "Get Item", "Reads an item from a DynamoDB table", """
                    {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem", "Parameters": {
                      "TableName": "MyTable", "Key": {"id": {"S.$": "$.id"}}}, "End": true}"""),
            task("sns-publish", "SNS Publish", "Publish", "Publishes a message to an SNS topic", """
                    {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Parameters": {
                      "TopicArn": "arn:aws:sns:%s:%s:MyTopic", "Message.$": "$"}, "End": true}"""
                    .formatted(REGION, ACCOUNT)),
            task("sqs-send-message", "SQS SendMessage", "Send Message", "Sends a message to an SQS queue", """
                    {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Parameters": {
                      "QueueUrl": "https://sqs.%s.amazonaws.com/%s/MyQueue", "MessageBody.$": "$"}, "End": true}"""
                    .formatted(REGION, ACCOUNT)),
            task("start-execution", "Step Functions execution", "Start Execution",
                    "Runs another state machine and waits for it (.sync:2)", """
                    {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2", "Parameters": {
                      "StateMachineArn": "arn:aws:states:%s:%s:stateMachine:MyStateMachine",
                      "Input": {"Payload.$": "$", "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id"}},
                     "End": true}""".formatted(REGION, ACCOUNT)),
            task("http-invoke", "HTTP invoke", "Call API", "Calls an HTTPS API through an EventBridge connection", """
                    {"Type": "Task", "Resource": "arn:aws:states:::http:invoke", "Parameters": {
                      "ApiEndpoint": "https://api.example.com/orders", "Method": "GET",
                      "Authentication": {"ConnectionArn": "arn:aws:events:%s:%s:connection/MyConnection/id"}},
                     "End": true}""".formatted(REGION, ACCOUNT)),
            task("wait-for-callback", "Wait for callback", "Wait For Callback",
                    "Sends a task token and waits until someone returns it (.waitForTaskToken)", """
                    {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "Parameters": {
                      "QueueUrl": "https://sqs.%s.amazonaws.com/%s/MyQueue",
                      "MessageBody": {"Input.$": "$", "TaskToken.$": "$$.Task.Token"}},
                     "HeartbeatSeconds": 3600, "End": true}""".formatted(REGION, ACCOUNT)));

    public List<Item> items() {
        return items;
    }

    public List<Item> items(Group group) {
        return items.stream().filter(item -> item.group() == group).toList();
    }

    public Item item(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no palette item " + id));
    }

    private static Item state(String id, String label, String description, String json) {
        return new Item(id, Group.STATES, label, label, description, new StateTemplate(label, parse(json)));
    }

    private static Item task(String id, String label, String baseName, String description, String json) {
        return new Item(id, Group.TASKS, label, "Task", description, new StateTemplate(baseName, parse(json)));
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JsonReader.readJson(json).root();
        } catch (JsonSyntaxException e) {
            throw new IllegalStateException("bad palette snippet: " + json, e);
        }
    }
}
