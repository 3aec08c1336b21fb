package dev.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final String TWO_MACHINES = """
            Resources:
              First:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  Definition:
                    StartAt: P
                    States: {P: {Type: Pass, End: true}}
              Second:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Definition:
                    StartAt: Q
                    States: {Q: {Type: Succeed}}
            """;

    @TempDir
    Path dir;

    @Test
    void listsTheStateMachinesWhenThereAreSeveralAndNoResourceIsNamed() throws Exception {
        Path template = Files.writeString(dir.resolve("template.yaml"), TWO_MACHINES);

        CliRun run = CliRun.of("import", template.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "stepwise: " + template + " has 2 state machines; choose one with --resource:",
                "  First (AWS::StepFunctions::StateMachine) in template.yaml",
                "  Second (AWS::Serverless::StateMachine) in template.yaml");
    }

    @Test
    void writesTheNamedDefinitionToStandardOutputOrAFile() throws Exception {
        Path template = Files.writeString(dir.resolve("template.yaml"), TWO_MACHINES);

        CliRun toStdout = CliRun.of("import", template.toString(), "--resource", "Second");
        Path out = dir.resolve("first.asl.json");
        CliRun toFile = CliRun.of("import", template.toString(), "-r", "First", "--out", out.toString());

        assertThat(toStdout.exitCode()).isEqualTo(0);
        assertThat(toStdout.out()).isEqualTo("""
                {
                  "StartAt": "Q",
                  "States": {
                    "Q": {
                      "Type": "Succeed"
                    }
                  }
                }
                """);
        assertThat(toFile.exitCode()).isEqualTo(0);
        assertThat(toFile.out()).isEqualTo("Wrote First to " + out + System.lineSeparator());
        assertThat(Files.readString(out)).contains("\"StartAt\": \"P\"");
        assertThat(CliRun.of("validate", out.toString()).exitCode()).isEqualTo(0);
    }

    @Test
    void warnsAboutWhatItCouldNotResolveAndStillSucceeds() throws Exception {
        Path template = Files.writeString(dir.resolve("t.yaml"), """
                Resources:
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionString: !Sub '{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "${Fn.Arn}", "End": true}}}'
                """);

        CliRun run = CliRun.of("import", template.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).contains("stepwise: warning: ${Fn.Arn} cannot be resolved locally; kept as is");
        assertThat(run.out()).contains("\"Resource\": \"${Fn.Arn}\"");
    }

    @Test
    void failsClearlyOnAMissingTemplateAnUnknownResourceOrNoStateMachine() throws Exception {
        Path template = Files.writeString(dir.resolve("template.yaml"), TWO_MACHINES);
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "Resources:\n  B: {Type: AWS::S3::Bucket}\n");

        CliRun missing = CliRun.of("import", dir.resolve("nope.yaml").toString());
        CliRun unknown = CliRun.of("import", template.toString(), "--resource", "Third");
        CliRun none = CliRun.of("import", empty.toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read").contains("no such file");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("is named Third").contains("  First (");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("has no state machine");
    }
}
