package dev.stepwise.designer.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An example state machine to start from (File > New from Template…), shipped as resources beside this class:
 * {@code <id>.asl.json}, the mocks it runs with ({@code <id>.mocks.json}, Step Functions Local's MockConfigFile
 * format, test case {@value #HAPPY_PATH} succeeds) and a sample input ({@code <id>.input.json}).
 *
 * @param runnable whether the local interpreter can run it with its mocks (a Distributed Map reading S3 cannot)
 */
public record WorkflowTemplate(String id, String title, String description, boolean runnable) {

    /** The test case of every template's mock file that ends SUCCEEDED. */
    public static final String HAPPY_PATH = "HappyPath";

    public WorkflowTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }

    /** The definition, exactly as shipped. */
    public String definition() {
        return resource(id + ".asl.json");
    }

    /** The mock file: its state machine is named {@link #id()}. */
    public String mocks() {
        return resource(id + ".mocks.json");
    }

    /** A sample execution input that the happy path succeeds with. */
    public String sampleInput() {
        return resource(id + ".input.json");
    }

    /** The file name the template suggests for a new file. */
    public String fileName() {
        return id + ".asl.json";
    }

    private String resource(String name) {
        try (InputStream in = WorkflowTemplate.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing template resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return title;
    }
}
