package org.newsroom.article;

import java.time.Duration;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Starts the {@link ScheduledPublisher} every {@code newsroom.scheduler.interval}, and once at start-up, unless
 * {@code newsroom.scheduler.enabled} is off. Registered here rather than with {@code @Scheduled}, which can neither be
 * switched off by a setting nor take a {@code Duration} from the validated settings without naming their bean.
 */
@Component
class ScheduledPublisherTimer implements SchedulingConfigurer {

    private final ScheduledPublisher publisher;
    private final NewsroomProperties.Scheduler settings;

    ScheduledPublisherTimer(ScheduledPublisher publisher, NewsroomProperties properties) {
        this.publisher = publisher;
        this.settings = properties.scheduler();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        schedule(registrar, publisher::run, settings);
    }

    static void schedule(ScheduledTaskRegistrar registrar, Runnable run, NewsroomProperties.Scheduler settings) {
        if (settings.enabled()) {
            registrar.addFixedDelayTask(new FixedDelayTask(new Run(run), settings.interval(), Duration.ZERO));
        }
    }

    /** The publisher's run, named as a {@code @Scheduled} method would be in the actuator's list of tasks. */
    record Run(Runnable publisher) implements Runnable {

        static final String NAME = ScheduledPublisher.class.getName() + ".run";

        @Override
        public void run() {
            publisher.run();
        }

        @Override
        public String toString() {
            return NAME;
        }
    }
}
