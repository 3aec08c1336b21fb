package dev.stepwise.app.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkbenchPreferencesTest {

    private final InMemoryPreferencesStore store = new InMemoryPreferencesStore();
    private final WorkbenchPreferences preferences = new WorkbenchPreferences(store);

    @Test
    void roundTripsWindowGeometry() {
        WindowGeometry geometry = new WindowGeometry(10, 20, 900, 700, true);

        preferences.setWindowGeometry(geometry);

        assertThat(new WorkbenchPreferences(store).windowGeometry()).isEqualTo(geometry);
    }

    @Test
    void fallsBackToDefaultGeometryWhenNothingOrGarbageIsStored() {
        assertThat(preferences.windowGeometry()).isEqualTo(WindowGeometry.DEFAULT);

        store.put(WorkbenchPreferences.WINDOW_WIDTH, "wide");
        store.put(WorkbenchPreferences.WINDOW_HEIGHT, "600");
        assertThat(preferences.windowGeometry()).isEqualTo(WindowGeometry.DEFAULT);

        store.put(WorkbenchPreferences.WINDOW_WIDTH, "-5");
        assertThat(preferences.windowGeometry()).isEqualTo(WindowGeometry.DEFAULT);
    }

    @Test
    void remembersThemeWorkspaceAndProblemsPanel() {
        preferences.setThemeName("Dark");
        preferences.setLastWorkspace(Path.of("/tmp/flows"));
        preferences.setProblemsVisible(false);

        WorkbenchPreferences reread = new WorkbenchPreferences(store);
        assertThat(reread.themeName()).contains("Dark");
        assertThat(reread.lastWorkspace()).contains(Path.of("/tmp/flows").toAbsolutePath());
        assertThat(reread.problemsVisible()).isFalse();
    }
}
