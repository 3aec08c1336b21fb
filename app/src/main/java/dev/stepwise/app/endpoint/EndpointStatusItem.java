package dev.stepwise.app.endpoint;

import dev.stepwise.themes.StyleClasses;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The status bar's endpoint item: shows whether the endpoint serves and where; a click switches it on or off. */
public final class EndpointStatusItem extends Button {

    public static final String ID = "status-endpoint";

    private final EndpointSwitch endpoint;

    public EndpointStatusItem(EndpointSwitch endpoint, Supplier<Path> workspace) {
        this.endpoint = endpoint;
        setId(ID);
        getStyleClass().addAll(StyleClasses.STATUS_ITEM, "sw-status-toggle");
        setFocusTraversable(false);
        setOnAction(event -> endpoint.toggle(workspace.get()));
        MenuItem copy = new MenuItem("Copy Endpoint URL");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(endpoint.urlProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        copy.disableProperty().bind(endpoint.urlProperty().isEmpty());
        setContextMenu(new ContextMenu(copy));
        endpoint.stateProperty().addListener((obs, old, now) -> show());
        endpoint.problemProperty().addListener((obs, old, now) -> show());
        show();
    }

    private void show() {
        String problem = endpoint.problemProperty().get();
        pseudoClassStateChanged(StyleClasses.ERROR, !problem.isEmpty());
        switch (endpoint.stateProperty().get()) {
            case OFF -> {
                setText(problem.isEmpty() ? "Endpoint off" : "Endpoint off: " + problem);
                setTooltip(new Tooltip("Click to serve this workspace's user pools and state machines to AWS SDKs "
                        + "and the AWS CLI on this machine"));
            }
            case STARTING -> setText("Endpoint starting…");
            case ON -> {
                setText("Endpoint " + endpoint.urlProperty().get());
                setTooltip(new Tooltip("Cognito and Step Functions for AWS SDKs on " + endpoint.urlProperty().get()
                        + " (--endpoint-url). Click to stop; right-click to copy the URL."));
            }
            case STOPPING -> setText("Endpoint stopping…");
        }
    }
}
