package dev.stepwise.engine.interp.choice;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code StringMatches} pattern: {@code *} matches any run of characters (also none); {@code \*} is a literal star
 * and {@code \\} a literal backslash. No other character is special; a backslash before any other character stands
 * for itself.
 */
final class WildcardPattern {

    /** The literal text between stars; a pattern with n stars has n + 1 parts (some may be empty). */
    private final String[] parts;

    private WildcardPattern(String[] parts) {
        this.parts = parts;
    }

    static WildcardPattern compile(String pattern) {
        List<String> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()
                    && (pattern.charAt(i + 1) == '*' || pattern.charAt(i + 1) == '\\')) {
                literal.append(pattern.charAt(++i));
            } else if (c == '*') {
                parts.add(literal.toString());
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        parts.add(literal.toString());
        return new WildcardPattern(parts.toArray(new String[0]));
    }

    boolean matches(String text) {
        int last = parts.length - 1;
        if (last == 0) {
            return text.equals(parts[0]);
        }
        String prefix = parts[0];
        String suffix = parts[last];
        if (text.length() < prefix.length() + suffix.length() || !text.startsWith(prefix) || !text.endsWith(suffix)) {
            return false;
        }
        int from = prefix.length();
        int end = text.length() - suffix.length();
        for (int i = 1; i < last; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                continue;
            }
            int at = text.indexOf(part, from);
            if (at < 0 || at + part.length() > end) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }
}
