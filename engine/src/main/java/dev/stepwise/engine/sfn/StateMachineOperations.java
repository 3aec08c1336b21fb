package dev.stepwise.engine.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.asl.validate.Severity;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import dev.stepwise.engine.sfn.model.StateMachineRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** CreateStateMachine, DescribeStateMachine, UpdateStateMachine, DeleteStateMachine, ListStateMachines, Validate. */
final class StateMachineOperations {

    static final Set<String> TYPES = Set.of("STANDARD", "EXPRESS");

    private final ServiceContext ctx;

    StateMachineOperations(ServiceContext ctx) {
        this.ctx = ctx;
    }

    ObjectNode create(JsonNode request) {
        String name = SfnWire.required(request, "name");
        String definition = SfnWire.required(request, "definition");
        String roleArn = SfnWire.required(request, "roleArn");
        String type = SfnWire.optional(request, "type").orElse("STANDARD");
        checkType(type);
        SfnWire.checkLength("definition", definition, 1, 1048576);
        Arns.checkName(name);
        checkRoleArn(roleArn);
        String logging = configuration(request, "loggingConfiguration");
        String tracing = configuration(request, "tracingConfiguration");
        Map<String, String> tags = ServiceContext.tags(request);
        ctx.definitions.compile(definition, type);
        String arn = ctx.arns.stateMachine(name);
        StateMachineRecord created = ctx.store.write(tx -> {
            Optional<StateMachineRecord> existing = tx.findStateMachine(arn);
            if (existing.isPresent()) {
                StateMachineRecord same = existing.get();
                // Idempotent as in AWS: same definition, type and configurations; role and tags are not compared.
                if (same.definition().equals(definition) && same.type().equals(type)
                        && Objects.equals(same.loggingConfiguration(), logging)
                        && Objects.equals(same.tracingConfiguration(), tracing)) {
                    return same;
                }
                throw new StepFunctionsException("StateMachineAlreadyExists",
                        "State Machine Already Exists: '" + arn + "'");
            }
            StateMachineRecord machine = new StateMachineRecord(arn, name, type, definition, roleArn, null, logging,
                    tracing, ctx.uuid(), ctx.now(), null);
            tx.insertStateMachine(machine);
            tx.putTags(arn, tags);
            return machine;
        });
        ObjectNode response = SfnWire.object();
        response.put("stateMachineArn", created.arn());
        response.put("creationDate", SfnWire.timestamp(created.creationDate()));
        return response;
    }

    ObjectNode describe(JsonNode request) {
        String arn = Arns.plainStateMachine(SfnWire.required(request, "stateMachineArn")).arn();
        StateMachineRecord machine = ctx.store.read(q -> ServiceContext.requireMachine(q, arn));
        ObjectNode response = SfnWire.object();
        response.put("stateMachineArn", machine.arn());
        response.put("name", machine.name());
        response.put("status", "ACTIVE");
        response.put("definition", machine.definition());
        response.put("roleArn", machine.roleArn());
        response.put("type", machine.type());
        response.put("creationDate", SfnWire.timestamp(machine.creationDate()));
        response.set("loggingConfiguration", configurationOrDefault(machine.loggingConfiguration(),
                "{\"level\":\"OFF\",\"includeExecutionData\":false}"));
        response.set("tracingConfiguration", configurationOrDefault(machine.tracingConfiguration(),
                "{\"enabled\":false}"));
        response.put("revisionId", machine.revisionId());
        if (machine.description() != null) {
            response.put("description", machine.description());
        }
        return response;
    }

    ObjectNode update(JsonNode request) {
        String arn = Arns.plainStateMachine(SfnWire.required(request, "stateMachineArn")).arn();
        Optional<String> definition = SfnWire.optional(request, "definition");
        Optional<String> roleArn = SfnWire.optional(request, "roleArn");
        String logging = configuration(request, "loggingConfiguration");
        String tracing = configuration(request, "tracingConfiguration");
        if (definition.isEmpty() && roleArn.isEmpty() && logging == null && tracing == null) {
            throw new StepFunctionsException("MissingRequiredParameter", "Either the definition, the role ARN, the"
                    + " LoggingConfiguration, or the TracingConfiguration must be specified");
        }
        roleArn.ifPresent(StateMachineOperations::checkRoleArn);
        StateMachineRecord updated = ctx.store.write(tx -> {
            StateMachineRecord old = ServiceContext.requireMachine(tx, arn);
            definition.ifPresent(text -> ctx.definitions.compile(text, old.type()));
            StateMachineRecord machine = new StateMachineRecord(arn, old.name(), old.type(),
                    definition.orElse(old.definition()), roleArn.orElse(old.roleArn()), old.description(),
                    logging != null ? logging : old.loggingConfiguration(),
                    tracing != null ? tracing : old.tracingConfiguration(), ctx.uuid(), old.creationDate(),
                    ctx.now());
            tx.updateStateMachine(machine);
            return machine;
        });
        ObjectNode response = SfnWire.object();
        response.put("updateDate", SfnWire.timestamp(updated.updateDate()));
        response.put("revisionId", updated.revisionId());
        return response;
    }

