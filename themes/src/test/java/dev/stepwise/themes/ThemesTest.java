package dev.stepwise.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ThemesTest {

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}\\b");

    @Test
    void offersLightAndDarkByName() {
        assertThat(Themes.byName("dark")).contains(DarkTheme.get());
        assertThat(Themes.byName("Light")).contains(LightTheme.get());
        assertThat(Themes.byName("Solarized")).isEmpty();
        assertThat(DarkTheme.get().dark()).isTrue();
        assertThat(LightTheme.get().dark()).isFalse();
    }

    @Test
    void everyStylesheetExists() throws IOException {
        for (Theme theme : Themes.all()) {
            assertThat(theme.userAgentStylesheet()).contains("primer-");
            for (String sheet : theme.stylesheets()) {
                try (InputStream in = new URL(sheet).openStream()) {
                    assertThat(in.readAllBytes()).isNotEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"components/shell.css", "components/code.css", "components/problems.css",
            "components/canvas.css", "components/debugger.css"})
    void componentsUseTokensOnly(String component) throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(component)) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(HEX_COLOUR.matcher(css).find()).as("hex colour in %s", component).isFalse();
        }
    }
}
