package dev.stepwise.engine.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.store.StepFunctionsQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** TagResource, UntagResource and ListTagsForResource, on state machines. */
final class TagOperations {

    /** AWS allows at most 50 tags on a resource. */
    static final int MAX_TAGS = 50;

    private final ServiceContext ctx;

    TagOperations(ServiceContext ctx) {
        this.ctx = ctx;
    }

    ObjectNode tag(JsonNode request) {
        String arn = SfnWire.required(request, "resourceArn");
        Map<String, String> tags = ServiceContext.tags(request);
        ctx.store.write(tx -> {
            requireResource(tx, arn);
            Map<String, String> all = tx.tags(arn);
            all.putAll(tags);
            if (all.size() > MAX_TAGS) {
                throw new StepFunctionsException("TooManyTags", "Too many tags: a resource can have at most "
                        + MAX_TAGS + " tags.");
            }
            tx.putTags(arn, tags);
            return null;
        });
        return SfnWire.object();
    }

    ObjectNode untag(JsonNode request) {
        String arn = SfnWire.required(request, "resourceArn");
        JsonNode keys = request.get("tagKeys");
        if (keys == null || !keys.isArray()) {
            throw StepFunctionsException.validation("1 validation error detected: Value null at 'tagKeys' failed to"
                    + " satisfy constraint: Member must not be null");
        }
        List<String> names = new ArrayList<>();
        keys.forEach(k -> names.add(k.asText()));
        ctx.store.write(tx -> {
            requireResource(tx, arn);
            tx.removeTags(arn, names);
            return null;
        });
        return SfnWire.object();
    }

    ObjectNode list(JsonNode request) {
        String arn = SfnWire.required(request, "resourceArn");
        Map<String, String> tags = ctx.store.read(q -> {
            requireResource(q, arn);
            return q.tags(arn);
        });
        ObjectNode response = SfnWire.object();
        response.set("tags", ServiceContext.tagList(tags));
        return response;
    }

    private static void requireResource(StepFunctionsQueries q, String arn) {
        if (q.findStateMachine(arn).isEmpty()) {
            throw new StepFunctionsException("ResourceNotFound", "Resource not found: '" + arn + "'");
        }
    }
}