    /** AWS answers success for a state machine that does not exist; running executions carry on. */
    ObjectNode delete(JsonNode request) {
        String arn = Arns.plainStateMachine(SfnWire.required(request, "stateMachineArn")).arn();
        ctx.store.write(tx -> {
            tx.deleteStateMachine(arn);
            return null;
        });
        return SfnWire.object();
    }

    ObjectNode list(JsonNode request) {
        int size = SfnWire.maxResults(request, 100);
        String after = SfnWire.optional(request, "nextToken").map(ServiceContext::pagePosition).orElse(null);
        List<StateMachineRecord> page = ctx.store.read(q -> q.listStateMachines(after, size + 1));
        ObjectNode response = SfnWire.object();
        ArrayNode items = response.putArray("stateMachines");
        for (StateMachineRecord machine : page.subList(0, Math.min(size, page.size()))) {
            ObjectNode item = items.addObject();
            item.put("stateMachineArn", machine.arn());
            item.put("name", machine.name());
            item.put("type", machine.type());
            item.put("creationDate", SfnWire.timestamp(machine.creationDate()));
        }
        if (page.size() > size) {
            response.put("nextToken", ServiceContext.pageToken(page.get(size - 1).name()));
        }
        return response;
    }

    /** ValidateStateMachineDefinition: result OK or FAIL, and the diagnostics at or above {@code severity}. */
    ObjectNode validate(JsonNode request) {
        String definition = SfnWire.required(request, "definition");
        String type = SfnWire.optional(request, "type").orElse("STANDARD");
        checkType(type);
        String minimum = SfnWire.optional(request, "severity").orElse("ERROR");
        if (!minimum.equals("ERROR") && !minimum.equals("WARNING")) {
            throw StepFunctionsException.validation("1 validation error detected: Value '" + minimum + "' at 'severity'"
                    + " failed to satisfy constraint: Member must satisfy enum value set: [ERROR, WARNING]");
        }
        int size = SfnWire.maxResults(request, 100);
        List<Diagnostic> diagnostics = ctx.definitions.diagnostics(definition, type).stream()
                .filter(d -> d.isError() || minimum.equals("WARNING"))
                .toList();
        boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
        ObjectNode response = SfnWire.object();
        response.put("result", failed ? "FAIL" : "OK");
        ArrayNode list = response.putArray("diagnostics");
        for (Diagnostic d : diagnostics.subList(0, Math.min(size, diagnostics.size()))) {
            ObjectNode item = list.addObject();
            item.put("severity", d.severity() == Severity.ERROR ? "ERROR" : "WARNING");
            item.put("code", d.code());
            item.put("message", d.message());
            if (!d.pointer().isEmpty()) {
                item.put("location", d.pointer());
            }
        }
        response.put("truncated", diagnostics.size() > size);
        return response;
    }

    static void checkType(String type) {
        if (!TYPES.contains(type)) {
            throw StepFunctionsException.validation("1 validation error detected: Value '" + type + "' at 'type' failed"
                    + " to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]");
        }
    }

    private static void checkRoleArn(String roleArn) {
        if (!roleArn.startsWith("arn:") || roleArn.split(":", -1).length < 6) {
            throw StepFunctionsException.invalidArn(roleArn);
        }
    }

    private static String configuration(JsonNode request, String member) {
        ObjectNode value = SfnWire.objectOrEmpty(request, member);
        return value == null ? null : JsonPrinter.compact(value);
    }

    private static JsonNode configurationOrDefault(String stored, String otherwise) {
        try {
            return JsonReader.readJson(stored != null ? stored : otherwise).root();
        } catch (JsonSyntaxException e) {
            throw new IllegalStateException("a stored configuration is not JSON: " + stored, e);
        }
    }
}
