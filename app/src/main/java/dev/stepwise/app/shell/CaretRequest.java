package dev.stepwise.app.shell;

import dev.stepwise.app.workspace.OpenFile;

/**
 * A request from the view model to show a place in an open file.
 *
 * @param sequence makes two requests for the same place distinct, so each one is acted on
 */
public record CaretRequest(OpenFile file, int line, int column, long sequence) {
}
