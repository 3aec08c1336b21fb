package dev.stepwise.engine.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Picks the first route that matches a request; a request no route matches gets 404. */
public final class Router {

    private final List<Route> routes;

    public Router(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public EndpointResponse handle(EndpointRequest request) {
        for (Route route : routes) {
            if (route.matches(request)) {
                return route.handle(request);
            }
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("message", "No route for " + request.method() + " " + request.path());
        return EndpointResponse.json(404, body);
    }
}
