package dev.stepwise.engine.userpool.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Passwords known from public breaches and lists of the most common ones (the bundled
 * {@code common-passwords.txt}; its source and licence are in {@code common-passwords.NOTICE.md} beside it). What
 * threat protection checks new passwords against. The list is read once, on first use.
 */
public final class CompromisedPasswords {

    static final String RESOURCE = "common-passwords.txt";

    private CompromisedPasswords() {
    }

    /** Whether this exact password (case-sensitive) is on the list. */
    public static boolean contains(String password) {
        return Holder.PASSWORDS.contains(password);
    }

    /** How many passwords the list holds. */
    public static int size() {
        return Holder.PASSWORDS.size();
    }

    /** Loaded when first asked for (the initialization-on-demand holder idiom). */
    private static final class Holder {
        static final Set<String> PASSWORDS = load();
    }

    private static Set<String> load() {
        InputStream in = CompromisedPasswords.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the compromised-password list " + RESOURCE
                    + " is missing from the class path");
        }
        Set<String> passwords = new HashSet<>(200_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    passwords.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compromised-password list " + RESOURCE, e);
        }
        return Set.copyOf(passwords);
    }
}
