package dev.stepwise.designer.document;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.graph.GraphScope;
import java.util.Optional;

/**
 * Where a state is: its scope (the top level {@code ""}, or a Parallel branch or Map processor by JSON pointer) and
 * its name there. Its canvas key is {@link Layout#key}{@code (scope, name)}.
 */
public record StatePath(String scope, String name) {

    public String key() {
        return Layout.key(scope, name);
    }

    /** The JSON pointer of the state's object. */
    public String pointer() {
        return GraphScope.statePointer(scope, name);
    }

    public boolean isTopLevel() {
        return scope.isEmpty();
    }

    /**
     * The state a canvas key stands for in a definition: a top-level name, else the scope and name it was made of
     * (a name may itself hold {@code #}, so each split is tried against the definition). Empty when there is none.
     */
    public static Optional<StatePath> resolve(JsonNode root, String key) {
        if (root == null || key == null) {
            return Optional.empty();
        }
        if (root.path("States").has(key)) {
            return Optional.of(new StatePath("", key));
        }
        for (int hash = key.indexOf('#'); hash > 0; hash = key.indexOf('#', hash + 1)) {
            String scope = key.substring(0, hash);
            String name = key.substring(hash + 1);
            if (scope.startsWith("/") && root.at(scope).path("States").has(name)) {
                return Optional.of(new StatePath(scope, name));
            }
        }
        return Optional.empty();
    }
}
