package dev.stepwise.app.compose;

import dev.stepwise.app.endpoint.EndpointSwitch;
import dev.stepwise.app.prefs.JavaPreferencesStore;
import dev.stepwise.app.prefs.RecentFiles;
import dev.stepwise.app.shell.FileCommands;
import dev.stepwise.app.workspace.RecoveryJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.stepwise.app.prefs.PreferencesStore;
import dev.stepwise.app.prefs.WorkbenchPreferences;
import dev.stepwise.app.shell.MainWindowViewModel;
import dev.stepwise.app.workspace.FileLoader;
import dev.stepwise.app.workspace.WorkspaceScanner;
import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.http.WorkspaceEndpoint;
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
    private final PreferencesStore store;
    private final Path recoveryFolder;
    private final WorkspaceEndpoint.Settings endpointSettings;

    /**
     * Services for tests: preferences in {@code store}, crash recovery in a fresh temporary folder, the endpoint on a
     * free port.
     */
    public Services(PreferencesStore store) {
        this(store, temporaryRecoveryFolder(), WorkspaceEndpoint.Settings.defaults().withPort(0));
    }

    public Services(PreferencesStore store, Path recoveryFolder, WorkspaceEndpoint.Settings endpointSettings) {
        this.store = store;
        this.preferences = new WorkbenchPreferences(store);
        this.recoveryFolder = recoveryFolder;
        this.endpointSettings = endpointSettings;
    }

    /**
     * The services of a real start: preferences in the user's java.util.prefs node, recovery in their config folder,
     * the endpoint on {@code stepwise serve}'s default address.
     */
    public static Services production() {
        return new Services(new JavaPreferencesStore(), RecoveryJournal.defaultFolder(),
                WorkspaceEndpoint.Settings.defaults());
    }

    private static Path temporaryRecoveryFolder() {
        try {
            return Files.createTempDirectory("stepwise-recovery");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The File menu's commands for a main window. */
    public FileCommands fileCommands(MainWindowViewModel main) {
        return new FileCommands(main, new RecentFiles(store), new RecoveryJournal(recoveryFolder));
    }

    /** The status bar's switch for the local AWS endpoint; a request that failed on our side is logged. */
    public EndpointSwitch endpointSwitch() {
        System.Logger log = System.getLogger("dev.stepwise.endpoint");
        return EndpointSwitch.on(endpointSettings,
                failure -> log.log(System.Logger.Level.ERROR, "A request to the local endpoint failed", failure));
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
