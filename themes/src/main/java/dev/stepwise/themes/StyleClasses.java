package dev.stepwise.themes;

import javafx.css.PseudoClass;

/** Style class and pseudo-class names used from Java; the CSS under {@code components/} styles them. */
public final class StyleClasses {

    public static final String ACTIVITY_BAR = "sw-activity-bar";
    public static final String ACTIVITY_BUTTON = "sw-activity-button";
    public static final String STATUS_BAR = "sw-status-bar";
    public static final String STATUS_ITEM = "sw-status-item";
    public static final String EXPLORER = "sw-explorer";
    public static final String EDITOR_TABS = "sw-editor-tabs";
    public static final String PROBLEMS = "sw-problems";
    public static final String PANEL_HEADER = "sw-panel-header";
    public static final String PLACEHOLDER = "sw-placeholder";
    public static final String PLACEHOLDER_TITLE = "sw-placeholder-title";
    public static final String JSON_PANE = "sw-json-pane";
    public static final String LINE_NUMBER = "sw-line-number";
    public static final String GUTTER = "sw-gutter";
    public static final String GUTTER_MARKER = "sw-gutter-marker";
    public static final String PROBLEM_ERROR = "sw-problem-error";
    public static final String PROBLEM_WARNING = "sw-problem-warning";
    public static final String SEVERITY_ERROR = "sw-severity-error";
    public static final String SEVERITY_WARNING = "sw-severity-warning";
    public static final String HELP = "sw-help";
    public static final String JSON_KEY = "sw-json-key";
    public static final String JSON_STRING = "sw-json-string";
    public static final String JSON_NUMBER = "sw-json-number";
    public static final String JSON_LITERAL = "sw-json-literal";
    public static final String JSON_PUNCTUATION = "sw-json-punctuation";
    /** A comment in YAML (JSON has none). */
    public static final String CODE_COMMENT = "sw-code-comment";
    public static final String BRACKET_MATCH = "sw-bracket-match";
    public static final String BRACKET_UNMATCHED = "sw-bracket-unmatched";
    public static final String FOLD_TOGGLE = "sw-fold-toggle";
    public static final String DESIGNER = "sw-designer";
    public static final String DESIGNER_TOOLBAR = "sw-designer-toolbar";

    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    public static final PseudoClass FOLDED = PseudoClass.getPseudoClass("folded");

    private StyleClasses() {
    }
}
