package org.newsroom.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The output of a server a test started (PgBouncer, Varnish), read on a thread of its own so that the process never
 * blocks on a full pipe, kept for the message of a failed start, and the line that says it is ready: the signal a test
 * waits for rather than a clock.
 */
final class ProcessOutput {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);

    private ProcessOutput(Process process) {
        this.process = process;
    }

    /** Starts reading {@code process}'s output (stderr redirected into it), watching for a line containing {@code readyLine}. */
    static ProcessOutput follow(Process process, String readyLine, String threadName) {
        ProcessOutput output = new ProcessOutput(process);
        Thread.ofPlatform().daemon().name(threadName).start(() -> output.read(readyLine));
        return output;
    }

    private void read(String readyLine) {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                }
                if (line.contains(readyLine)) {
                    ready.countDown();
                }
            }
        } catch (IOException ignored) {
            // The process ended.
        }
        // Ended without the line: whoever waits learns it at once, not at the cap.
        ready.countDown();
    }

    /** Whether the ready line came within {@code cap} and the process still runs (it did not exit instead). */
    boolean awaitReady(Duration cap) throws InterruptedException {
        return ready.await(cap.toMillis(), TimeUnit.MILLISECONDS) && process.isAlive();
    }

    String text() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }
}
