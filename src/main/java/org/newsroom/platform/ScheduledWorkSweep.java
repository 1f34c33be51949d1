package org.newsroom.platform;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Runs every {@link ScheduledWork} every {@code newsroom.scheduler.interval}, and once at start-up, unless
 * {@code newsroom.scheduler.enabled} is off: the sweep behind {@link DueTimer}, for what its wake-ups miss (a time that
 * passed while the application was down, a failure tried again). Each work is a task of its own, so that a slow one
 * never holds up another, named as a {@code @Scheduled} method would be in the actuator's list of tasks
 * ({@code org.newsroom.article.ScheduledPublisher.run}). Registered here rather than with {@code @Scheduled}, which
 * can neither be switched off by a setting nor take a {@code Duration} from the validated settings.
 */
@Component
class ScheduledWorkSweep implements SchedulingConfigurer {

    private final ObjectProvider<ScheduledWork> works;
    private final NewsroomProperties.Scheduler settings;

    ScheduledWorkSweep(ObjectProvider<ScheduledWork> works, NewsroomProperties properties) {
        this.works = works;
        this.settings = properties.scheduler();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        schedule(registrar, works.orderedStream().toList(), settings);
    }

    static void schedule(
            ScheduledTaskRegistrar registrar,
            List<? extends ScheduledWork> works,
            NewsroomProperties.Scheduler settings) {
        if (!settings.enabled()) {
            return;
        }
        for (ScheduledWork work : works) {
            registrar.addFixedDelayTask(new FixedDelayTask(new Run(work), settings.interval(), Duration.ZERO));
        }
    }

    /** The name of a work's task: its class's and {@code .run}. */
    static String name(ScheduledWork work) {
        return ClassUtils.getUserClass(work).getName() + ".run";
    }

    /** One work's run, named as a {@code @Scheduled} method would be. */
    record Run(ScheduledWork work) implements Runnable {

        @Override
        public void run() {
            work.runDue();
        }

        @Override
        public String toString() {
            return name(work);
        }
    }
}
