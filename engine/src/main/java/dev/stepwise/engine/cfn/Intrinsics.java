package dev.stepwise.engine.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the CloudFormation intrinsic functions a definition is built with, as far as can be done without a
 * deployed stack: {@code Ref} to a pseudo parameter (local defaults) or to a parameter with a Default, {@code Fn::Sub},
 * {@code Fn::Join}. A reference that cannot be resolved here (a resource's Ref or attribute, an import) is kept as a
 * {@code ${Name}} placeholder, and a warning says so.
 */
final class Intrinsics {

    /** The values pseudo parameters get locally. */
    static final Map<String, String> PSEUDO_PARAMETERS = Map.of(
            "AWS::Region", "us-east-1",
            "AWS::AccountId", "123456789012",
            "AWS::Partition", "aws",
            "AWS::URLSuffix", "amazonaws.com");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(!?)([^}]*)}");

    private final Map<String, String> parameters;
    private final Set<String> warnings = new LinkedHashSet<>();

    /** @param template the template's root, for its Parameters' Default values */
    Intrinsics(JsonNode template) {
        Map<String, String> defaults = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = template.path("Parameters").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> parameter = fields.next();
            JsonNode value = parameter.getValue().get("Default");
            if (value != null && value.isValueNode()) {
                defaults.put(parameter.getKey(), value.asText());
            }
        }
        this.parameters = defaults;
    }

    List<String> warnings() {
        return new ArrayList<>(warnings);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    /** True for {@code {"Ref": ...}} and {@code {"Fn::...": ...}}: an object with one key that names a function. */
    static boolean isFunction(JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            return false;
        }
        String key = node.fieldNames().next();
        return key.equals("Ref") || key.startsWith("Fn::");
    }

    /** A value as a string: scalars as their text, functions evaluated. */
    String string(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        if (!isFunction(node)) {
            warn("a " + (node.isArray() ? "list" : "map") + " where a string was expected was left empty");
            return "";
        }
        String function = node.fieldNames().next();
        JsonNode argument = node.get(function);
        return switch (function) {
            case "Ref" -> ref(argument.asText());
            case "Fn::GetAtt" -> getAtt(argument);
            case "Fn::Sub" -> sub(argument);
            case "Fn::Join" -> join(argument);
            default -> {
                warn(function + " cannot be evaluated locally; kept as ${" + function + "}");
                yield "${" + function + "}";
            }
        };
    }

    /** Replaces every function in a tree by its string value; the tree is changed in place and returned. */
    JsonNode resolveTree(JsonNode node) {
        if (isFunction(node)) {
            return TextNode.valueOf(string(node));
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                object.set(name, resolveTree(object.get(name)));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, resolveTree(array.get(i)));
            }
        }
        return node;
    }

    private String ref(String name) {
        String value = PSEUDO_PARAMETERS.get(name);
        if (value != null) {
            return value;
        }
        value = parameters.get(name);
        if (value != null) {
            return value;
        }
        warn("Ref " + name + " cannot be resolved locally; kept as ${" + name + "}");
        return "${" + name + "}";
    }

    private String getAtt(JsonNode argument) {
        String name;
        if (argument.isArray() && argument.size() == 2) {
            name = argument.get(0).asText() + "." + string(argument.get(1));
        } else {
            name = argument.asText();
        }
        warn("Fn::GetAtt " + name + " cannot be resolved locally; kept as ${" + name + "}");
        return "${" + name + "}";
    }

    private String sub(JsonNode argument) {
        String template;
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        if (argument.isArray() && argument.size() >= 1) {
            template = argument.get(0).asText();
            if (argument.size() > 1) {
                argument.get(1).fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
            }
        } else {
            template = argument.asText();
        }
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(2);
            String replacement;
            if (!matcher.group(1).isEmpty()) {
                replacement = "${" + name + "}";          // ${!Literal} is the literal ${Literal}
            } else if (variables.containsKey(name)) {
                replacement = string(variables.get(name));
            } else if (PSEUDO_PARAMETERS.containsKey(name) || parameters.containsKey(name)) {
                replacement = ref(name);
            } else {
                replacement = "${" + name + "}";
                warn("${" + name + "} cannot be resolved locally; kept as is");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String join(JsonNode argument) {
        if (!argument.isArray() || argument.size() != 2) {
            warn("Fn::Join needs [delimiter, [values]]; left empty");
            return "";
        }
        String delimiter = argument.get(0).asText();
        JsonNode values = argument.get(1);
        List<String> parts = new ArrayList<>();
        if (values.isArray()) {
            values.forEach(value -> parts.add(string(value)));
        } else {
            parts.add(string(values));
        }
        return String.join(delimiter, parts);
    }

    /**
     * Applies a state machine's DefinitionSubstitutions to a string: each {@code ${key}} becomes the key's value. A
     * {@code ${...}} that names no substitution is kept, with a warning.
     */
    String substitute(String text, Map<String, String> substitutions) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(2);
            String replacement = matcher.group(0);
            if (matcher.group(1).isEmpty() && substitutions.containsKey(name)) {
                replacement = substitutions.get(name);
            } else if (matcher.group(1).isEmpty()) {
                warn("${" + name + "} is not in DefinitionSubstitutions; kept as is");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** {@link #substitute} over every string value of a tree, in place. */
    JsonNode substituteTree(JsonNode node, Map<String, String> substitutions) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                object.set(name, substituteTree(object.get(name), substitutions));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, substituteTree(array.get(i), substitutions));
            }
        } else if (node.isTextual()) {
            return TextNode.valueOf(substitute(node.textValue(), substitutions));
        }
        return node;
    }
}
