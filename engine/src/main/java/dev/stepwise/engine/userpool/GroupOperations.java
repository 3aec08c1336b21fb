package dev.stepwise.engine.userpool;

import static dev.stepwise.engine.userpool.Wire.optional;
import static dev.stepwise.engine.userpool.Wire.optionalLong;
import static dev.stepwise.engine.userpool.Wire.required;
import static dev.stepwise.engine.userpool.Wire.timestamp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.store.UserPoolQueries;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.Group;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserPool;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Groups: CreateGroup, GetGroup, ListGroups, UpdateGroup, DeleteGroup, and membership. */
final class GroupOperations {

    private static final Pattern GROUP_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:"
            + "[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?");

    private final Context ctx;

    GroupOperations(Context ctx) {
        this.ctx = ctx;
    }

    private static String groupName(JsonNode request) {
        String name = required(request, "GroupName");
        Wire.checkLength("GroupName", name, 1, 128);
        if (!GROUP_NAME.matcher(name).matches()) {
            throw UserPoolException.invalidParameter("1 validation error detected: Value '" + name + "' at 'groupName' "
                    + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + GROUP_NAME.pattern());
        }
        return name;
    }

    /** Description, RoleArn and Precedence as requested (empty when not given), checked. */
    private record Settings(Optional<String> description, Optional<String> roleArn, Optional<Long> precedence) {
    }

    private static Settings settings(JsonNode request) {
        Optional<String> description = optional(request, "Description");
        description.ifPresent(d -> Wire.checkLength("Description", d, 0, 2048));
        Optional<String> role = optional(request, "RoleArn");
        role.ifPresent(r -> {
            Wire.checkLength("RoleArn", r, 20, 2048);
            if (!ROLE_ARN.matcher(r).matches()) {
                throw UserPoolException.invalidParameter("1 validation error detected: Value '" + r + "' at 'roleArn' "
                        + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
                        + ROLE_ARN.pattern());
            }
        });
        Optional<Long> precedence = optionalLong(request, "Precedence");
        precedence.ifPresent(p -> Wire.checkRange("Precedence", p, 0, Integer.MAX_VALUE));
        return new Settings(description, role, precedence);
    }

    static Group requireGroup(UserPoolQueries q, String poolId, String name) {
        return q.findGroup(poolId, name).orElseThrow(() -> UserPoolException.resourceNotFound("Group not found."));
    }

    static ObjectNode shape(Group g) {
        ObjectNode n = Wire.object();
        n.put("GroupName", g.groupName());
        n.put("UserPoolId", g.userPoolId());
        if (g.description() != null) {
            n.put("Description", g.description());
        }
        if (g.roleArn() != null) {
            n.put("RoleArn", g.roleArn());
        }
        if (g.precedence() != null) {
            n.put("Precedence", g.precedence());
        }
        n.put("LastModifiedDate", timestamp(g.lastModifiedDate()));
        n.put("CreationDate", timestamp(g.creationDate()));
        return n;
    }

    private static ObjectNode wrapped(Group g) {
        ObjectNode response = Wire.object();
        response.set("Group", shape(g));
        return response;
    }

    ObjectNode createGroup(JsonNode request) {
        String name = groupName(request);
        String poolId = required(request, "UserPoolId");
        Settings s = settings(request);
        return ctx.store.write(tx -> {
            Context.requirePool(tx, poolId);
            if (tx.findGroup(poolId, name).isPresent()) {
                throw new UserPoolException(UserPoolErrorCode.GROUP_EXISTS,
                        "A group with the name " + name + " already exists.");
            }
            Group group = new Group(poolId, name, s.description().orElse(null), s.roleArn().orElse(null),
                    s.precedence().orElse(null), ctx.now(), ctx.now());
            tx.insertGroup(group);
            return wrapped(group);
        });
    }

    ObjectNode getGroup(JsonNode request) {
        String name = groupName(request);
        String poolId = required(request, "UserPoolId");
        return ctx.store.read(q -> {
            Context.requirePool(q, poolId);
            return wrapped(requireGroup(q, poolId, name));
        });
    }

    ObjectNode updateGroup(JsonNode request) {
        String name = groupName(request);
        String poolId = required(request, "UserPoolId");
        Settings s = settings(request);
        return ctx.store.write(tx -> {
            Context.requirePool(tx, poolId);
            Group old = requireGroup(tx, poolId, name);
            Group changed = new Group(poolId, name, s.description().orElse(old.description()),
                    s.roleArn().orElse(old.roleArn()), s.precedence().orElse(old.precedence()), old.creationDate(),
                    ctx.now());
            tx.updateGroup(changed);
            return wrapped(changed);
        });
    }

    ObjectNode deleteGroup(JsonNode request) {
        String name = groupName(request);
        String poolId = required(request, "UserPoolId");
        return ctx.store.write(tx -> {
            Context.requirePool(tx, poolId);
            requireGroup(tx, poolId, name);
            tx.deleteGroup(poolId, name);
            return Wire.object();
        });
    }

    ObjectNode listGroups(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        List<Group> groups = ctx.store.read(q -> {
            Context.requirePool(q, poolId);
            return q.listGroups(poolId);
        });
        return page(request, "Groups", "NextToken", "group:", groups, Group::groupName, GroupOperations::shape);
    }

    ObjectNode adminListGroupsForUser(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String username = required(request, "Username");
        List<Group> groups = ctx.store.read(q -> {
            UserPool pool = Context.requirePool(q, poolId);
            User user = Context.requireUser(q, pool, username);
            return q.groupsOfUser(poolId, user.username());
        });
        return page(request, "Groups", "NextToken", "group:", groups, Group::groupName, GroupOperations::shape);
    }

    ObjectNode listUsersInGroup(JsonNode request) {
        String poolId = required(request, "UserPoolId");
        String name = groupName(request);
        List<User> users = ctx.store.read(q -> {
            Context.requirePool(q, poolId);
            requireGroup(q, poolId, name);
            return q.usersInGroup(poolId, name);
        });
        return page(request, "Users", "NextToken", "member:", users, User::username,
                u -> UserOperations.userShape(u, "Attributes"));
    }

    ObjectNode adminAddUserToGroup(JsonNode request) {
        return membership(request, true);
    }

    ObjectNode adminRemoveUserFromGroup(JsonNode request) {
        return membership(request, false);
    }

    private ObjectNode membership(JsonNode request, boolean add) {
        String poolId = required(request, "UserPoolId");
        String username = required(request, "Username");
        String name = groupName(request);
        return ctx.store.write(tx -> {
            UserPool pool = Context.requirePool(tx, poolId);
            User user = Context.requireUser(tx, pool, username);
            requireGroup(tx, poolId, name);
            if (add) {
                tx.addToGroup(poolId, name, user.username());
            } else {
                tx.removeFromGroup(poolId, name, user.username());
            }
            return Wire.object();
        });
    }

    private static <T> ObjectNode page(JsonNode request, String member, String tokenMember, String prefix,
            List<T> items, Function<T, String> id, Function<T, ObjectNode> shape) {
        long limit = optionalLong(request, "Limit").orElse(60L);
        Wire.checkRange("Limit", limit, 1, 60);
        String after = PoolOperations.decodeToken(optional(request, tokenMember), prefix);
        int start = PoolOperations.startAfter(items.stream().map(id).toList(), after);
        int end = (int) Math.min(items.size(), start + limit);
        ObjectNode response = Wire.object();
        ArrayNode array = response.putArray(member);
        for (T item : items.subList(start, end)) {
            array.add(shape.apply(item));
        }
        if (end < items.size()) {
            response.put(tokenMember, PoolOperations.encodeToken(prefix, id.apply(items.get(end - 1))));
        }
        return response;
    }
}
