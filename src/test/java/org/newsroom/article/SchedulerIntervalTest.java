package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The scheduled publisher runs every {@code newsroom.scheduler.interval}, and once at start-up, unless switched off:
 * the tests' application switches it off, and the tests of scheduling run it themselves.
 */
@IntegrationTest
class SchedulerIntervalTest {

    @Autowired
    List<ScheduledTaskHolder> holders;

    @Test
    void thePublisherRunsAtTheConfiguredIntervalAndOnceAtStartUp() {
        AtomicInteger runs = new AtomicInteger();
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        ScheduledPublisherTimer.schedule(
                registrar, runs::incrementAndGet, new NewsroomProperties.Scheduler(true, Duration.ofSeconds(7)));

        assertThat(registrar.getFixedDelayTaskList()).singleElement().satisfies(task -> {
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(7));
            assertThat(task.getInitialDelayDuration()).isZero();
            // Named as a @Scheduled method is, in the actuator's list of tasks.
            assertThat(task.toString()).isEqualTo(ScheduledPublisher.class.getName() + ".run");
            task.getRunnable().run();
        });
        assertThat(runs).hasValue(1);
    }

    @Test
    void switchedOffThePublisherIsNotScheduled() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        ScheduledPublisherTimer.schedule(
                registrar, () -> {}, new NewsroomProperties.Scheduler(false, Duration.ofSeconds(7)));

        assertThat(registrar.getFixedDelayTaskList()).isEmpty();
    }

    @Test
    void theTestsApplicationRunsNoPublisherInTheBackground() {
        assertThat(holders.stream()
                        .flatMap(holder -> holder.getScheduledTasks().stream())
                        .map(scheduled -> scheduled.getTask().toString()))
                .doesNotContain(ScheduledPublisherTimer.Run.NAME);
    }
}
