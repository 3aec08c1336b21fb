package dev.stepwise.engine.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.engine.userpool.model.User;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace process killed with SIGKILL right after a write returned keeps that write: a child JVM commits users
 * one at a time, reporting each after {@code write} returns, and is killed at once; every reported user must be there.
 */
class CrashSafetyTest {

    /** The child: writes users forever, printing each name once its transaction has returned. */
    public static void main(String[] args) {
        H2Store store = H2Store.openFile(Path.of(args[0]));
        store.write(tx -> {
            tx.insertPool(H2StoreTest.pool());
            return null;
        });
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            String name = "user" + i;
            String sub = new java.util.UUID(0x4000L, 0x8000000000000000L | i).toString();
            store.write(tx -> {
                tx.insertUser(new User.Builder(H2StoreTest.POOL, name, sub, H2StoreTest.T0).build());
                return null;
            });
            System.out.println(name);
            System.out.flush();
        }
    }

    @Test
    void committedWritesSurviveSigkill(@TempDir Path workspace) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashSafetyTest.class.getName(), workspace.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine());
            String line;
            while (reported.size() < 25 && (line = out.readLine()) != null) {
                reported.add(line);
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
            try {
                while ((line = out.readLine()) != null) {
                    reported.add(line);
                }
            } catch (java.io.IOException closedByTheKill) {
                // whatever the child printed before dying and we did not read, it did not report to us
            }
        }

        assertEquals(25, Math.min(25, reported.size()));
        try (H2Store reopened = H2Store.openFile(workspace)) {
            List<String> stored = reopened.read(q -> q.listUsers(H2StoreTest.POOL)).stream()
                    .map(User::username).toList();
            for (String name : reported) {
                assertTrue(stored.contains(name), name + " was reported committed but is gone");
            }
        }
    }
}
