package dev.stepwise.app;

import dev.stepwise.app.compose.Services;
import dev.stepwise.app.shell.MainWindowView;
import dev.stepwise.app.shell.MainWindowViewModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The desktop application: one main window. An optional argument names the workspace folder. */
public class WorkbenchApplication extends Application {

    /** Starts the GUI; returns when the last window closes. The first non-option argument is a folder. */
    public static void launchApp(String[] args) {
        Application.launch(WorkbenchApplication.class, args);
    }

    /** How long after the window shows the designer's warm-up starts: the window's first frames come first. */
    static final Duration WARM_UP_DELAY = Duration.millis(400);

    @Override
    public void start(Stage stage) {
        MainWindowView window = openMainWindow(stage, Services.production(), getParameters().getRaw());
        window.show();
        warmUpAfter(window, WARM_UP_DELAY);
    }

    /**
     * Starts the designer's warm-up in the window once {@code delay} has passed; the result completes when it is over
     * (a failure is the window's to log).
     */
    static CompletableFuture<Void> warmUpAfter(MainWindowView window, Duration delay) {
        CompletableFuture<Void> over = new CompletableFuture<>();
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(event -> window.warmUpDesigner().whenComplete((done, failure) -> over.complete(null)));
        pause.play();
        return over;
    }

    /** Builds the main window on {@code stage} with the given services and opens what {@code args} ask for. */
    public static MainWindowView openMainWindow(Stage stage, Services services, List<String> args) {
        MainWindowViewModel viewModel = services.mainWindowViewModel();
        MainWindowView view = new MainWindowView(stage, viewModel, services.themeService(),
                services.fileCommands(viewModel), services.endpointSwitch());
        viewModel.start(args);
        view.offerRecovery();
        return view;
    }
}
