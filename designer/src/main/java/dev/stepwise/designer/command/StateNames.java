package dev.stepwise.designer.command;

import java.util.Collection;

/** New state names that do not collide: "Task", "Task 2", "Task 3", ... */
public final class StateNames {

    private StateNames() {
    }

    public static String unique(String base, Collection<String> taken) {
        String stem = base.strip().isEmpty() ? "State" : base.strip();
        if (!taken.contains(stem)) {
            return stem;
        }
        // "Task 2" copied again becomes "Task 3", not "Task 2 2".
        String root = stem.replaceFirst(" \\d+$", "");
        for (int i = 2; ; i++) {
            String candidate = root + " " + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
