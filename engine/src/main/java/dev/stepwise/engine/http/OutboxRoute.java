package dev.stepwise.engine.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.userpool.UserPoolService;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import java.util.Objects;

/**
 * {@code GET /_stepwise/outbox[?poolId=&username=]}: the messages Cognito would have e-mailed or texted, oldest first,
 * as {@code [{poolId, username, channel, destination, code, message, sentAt}]} ({@code sentAt} in ISO-8601). Test
 * harnesses read confirmation codes here.
 */
public final class OutboxRoute implements Route {

    public static final String PATH = "/_stepwise/outbox";

    private final UserPoolService userPools;

    public OutboxRoute(UserPoolService userPools) {
        this.userPools = Objects.requireNonNull(userPools, "userPools");
    }

    @Override
    public boolean matches(EndpointRequest request) {
        return request.path().equals(PATH) && (request.method().equals("GET") || request.method().equals("HEAD"));
    }

    @Override
    public EndpointResponse handle(EndpointRequest request) {
        String poolId = request.queryParameter("poolId").filter(v -> !v.isEmpty()).orElse(null);
        String username = request.queryParameter("username").filter(v -> !v.isEmpty()).orElse(null);
        ArrayNode messages = JsonNodeFactory.instance.arrayNode();
        for (OutboxMessage m : userPools.searchOutbox(poolId, username)) {
            ObjectNode entry = messages.addObject();
            entry.put("poolId", m.userPoolId());
            entry.put("username", m.username());
            entry.put("channel", m.channel().name());
            entry.put("destination", m.destination());
            entry.put("code", m.code());
            entry.put("message", m.message());
            entry.put("sentAt", m.time().toString());
        }
        return EndpointResponse.json(200, messages);
    }
}
