package dev.stepwise.engine.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads CloudFormation YAML into the same tree its JSON form gives. The short-form tags become the long form:
 * {@code !Ref X} is {@code {"Ref": "X"}}, {@code !GetAtt A.B} is {@code {"Fn::GetAtt": ["A", "B"]}}, and any other
 * {@code !Name value} is {@code {"Fn::Name": value}} ({@code !Sub}, {@code !Join}, {@code !If}, ...).
 *
 * <p>Jackson's YAML reader drops unknown tags, so this composes the YAML node graph with SnakeYAML (the parser under
 * Jackson's) and converts it itself.
 */
final class CloudFormationYaml {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CloudFormationYaml() {
    }

    static JsonNode read(String text) throws TemplateException {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new TemplateException("not valid YAML (line " + (e.getProblemMark().getLine() + 1) + ", column "
                    + (e.getProblemMark().getColumn() + 1) + "): " + e.getProblem());
        } catch (YAMLException e) {
            throw new TemplateException("not valid YAML: " + e.getMessage());
        }
        return root == null ? NODES.nullNode() : convert(root);
    }

    private static JsonNode convert(Node node) {
        String tag = node.getTag().getValue();
        if (tag.startsWith("!") && !tag.startsWith("!!")) {
            return intrinsic(tag.substring(1), node);
        }
        return plain(node);
    }

    private static JsonNode intrinsic(String name, Node node) {
        ObjectNode function = NODES.objectNode();
        if (name.equals("Ref") || name.equals("Condition")) {
            function.set(name, node instanceof ScalarNode scalar ? NODES.textNode(scalar.getValue()) : plain(node));
        } else if (name.equals("GetAtt") && node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            int dot = value.indexOf('.');
            ArrayNode parts = NODES.arrayNode();
            parts.add(dot < 0 ? value : value.substring(0, dot));
            if (dot >= 0) {
                parts.add(value.substring(dot + 1));
            }
            function.set("Fn::GetAtt", parts);
        } else {
            // A tagged scalar is a string whatever it looks like: !Sub 1 is "1".
            function.set("Fn::" + name, node instanceof ScalarNode scalar ? NODES.textNode(scalar.getValue()) : plain(node));
        }
        return function;
    }

    private static JsonNode plain(Node node) {
        if (node instanceof MappingNode mapping) {
            ObjectNode object = NODES.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                String name = key instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(plain(key));
                object.set(name, convert(tuple.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            for (Node item : sequence.getValue()) {
                array.add(convert(item));
            }
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return NODES.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                String lower = value.toLowerCase(java.util.Locale.ROOT);
                return NODES.booleanNode(lower.equals("true") || lower.equals("yes") || lower.equals("on")
                        || lower.equals("y"));
            }
            if (Tag.INT.equals(tag)) {
                return NODES.numberNode(new BigInteger(value.replace("_", "")));
            }
            if (Tag.FLOAT.equals(tag)) {
                return NODES.numberNode(new BigDecimal(value.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            // 0x1F, .inf, 1:30 (sexagesimal): keep the text
        }
        return NODES.textNode(value);
    }
}
