package dev.stepwise.engine.graph;

import java.util.Locale;
import java.util.Map;

/** A readable name for what a Task's Resource calls: "Lambda", "DynamoDB · PutItem", "SQS · SendMessage (wait)". */
public final class TaskServices {

    private static final Map<String, String> SERVICES = Map.ofEntries(
            Map.entry("lambda", "Lambda"),
            Map.entry("dynamodb", "DynamoDB"),
            Map.entry("sns", "SNS"),
            Map.entry("sqs", "SQS"),
            Map.entry("states", "Step Functions"),
            Map.entry("http", "HTTP"),
            Map.entry("events", "EventBridge"),
            Map.entry("ecs", "ECS"),
            Map.entry("batch", "Batch"),
            Map.entry("glue", "Glue"),
            Map.entry("sagemaker", "SageMaker"),
            Map.entry("apigateway", "API Gateway"),
            Map.entry("bedrock", "Bedrock"),
            Map.entry("athena", "Athena"),
            Map.entry("codebuild", "CodeBuild"),
            Map.entry("emr", "EMR"),
            Map.entry("eks", "EKS"),
            Map.entry("s3", "S3"),
            Map.entry("mediaconvert", "MediaConvert"));

    private TaskServices() {
    }

    public static String describe(String resource) {
        if (resource == null || resource.isBlank()) {
            return "Task";
        }
        if (resource.startsWith("{%")) {
            return "Task · JSONata resource";
        }
        String[] parts = resource.split(":", 7);
        if (parts.length < 6 || !parts[0].equals("arn")) {
            return "Task";
        }
        String service = parts[2];
        if (service.equals("lambda")) {
            String function = parts.length > 6 ? parts[6] : "";
            return "Lambda" + (function.isEmpty() ? "" : " · " + function.split(":")[0]);
        }
        if (service.equals("states") && parts[5].startsWith("activity")) {
            return "Activity · " + (parts.length > 6 ? parts[6] : "");
        }
        if (!service.equals("states")) {
            return SERVICES.getOrDefault(service, service);
        }
        // arn:aws:states:::service:action[.pattern] or arn:aws:states:::aws-sdk:service:action
        String integration = resource.substring(resource.indexOf(":::") + 3);
        String suffix = "";
        int dot = integration.lastIndexOf('.');
        if (dot > 0) {
            String pattern = integration.substring(dot + 1);
            suffix = switch (pattern) {
                case "sync", "sync:2" -> " (sync)";
                case "waitForTaskToken" -> " (wait for token)";
                default -> "";
            };
            if (!suffix.isEmpty()) {
                integration = integration.substring(0, dot);
            }
        }
        String[] segments = integration.split(":");
        boolean sdk = segments[0].equals("aws-sdk") && segments.length >= 3;
        String name = sdk ? segments[1] : segments[0];
        String action = segments.length > 1 ? segments[segments.length - 1] : "";
        String serviceName = SERVICES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
        return serviceName + (sdk ? " SDK" : "") + (action.isEmpty() ? "" : " · " + capitalize(action)) + suffix;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
