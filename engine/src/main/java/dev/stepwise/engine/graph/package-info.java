/**
 * The graph of a state machine, without any UI toolkit: nodes and edges ({@link dev.stepwise.engine.graph.GraphModel}),
 * readable captions ({@link dev.stepwise.engine.graph.TaskServices}, {@link dev.stepwise.engine.graph.ChoiceSummary}),
 * the ELK layered layout ({@link dev.stepwise.engine.graph.GraphLayout}) and drawings of it as SVG and PNG.
 *
 * <p>No {@code javafx.*} here (the engine's ArchitectureTest checks it): the command line draws graphs headless, and
 * the designer's canvas builds its JavaFX nodes from the same model. PNG output uses Java2D on a
 * {@code BufferedImage}, which needs no display.
 */
package dev.stepwise.engine.graph;
