package dev.stepwise.app.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code stepwise <version>}, the version taken from the jar manifest's Implementation-Version. */
public final class StepwiseVersion implements IVersionProvider {

    /** Used when running from classes rather than from the packaged jar, e.g. in tests or an IDE. */
    static final String UNKNOWN = "dev";

    @Override
    public String[] getVersion() {
        return new String[] {"stepwise " + version()};
    }

    /** The packaged version, or {@value #UNKNOWN} when there is no manifest to read it from. */
    public static String version() {
        String version = StepwiseVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? UNKNOWN : version;
    }
}
