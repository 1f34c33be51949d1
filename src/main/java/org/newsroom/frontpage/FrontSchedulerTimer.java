package org.newsroom.frontpage;

import java.time.Duration;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Starts the {@link FrontScheduler} at the same interval as the scheduled stories' publisher
 * ({@code newsroom.scheduler.interval}), and once at start-up, unless {@code newsroom.scheduler.enabled} is off.
 */
@Component
class FrontSchedulerTimer implements SchedulingConfigurer {

    private final FrontScheduler scheduler;
    private final NewsroomProperties.Scheduler settings;

    FrontSchedulerTimer(FrontScheduler scheduler, NewsroomProperties properties) {
        this.scheduler = scheduler;
        this.settings = properties.scheduler();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.enabled()) {
            registrar.addFixedDelayTask(new FixedDelayTask(new Run(scheduler), settings.interval(), Duration.ZERO));
        }
    }

    /** Named in the actuator's list of tasks as a {@code @Scheduled} method would be. */
    record Run(FrontScheduler scheduler) implements Runnable {

        @Override
        public void run() {
            scheduler.run();
        }

        @Override
        public String toString() {
            return FrontScheduler.class.getName() + ".run";
        }
    }
}
