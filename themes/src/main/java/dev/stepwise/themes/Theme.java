package dev.stepwise.themes;

import java.util.List;
import java.util.Objects;

/**
 * A look for the whole application: a user-agent stylesheet (AtlantaFX) plus our own stylesheets.
 * A plain value: it knows URLs, not scenes; {@link ThemeService} applies it.
 *
 * @param name                 stable name, also what preferences store ("Light", "Dark")
 * @param userAgentStylesheet  URL of the AtlantaFX base theme
 * @param stylesheets          URLs of our own stylesheets, in order: tokens, components, the entry file
 * @param dark                 whether this is a dark theme
 */
public record Theme(String name, String userAgentStylesheet, List<String> stylesheets, boolean dark) {

    public Theme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(userAgentStylesheet, "userAgentStylesheet");
        stylesheets = List.copyOf(stylesheets);
    }

    /** The stylesheets every theme shares (token defaults and components), before its entry file. */
    static List<String> withCommon(String entryFile) {
        return List.of(
                resource("settings/colors.css"),
                resource("components/shell.css"),
                resource("components/code.css"),
                resource("components/problems.css"),
                resource("components/canvas.css"),
                resource("components/debugger.css"),
                resource(entryFile));
    }

    static String resource(String name) {
        var url = Theme.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing theme resource " + name);
        }
        return url.toExternalForm();
    }
}
