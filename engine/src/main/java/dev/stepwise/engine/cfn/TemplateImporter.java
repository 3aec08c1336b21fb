package dev.stepwise.engine.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the state machines of a CloudFormation or SAM template, or of a CDK synth output, and gets their ASL
 * definitions out: {@code AWS::StepFunctions::StateMachine} ({@code Definition}, {@code DefinitionString} as a string,
 * {@code Fn::Sub} or {@code Fn::Join}, {@code DefinitionUri} as a local path in SAM's spelling) and
 * {@code AWS::Serverless::StateMachine} ({@code Definition}, {@code DefinitionUri}), with
 * {@code DefinitionSubstitutions} applied.
 */
public final class TemplateImporter {

    public static final String STEP_FUNCTIONS_TYPE = "AWS::StepFunctions::StateMachine";
    public static final String SERVERLESS_TYPE = "AWS::Serverless::StateMachine";

    /** A parsed template. */
    public record Template(Path file, JsonNode root) {
    }

    /** One state-machine resource of a template. */
    public record Found(Template template, String logicalId, String type, JsonNode properties, String cdkPath) {

        /** {@code OrderFlow (AWS::StepFunctions::StateMachine) in stack.template.json}. */
        public String describe() {
            return logicalId + " (" + type + ")" + (cdkPath == null ? "" : " [" + cdkPath + "]") + " in "
                    + template.file().getFileName();
        }

        /** Whether {@code --resource NAME} names this one: its logical id, its CDK path, or FILE/ID. */
        public boolean isNamed(String name) {
            return logicalId.equals(name) || name.equals(cdkPath)
                    || (cdkPath != null && cdkPath.endsWith("/Resource") && name.equals(cdkPath.substring(0,
                            cdkPath.length() - "/Resource".length())))
                    || name.equals(template.file().getFileName() + "/" + logicalId);
        }
    }

    /** A definition got out of a template: its text, how it is written, and what could not be resolved. */
    public record Imported(Found source, String text, JsonFormat format, List<String> warnings) {
        public Imported {
            warnings = List.copyOf(warnings);
        }
    }

    private TemplateImporter() {
    }

    /** The state machines of a template file, or of every {@code *.template.json} of a {@code cdk.out} folder. */
    public static List<Found> find(Path templateOrFolder) throws IOException, TemplateException {
        List<Found> found = new ArrayList<>();
        for (Path file : templateFiles(templateOrFolder)) {
            found.addAll(find(read(file)));
        }
        return found;
    }

    /** The state machines of a parsed template, in template order. */
    public static List<Found> find(Template template) {
        List<Found> found = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> resources = template.root().path("Resources").fields();
        while (resources.hasNext()) {
            Map.Entry<String, JsonNode> resource = resources.next();
            String type = resource.getValue().path("Type").asText("");
            if (type.equals(STEP_FUNCTIONS_TYPE) || type.equals(SERVERLESS_TYPE)) {
                JsonNode cdkPath = resource.getValue().path("Metadata").get("aws:cdk:path");
                found.add(new Found(template, resource.getKey(), type, resource.getValue().path("Properties"),
                        cdkPath == null ? null : cdkPath.asText()));
            }
        }
        return found;
    }

    /** The one state machine {@code name} names, if exactly one does. */
    public static Optional<Found> select(List<Found> found, String name) {
        List<Found> named = found.stream().filter(f -> f.isNamed(name)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Reads a template: JSON when it looks like JSON, otherwise CloudFormation YAML. */
    public static Template read(Path file) throws IOException, TemplateException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode root;
        if (text.stripLeading().startsWith("{")) {
            try {
                root = JsonReader.readJson(text).root();
            } catch (JsonSyntaxException e) {
                throw new TemplateException(file.getFileName() + " is not valid JSON (line " + e.location().line()
                        + ", column " + e.location().column() + "): " + e.problem());
            }
        } else {
            try {
                root = CloudFormationYaml.read(text);
            } catch (TemplateException e) {
                throw new TemplateException(file.getFileName() + " is " + e.getMessage());
            }
        }
        if (!root.isObject() || !root.path("Resources").isObject()) {
            throw new TemplateException(file.getFileName() + " is not a CloudFormation template: it has no Resources");
        }
        return new Template(file, root);
    }

    /** Gets a state machine's definition out of its template. */
    public static Imported importDefinition(Found found) throws IOException, TemplateException {
        Intrinsics intrinsics = new Intrinsics(found.template().root());
        JsonNode properties = found.properties();
        Map<String, String> substitutions = new LinkedHashMap<>();
        properties.path("DefinitionSubstitutions").fields().forEachRemaining(
                entry -> substitutions.put(entry.getKey(), intrinsics.string(entry.getValue())));

        JsonNode definition = properties.get("Definition");
        JsonNode definitionString = properties.get("DefinitionString");
        JsonNode definitionUri = properties.get("DefinitionUri");
        String text;
        JsonFormat format = JsonFormat.JSON;
        if (definition != null && definition.isObject()) {
            JsonNode tree = intrinsics.resolveTree(definition.deepCopy());
            if (!substitutions.isEmpty()) {
                tree = intrinsics.substituteTree(tree, substitutions);
            }
            text = JsonPrinter.pretty(tree);
        } else if (definitionString != null) {
            String raw = intrinsics.string(definitionString);
            text = substitutions.isEmpty() ? raw : intrinsics.substitute(raw, substitutions);
            text = prettyIfJson(text, intrinsics);
        } else if (definitionUri != null && definitionUri.isTextual()) {
            Path file = localFile(found, definitionUri.textValue());
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            format = JsonFormat.ofFile(file);
            text = substitutions.isEmpty() ? raw : intrinsics.substitute(raw, substitutions);
        } else if (definitionUri != null || properties.has("DefinitionS3Location")) {
            JsonNode location = definitionUri != null ? definitionUri : properties.get("DefinitionS3Location");
            throw new TemplateException(found.logicalId() + ": the definition is in S3 (s3://"
                    + location.path("Bucket").asText("?") + "/" + location.path("Key").asText("?")
                    + "); download it and import that file, or point DefinitionUri at a local path");
        } else {
            throw new TemplateException(found.logicalId() + " has no Definition, DefinitionString or DefinitionUri");
        }
        return new Imported(found, text, format, intrinsics.warnings());
    }

    private static String prettyIfJson(String text, Intrinsics intrinsics) {
        try {
            return JsonPrinter.pretty(JsonReader.readJson(text).root());
        } catch (JsonSyntaxException e) {
            intrinsics.warn("the definition is not valid JSON (" + e.problem() + "); imported as it is");
            return text;
        }
    }

    private static Path localFile(Found found, String uri) throws TemplateException {
        if (uri.startsWith("s3://") || uri.startsWith("https://")) {
            throw new TemplateException(found.logicalId() + ": DefinitionUri " + uri
                    + " is not a local file; download it and import that file");
        }
        Path folder = found.template().file().toAbsolutePath().getParent();
        Path file = folder.resolve(uri).normalize();
        if (!Files.isRegularFile(file)) {
            throw new TemplateException(found.logicalId() + ": DefinitionUri " + uri + " does not exist (looked for "
                    + file + ")");
        }
        return file;
    }

    private static List<Path> templateFiles(Path target) throws IOException, TemplateException {
        if (!Files.isDirectory(target)) {
            return List.of(target);
        }
        List<Path> files;
        try (Stream<Path> stream = Files.walk(target, 2)) {
            files = stream.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".template.json"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
        if (files.isEmpty()) {
            throw new TemplateException(target + " has no *.template.json files (is it a cdk.out folder?)");
        }
        return files;
    }
}
