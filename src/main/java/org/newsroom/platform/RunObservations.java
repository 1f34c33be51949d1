package org.newsroom.platform;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Wraps each run of scheduled work (the scheduled publisher's, the front scheduler's, whether the {@link DueTimer} or
 * the periodic sweep started it) in an {@link Observation} named {@value #NAME}: a timer in the metrics, and with
 * tracing on the span under which that run's SQL is traced. Requests have Boot's own observation; runs on the
 * scheduler's threads would otherwise be nobody's.
 */
@Component
public class RunObservations {

    /** The observation's name, the metric's and the span's. */
    public static final String NAME = "newsroom.scheduled.run";

    private final ObservationRegistry registry;

    RunObservations(ObjectProvider<ObservationRegistry> registry) {
        this.registry = registry.getIfAvailable(() -> ObservationRegistry.NOOP);
    }

    /** Runs {@code run} as one observed run of {@code task}, e.g. {@code scheduled-publisher}. */
    public void observe(String task, Runnable run) {
        Observation.createNotStarted(NAME, registry)
                .lowCardinalityKeyValue("task", task)
                .observe(run);
    }
}
