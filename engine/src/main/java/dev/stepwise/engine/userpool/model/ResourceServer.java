package dev.stepwise.engine.userpool.model;

import java.util.List;
import java.util.Objects;

/**
 * A resource server of a user pool: an API, named by its {@code identifier}, with custom scopes that app clients
 * may request as {@code <identifier>/<scope name>}.
 */
public record ResourceServer(String userPoolId, String identifier, String name, List<Scope> scopes) {

    /** One custom scope of a resource server. */
    public record Scope(String name, String description) {
        public Scope {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }
    }

    public ResourceServer {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(name, "name");
        scopes = List.copyOf(scopes);
    }

    /** The scope as app clients and tokens name it: {@code <identifier>/<scope name>}. */
    public String fullName(Scope scope) {
        return identifier + "/" + scope.name();
    }
}
