package dev.stepwise.engine.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stepwise.engine.interp.TaskTokens;
import dev.stepwise.engine.sfn.model.StateMachineRecord;
import dev.stepwise.engine.store.StepFunctionsQueries;
import dev.stepwise.engine.store.StepFunctionsStore;
import dev.stepwise.engine.testing.MockConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What every operation shares: storage, time, names, definitions and the running executions. */
final class ServiceContext {

    final StepFunctionsStore store;
    final Clock clock;
    final String region;
    final String accountId;
    final Arns arns;
    final MachineDefinitions definitions = new MachineDefinitions();
    final MockConfig mocks;
    final TaskTokens taskTokens = new TaskTokens();
    final TaskRoutes routes = new TaskRoutes();
    final ExecutionRunner runner;

    ServiceContext(StepFunctionsStore store, Clock clock, String region, String accountId, MockConfig mocks,
                   ExecutionRunner runner) {
        this.store = store;
        this.clock = clock;
        this.region = region;
        this.accountId = accountId;
        this.arns = new Arns(region, accountId);
        this.mocks = mocks;
        this.runner = runner;
    }

    /** Now, to the millisecond (what the database keeps and AWS's timestamps show). */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A random version-4 UUID: execution names and run ids, revision ids. */
    String uuid() {
        return UUID.randomUUID().toString();
    }

    static StateMachineRecord requireMachine(StepFunctionsQueries q, String arn) {
        return q.findStateMachine(arn).orElseThrow(() -> StepFunctionsException.stateMachineDoesNotExist(arn));
    }

    /** An opaque page token: the position of the next page, never shown decoded. */
    static String pageToken(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    static String pagePosition(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidToken(token);
        }
    }

    static StepFunctionsException invalidToken(String token) {
        return new StepFunctionsException("InvalidToken", "Invalid Token: '" + token + "'");
    }

    /** The {@code tags} member, {@code [{"key", "value"}]}, in order. */
    static Map<String, String> tags(JsonNode request) {
        Map<String, String> tags = new LinkedHashMap<>();
        JsonNode list = request.get("tags");
        if (list == null || list.isNull()) {
            return tags;
        }
        if (!list.isArray()) {
            throw StepFunctionsException.validation("Member tags must be a list");
        }
        for (JsonNode tag : list) {
            String key = SfnWire.required(tag, "key");
            SfnWire.checkLength("key", key, 1, 128);
            String value = SfnWire.optional(tag, "value").orElse("");
            SfnWire.checkLength("value", value, 0, 256);
            tags.put(key, value);
        }
        return tags;
    }

    static ArrayNode tagList(Map<String, String> tags) {
        ArrayNode list = SfnWire.NODES.arrayNode();
        tags.forEach((key, value) -> list.addObject().put("key", key).put("value", value));
        return list;
    }
}
