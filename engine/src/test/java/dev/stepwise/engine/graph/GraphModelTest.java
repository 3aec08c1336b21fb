package dev.stepwise.engine.graph;

import dev.stepwise.engine.testsupport.Samples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.json.JsonFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphModelTest {

    @Test
    void hasANodePerStateAndLabelledEdges() throws Exception {
        GraphModel graph = GraphModel.of(AslParser.parse(Samples.ORDER, JsonFormat.JSON));

        assertThat(graph.nodes()).extracting(GraphModel.Node::name).containsExactly("Check", "Charge", "Failed", "Done");
        assertThat(graph.edges()).containsExactly(
                new GraphModel.Edge("Check", "Charge", GraphModel.EdgeKind.CHOICE, "$.amount > 100.50"),
                new GraphModel.Edge("Check", "Done", GraphModel.EdgeKind.DEFAULT, "Default"),
                new GraphModel.Edge("Charge", "Done", GraphModel.EdgeKind.NEXT, ""),
                new GraphModel.Edge("Charge", "Failed", GraphModel.EdgeKind.CATCH, "States.ALL"));
        assertThat(graph.nodes().get(1).caption()).isEqualTo("Lambda · Invoke");
        assertThat(graph.nodes().get(1).retries()).isEqualTo(1);
        assertThat(graph.nodes()).extracting(GraphModel.Node::end).containsExactly(false, false, true, true);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            arn:aws:states:::lambda:invoke                               | Lambda · Invoke
            arn:aws:lambda:us-east-1:123456789012:function:Charge:live    | Lambda · Charge
            arn:aws:states:::dynamodb:putItem                            | DynamoDB · PutItem
            arn:aws:states:::sns:publish                                 | SNS · Publish
            arn:aws:states:::sqs:sendMessage.waitForTaskToken            | SQS · SendMessage (wait for token)
            arn:aws:states:::states:startExecution.sync:2                | Step Functions · StartExecution (sync)
            arn:aws:states:::http:invoke                                 | HTTP · Invoke
            arn:aws:states:::aws-sdk:s3:getObject                        | S3 SDK · GetObject
            arn:aws:states:us-east-1:123456789012:activity:approve       | Activity · approve
            not-an-arn                                                   | Task
            """)
    void namesTheServiceOfATask(String resource, String caption) {
        assertThat(TaskServices.describe(resource)).isEqualTo(caption);
    }
}
