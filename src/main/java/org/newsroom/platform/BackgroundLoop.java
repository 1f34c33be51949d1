package org.newsroom.platform;

import org.springframework.context.SmartLifecycle;

/**
 * A loop on a daemon thread of its own, started and stopped with the application: what listens to the database or
 * sends the queued CDN purges. The loop runs while {@link #isRunning()}; stopping also interrupts the thread, so that a
 * loop waiting on a socket, a semaphore or a sleep ends at once.
 */
public abstract class BackgroundLoop implements SmartLifecycle {

    private final String threadName;
    private volatile boolean running;
    private Thread thread;

    protected BackgroundLoop(String threadName) {
        this.threadName = threadName;
    }

    /** The work, on the loop's thread: it returns once {@link #isRunning()} is false or the thread is interrupted. */
    protected abstract void loop();

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name(threadName).start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
