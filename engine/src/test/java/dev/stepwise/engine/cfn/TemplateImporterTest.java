package dev.stepwise.engine.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateImporterTest {

    @TempDir
    Path dir;

    private TemplateImporter.Imported importOnly(String name, String template) throws Exception {
        Path file = Files.writeString(dir.resolve(name), template);
        List<TemplateImporter.Found> found = TemplateImporter.find(file);
        assertThat(found).hasSize(1);
        return TemplateImporter.importDefinition(found.get(0));
    }

    private static JsonNode json(String text) throws Exception {
        return JsonReader.readJson(text).root();
    }

    @Test
    void readsShortFormTagsAsTheirLongForm() throws Exception {
        JsonNode root = CloudFormationYaml.read("""
                A: !Ref Bucket
                B: !GetAtt Fn.Arn
                C: !Sub 'arn:${AWS::Partition}:s3:::x'
                D: !Join [",", [a, !Ref B]]
                E: !Sub
                  - "${X}-1"
                  - X: !Ref AWS::Region
                F: 3
                G: true
                H: "3"
                """);

        assertThat(JsonPrinter.compact(root)).isEqualTo(JsonPrinter.compact(json("""
                {"A": {"Ref": "Bucket"}, "B": {"Fn::GetAtt": ["Fn", "Arn"]},
                 "C": {"Fn::Sub": "arn:${AWS::Partition}:s3:::x"},
                 "D": {"Fn::Join": [",", ["a", {"Ref": "B"}]]},
                 "E": {"Fn::Sub": ["${X}-1", {"X": {"Ref": "AWS::Region"}}]},
                 "F": 3, "G": true, "H": "3"}
                """)));
    }

    @Test
    void definitionStringAsFnSubResolvesPseudoParametersAndKeepsTheRestWithAWarning() throws Exception {
        TemplateImporter.Imported imported = importOnly("template.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      RoleArn: !GetAtt Role.Arn
                      DefinitionString: !Sub |
                        {"StartAt": "Call", "States": {"Call": {"Type": "Task",
                          "Resource": "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}",
                          "End": true}}}
                """);

        assertThat(json(imported.text()).at("/States/Call/Resource").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:${Fn}");
        assertThat(imported.warnings()).containsExactly("${Fn} cannot be resolved locally; kept as is");
        assertThat(imported.text()).startsWith("{\n  \"StartAt\": \"Call\",");
        assertThat(imported.format()).isEqualTo(JsonFormat.JSON);
    }

    @Test
    void fnSubWithVariablesUsesThemAndParameterDefaults() throws Exception {
        TemplateImporter.Imported imported = importOnly("t.json", """
                {"Parameters": {"Stage": {"Type": "String", "Default": "dev"}},
                 "Resources": {"Flow": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {
                   "DefinitionString": {"Fn::Sub": ["{\\"Comment\\": \\"${Stage}-${Name}-${!Literal}\\", \\"StartAt\\": \\"P\\", \\"States\\": {\\"P\\": {\\"Type\\": \\"Pass\\", \\"End\\": true}}}",
                                                     {"Name": "orders"}]}}}}}
                """);

        assertThat(json(imported.text()).path("Comment").asText()).isEqualTo("dev-orders-${Literal}");
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void cdkSynthOutputJoinsTheDefinitionAndFindsTemplatesInCdkOut() throws Exception {
        Path cdkOut = Files.createDirectory(dir.resolve("cdk.out"));
        Files.writeString(cdkOut.resolve("manifest.json"), "{}");
        Files.writeString(cdkOut.resolve("OrderStack.template.json"), """
                {"Resources": {
                  "OrderFnA1B2": {"Type": "AWS::Lambda::Function", "Properties": {}},
                  "OrderFlowC3D4": {"Type": "AWS::StepFunctions::StateMachine",
                    "Properties": {"DefinitionString": {"Fn::Join": ["", [
                      "{\\"StartAt\\":\\"Charge\\",\\"States\\":{\\"Charge\\":{\\"End\\":true,\\"Type\\":\\"Task\\",\\"Resource\\":\\"arn:",
                      {"Ref": "AWS::Partition"},
                      ":states:::lambda:invoke\\",\\"Parameters\\":{\\"FunctionName\\":\\"",
                      {"Fn::GetAtt": ["OrderFnA1B2", "Arn"]},
                      "\\",\\"Payload.$\\":\\"$\\"}}}}"]]}},
                    "Metadata": {"aws:cdk:path": "OrderStack/OrderFlow/Resource"}}}}
                """);

        List<TemplateImporter.Found> found = TemplateImporter.find(cdkOut);
        TemplateImporter.Imported imported = TemplateImporter.importDefinition(found.get(0));

        assertThat(found).extracting(TemplateImporter.Found::logicalId).containsExactly("OrderFlowC3D4");
        assertThat(TemplateImporter.select(found, "OrderStack/OrderFlow")).isPresent();
        JsonNode definition = json(imported.text());
        assertThat(definition.at("/States/Charge/Resource").asText()).isEqualTo("arn:aws:states:::lambda:invoke");
        assertThat(definition.at("/States/Charge/Parameters/FunctionName").asText()).isEqualTo("${OrderFnA1B2.Arn}");
        assertThat(imported.warnings()).containsExactly(
                "Fn::GetAtt OrderFnA1B2.Arn cannot be resolved locally; kept as ${OrderFnA1B2.Arn}");
    }

    @Test
    void samDefinitionObjectWithIntrinsicsAndSubstitutions() throws Exception {
        TemplateImporter.Imported imported = importOnly("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Flow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionSubstitutions:
                        TableName: !Ref OrdersTable
                        Topic: alerts
                      Definition:
                        StartAt: Save
                        States:
                          Save:
                            Type: Task
                            Resource: !Sub arn:${AWS::Partition}:states:::dynamodb:putItem
                            Parameters:
                              TableName: ${TableName}
                              Tag: ${Topic}
                            End: true
                """);

        JsonNode definition = json(imported.text());
        assertThat(definition.at("/States/Save/Resource").asText()).isEqualTo("arn:aws:states:::dynamodb:putItem");
        assertThat(definition.at("/States/Save/Parameters/TableName").asText()).isEqualTo("${OrdersTable}");
        assertThat(definition.at("/States/Save/Parameters/Tag").asText()).isEqualTo("alerts");
        assertThat(imported.warnings()).containsExactly("Ref OrdersTable cannot be resolved locally; kept as ${OrdersTable}");
    }

    @Test
    void definitionUriIsReadBesideTheTemplateAsWritten() throws Exception {
        Files.createDirectory(dir.resolve("statemachine"));
        String asl = "StartAt: P\nStates:\n  P: {Type: Pass, Result: ${Greeting}, End: true}\n";
        Files.writeString(dir.resolve("statemachine/flow.asl.yaml"), asl);

        TemplateImporter.Imported imported = importOnly("template.yml", """
                Resources:
                  Flow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: statemachine/flow.asl.yaml
                      DefinitionSubstitutions: {Greeting: hello}
                """);

        assertThat(imported.text()).isEqualTo(asl.replace("${Greeting}", "hello"));
        assertThat(imported.format()).isEqualTo(JsonFormat.YAML);
    }

    @Test
    void saysWhyADefinitionCannotBeHad() throws Exception {
        Path s3 = Files.writeString(dir.resolve("s3.yaml"), """
                Resources:
                  Flow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: {Bucket: b, Key: k.json}
                """);
        Path none = Files.writeString(dir.resolve("none.yaml"), "Resources:\n  Flow:\n    Type: AWS::Serverless::StateMachine\n");
        Path notTemplate = Files.writeString(dir.resolve("x.yaml"), "a: [1, 2\n");

        assertThat(assertThrows(TemplateException.class,
                () -> TemplateImporter.importDefinition(TemplateImporter.find(s3).get(0))).getMessage())
                .contains("s3://b/k.json");
        assertThat(assertThrows(TemplateException.class,
                () -> TemplateImporter.importDefinition(TemplateImporter.find(none).get(0))).getMessage())
                .isEqualTo("Flow has no Definition, DefinitionString or DefinitionUri");
        assertThat(assertThrows(TemplateException.class, () -> TemplateImporter.find(notTemplate)).getMessage())
                .startsWith("x.yaml is not valid YAML (line");
    }
}
