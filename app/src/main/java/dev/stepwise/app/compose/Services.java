package dev.stepwise.app.compose;

import dev.stepwise.app.prefs.JavaPreferencesStore;
import dev.stepwise.app.prefs.PreferencesStore;
import dev.stepwise.app.prefs.WorkbenchPreferences;
import dev.stepwise.app.shell.MainWindowViewModel;
import dev.stepwise.app.workspace.FileLoader;
import dev.stepwise.app.workspace.WorkspaceScanner;
import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.themes.ThemeService;

/**
 * The composition root: builds every service once, by hand, with constructor injection.
 * Tests pass an in-memory {@link PreferencesStore}; nothing else differs.
 */
public final class Services {

    private final WorkbenchPreferences preferences;
    private final ThemeService themeService = new ThemeService();
    private final WorkspaceScanner scanner = new WorkspaceScanner();
    private final FileLoader fileLoader = new FileLoader(new AslValidator());

    public Services(PreferencesStore store) {
        this.preferences = new WorkbenchPreferences(store);
    }

    /** The services of a real start: preferences in the user's java.util.prefs node. */
    public static Services production() {
        return new Services(new JavaPreferencesStore());
    }

    public WorkbenchPreferences preferences() {
        return preferences;
    }

    public ThemeService themeService() {
        return themeService;
    }

    public MainWindowViewModel mainWindowViewModel() {
        return new MainWindowViewModel(scanner, fileLoader, preferences);
    }
}
