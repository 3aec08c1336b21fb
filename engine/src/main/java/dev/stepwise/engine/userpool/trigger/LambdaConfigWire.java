package dev.stepwise.engine.userpool.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.LambdaConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The {@code LambdaConfig} member of CreateUserPool, UpdateUserPool and DescribeUserPool. */
public final class LambdaConfigWire {

    private static final Pattern ARN = Pattern.compile(
            "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?");
    private static final String CONFIG = "PreTokenGenerationConfig";

    private LambdaConfigWire() {
    }

    /** Reads the member (absent or null: no triggers). Unknown members (custom senders, KMSKeyID) are ignored. */
    public static LambdaConfig parse(JsonNode member) {
        if (member == null || member.isNull()) {
            return LambdaConfig.NONE;
        }
        if (!member.isObject()) {
            throw UserPoolException.invalidParameter("Member LambdaConfig must be a structure");
        }
        Map<String, String> functions = new LinkedHashMap<>();
        for (String trigger : LambdaConfig.TRIGGERS) {
            JsonNode arn = member.get(trigger);
            if (arn != null && !arn.isNull()) {
                functions.put(trigger, arn(trigger, arn));
            }
        }
        String version = null;
        JsonNode config = member.get(CONFIG);
        if (config != null && !config.isNull()) {
            version = config.path("LambdaVersion").asText("");
            if (!LambdaConfig.PRE_TOKEN_GENERATION_VERSIONS.contains(version)) {
                throw UserPoolException.invalidParameter("1 validation error detected: Value '" + version
                        + "' at 'lambdaConfig.preTokenGenerationConfig.lambdaVersion' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [V1_0, V2_0, V3_0]");
            }
            String arn = arn(CONFIG + ".LambdaArn", config.path("LambdaArn"));
            String legacy = functions.get(LambdaConfig.PRE_TOKEN_GENERATION);
            if (legacy != null && !legacy.equals(arn)) {
                throw UserPoolException.invalidParameter(
                        "PreTokenGeneration and PreTokenGenerationConfig.LambdaArn must be the same.");
            }
            functions.put(LambdaConfig.PRE_TOKEN_GENERATION, arn);
        }
        return functions.isEmpty() ? LambdaConfig.NONE : new LambdaConfig(functions, version);
    }

    private static String arn(String member, JsonNode value) {
        if (!value.isTextual() || !ARN.matcher(value.asText()).matches()) {
            throw UserPoolException.invalidParameter("1 validation error detected: Value '" + value.asText()
                    + "' at 'lambdaConfig." + Character.toLowerCase(member.charAt(0)) + member.substring(1)
                    + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + ARN.pattern());
        }
        return value.asText();
    }

    /** The member as DescribeUserPool returns it; the pre token trigger appears both ways, as in AWS. */
    public static ObjectNode shape(LambdaConfig config) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        config.functions().forEach((trigger, arn) -> {
            n.put(trigger, arn);
            if (trigger.equals(LambdaConfig.PRE_TOKEN_GENERATION)) {
                ObjectNode c = n.putObject(CONFIG);
                c.put("LambdaVersion", config.effectivePreTokenGenerationVersion());
                c.put("LambdaArn", arn);
            }
        });
        return n;
    }
}
