package dev.stepwise.engine.userpool;

import static dev.stepwise.engine.userpool.Wire.checkLength;
import static dev.stepwise.engine.userpool.Wire.optional;
import static dev.stepwise.engine.userpool.Wire.optionalLong;
import static dev.stepwise.engine.userpool.Wire.required;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.ResourceServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** CreateResourceServer, DescribeResourceServer, UpdateResourceServer, DeleteResourceServer, ListResourceServers. */
final class ResourceServerOperations {

    /** The API reference's patterns: identifiers and scope names exclude space, quote and backslash (names: '/'). */
    private static final Pattern IDENTIFIER = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    private static final Pattern NAME = Pattern.compile("[\\w\\s+=,.@-]+");
    private static final Pattern SCOPE_NAME = Pattern.compile("[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+");
    static final int MAX_SCOPES = 100;

    private final Context ctx;

    ResourceServerOperations(Context ctx) {
        this.ctx = ctx;
    }

    ObjectNode createResourceServer(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        ResourceServer server = read(poolId, request);
        return ctx.store.write(tx -> {
            Context.requirePool(tx, poolId);
            if (tx.findResourceServer(poolId, server.identifier()).isPresent()) {
                throw UserPoolException.invalidParameter("Resource server with identifier " + server.identifier()
                        + " already exists for the user pool " + poolId);
            }
            tx.insertResourceServer(server);
            return wrapped(server);
        });
    }

    ObjectNode describeResourceServer(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String identifier = required(request, "Identifier");
        return ctx.store.read(q -> {
            Context.requirePool(q, poolId);
            return wrapped(require(q, poolId, identifier));
        });
    }

    /** UpdateResourceServer: name and scopes are replaced; scopes left out of the request are gone. */
    ObjectNode updateResourceServer(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        ResourceServer server = read(poolId, request);
        return ctx.store.write(tx -> {
            Context.requirePool(tx, poolId);
            require(tx, poolId, server.identifier());
            tx.updateResourceServer(server);
            return wrapped(server);
        });
    }

    ObjectNode deleteResourceServer(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String identifier = required(request, "Identifier");
        return ctx.store.write(tx -> {
            Context.requirePool(tx, poolId);
            require(tx, poolId, identifier);
            tx.deleteResourceServer(poolId, identifier);
            return Wire.object();
        });
    }

    ObjectNode listResourceServers(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        long max = optionalLong(request, "MaxResults").orElse(50L);
        Wire.checkRange("MaxResults", max, 1, 50);
        String after = PoolOperations.decodeToken(optional(request, "NextToken"), "resource-server:");
        List<ResourceServer> servers = ctx.store.read(q -> {
            Context.requirePool(q, poolId);
            return q.listResourceServers(poolId);
        });
        int start = PoolOperations.startAfter(servers.stream().map(ResourceServer::identifier).toList(), after);
        int end = (int) Math.min(servers.size(), start + max);
        ObjectNode response = Wire.object();
        ArrayNode items = response.putArray("ResourceServers");
        servers.subList(start, end).forEach(s -> items.add(shape(s)));
        if (end < servers.size()) {
            response.put("NextToken", PoolOperations.encodeToken("resource-server:",
                    servers.get(end - 1).identifier()));
        }
        return response;
    }

    private static ResourceServer require(dev.stepwise.engine.store.UserPoolQueries q, String poolId,
            String identifier) {
        return q.findResourceServer(poolId, identifier).orElseThrow(() -> UserPoolException.resourceNotFound(
                "Resource server " + identifier + " does not exist in the user pool " + poolId + "."));
    }

    private static ResourceServer read(String poolId, JsonNode request) {
        String identifier = required(request, "Identifier");
        String name = required(request, "Name");
        checkLength("Identifier", identifier, 1, 256);
        checkPattern("identifier", identifier, IDENTIFIER);
        checkLength("Name", name, 1, 256);
        checkPattern("name", name, NAME);
        JsonNode scopes = request.get("Scopes");
        List<ResourceServer.Scope> result = new ArrayList<>();
        if (scopes != null && !scopes.isNull()) {
            if (!scopes.isArray()) {
                throw UserPoolException.invalidParameter("Member Scopes must be a list of structures");
            }
            if (scopes.size() > MAX_SCOPES) {
                throw UserPoolException.invalidParameter("1 validation error detected: Value at 'scopes' failed to "
                        + "satisfy constraint: Member must have length less than or equal to " + MAX_SCOPES);
            }
            Set<String> seen = new HashSet<>();
            for (JsonNode scope : scopes) {
                String scopeName = required(scope, "ScopeName");
                String description = required(scope, "ScopeDescription");
                checkLength("ScopeName", scopeName, 1, 256);
                checkPattern("scopes.member.scopeName", scopeName, SCOPE_NAME);
                checkLength("ScopeDescription", description, 1, 256);
                if (!seen.add(scopeName)) {
                    throw UserPoolException.invalidParameter("Duplicate scope names are not allowed: " + scopeName);
                }
                result.add(new ResourceServer.Scope(scopeName, description));
            }
        }
        return new ResourceServer(poolId, identifier, name, result);
    }

    private static void checkPattern(String member, String value, Pattern pattern) {
        if (!pattern.matcher(value).matches()) {
            throw UserPoolException.invalidParameter("1 validation error detected: Value '" + value + "' at '"
                    + member + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + pattern.pattern());
        }
    }

    private static ObjectNode wrapped(ResourceServer server) {
        ObjectNode response = Wire.object();
        response.set("ResourceServer", shape(server));
        return response;
    }

    static ObjectNode shape(ResourceServer s) {
        ObjectNode n = Wire.object();
        n.put("UserPoolId", s.userPoolId());
        n.put("Identifier", s.identifier());
        n.put("Name", s.name());
        ArrayNode scopes = n.putArray("Scopes");
        for (ResourceServer.Scope scope : s.scopes()) {
            scopes.addObject().put("ScopeName", scope.name()).put("ScopeDescription", scope.description());
        }
        return n;
    }
}
