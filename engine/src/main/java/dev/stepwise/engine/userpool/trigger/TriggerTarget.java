package dev.stepwise.engine.userpool.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.parse.AslParseException;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.ExecutionResult;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.error.StatesError;
import dev.stepwise.engine.interp.spi.VirtualClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a trigger's Lambda ARN runs locally: a state machine of the workspace (our interpreter runs it with the event
 * as input; its output is the function's response) or a function served over HTTP the way the Lambda Runtime
 * Interface Emulator serves it.
 */
public sealed interface TriggerTarget permits TriggerTarget.Machine, TriggerTarget.Http {

    /** Runs the function on a Cognito event and returns its response (the event, with {@code response} filled). */
    JsonNode invoke(JsonNode event, Instant now) throws TriggerFailure;

    /** How the auth lab names the target, e.g. {@code state machine CheckDomain} or the URL. */
    String describe();

    static TriggerTarget stateMachine(String name, StateMachine machine) {
        return new Machine(name, machine);
    }

    /** A state machine definition file of the workspace, named after the file. */
    static TriggerTarget stateMachine(Path file) throws IOException, AslParseException {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return new Machine(name, AslParser.parse(file));
    }

    /** A function behind {@code POST <base>/2015-03-31/functions/function/invocations}. */
    static TriggerTarget http(URI base) {
        return new Http(base);
    }

    /** Why a function gave no usable response. */
    final class TriggerFailure extends Exception {
        private static final long serialVersionUID = 1L;

        /** The function ran and failed (it threw, or the state machine failed). */
        public static final String FUNCTION_ERROR = "FunctionError";
        /** The function could not be run at all. */
        public static final String UNREACHABLE = "Unreachable";

        private final String kind;

        public TriggerFailure(String kind, String message) {
            super(message);
            this.kind = kind;
        }

        public String kind() {
            return kind;
        }
    }

    record Machine(String name, StateMachine machine) implements TriggerTarget {
        public Machine {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(machine, "machine");
        }

        @Override
        public JsonNode invoke(JsonNode event, Instant now) throws TriggerFailure {
            ExecutionResult result;
            try {
                result = new Interpreter().compile(machine).execute(event, ExecutionOptions.defaults()
                        .withNames("cognito-trigger", name).withClock(new VirtualClock(now)));
            } catch (RuntimeException e) {
                throw new TriggerFailure(TriggerFailure.UNREACHABLE, "state machine " + name + " cannot run: "
                        + e.getMessage());
            }
            if (result.output() != null) {
                return result.output();
            }
            StatesError error = result.error();
            String message = error == null ? result.status().awsName()
                    : error.cause() != null && !error.cause().isEmpty() ? error.cause() : error.error();
            throw new TriggerFailure(TriggerFailure.FUNCTION_ERROR, message);
        }

        @Override
        public String describe() {
            return "state machine " + name;
        }
    }

    record Http(URI base) implements TriggerTarget {
        static final String INVOCATIONS_PATH = "/2015-03-31/functions/function/invocations";
        private static final ObjectMapper JSON = new ObjectMapper();
        private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .build();

        public Http {
            Objects.requireNonNull(base, "base");
        }

        @Override
        public JsonNode invoke(JsonNode event, Instant now) throws TriggerFailure {
            HttpRequest post = HttpRequest.newBuilder(base.resolve(INVOCATIONS_PATH))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(event.toString(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response;
            try {
                response = CLIENT.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new TriggerFailure(TriggerFailure.UNREACHABLE, "could not reach " + base + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TriggerFailure(TriggerFailure.UNREACHABLE, "interrupted while calling " + base);
            }
            JsonNode body;
            try {
                body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            } catch (IOException e) {
                body = JSON.getNodeFactory().textNode(response.body());
            }
            boolean functionError = response.headers().firstValue("X-Amz-Function-Error").isPresent()
                    || (body.isObject() && body.has("errorMessage") && body.has("errorType") && !body.has("request"));
            if (functionError) {
                throw new TriggerFailure(TriggerFailure.FUNCTION_ERROR, body.path("errorMessage").isTextual()
                        ? body.get("errorMessage").asText() : body.toString());
            }
            if (response.statusCode() >= 400) {
                throw new TriggerFailure(TriggerFailure.UNREACHABLE, base + " answered HTTP " + response.statusCode());
            }
            return body;
        }

        @Override
        public String describe() {
            return base.toString();
        }
    }
}
