package org.newsroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every {@link ScheduledWork} (the scheduled stories' publisher, the fronts' scheduler) runs every
 * {@code newsroom.scheduler.interval}, and once at start-up, unless switched off: the tests' application switches it
 * off, and the tests of scheduling run the work themselves.
 */
@IntegrationTest
class SchedulerIntervalTest {

    @Autowired
    List<ScheduledTaskHolder> holders;

    @Autowired
    List<ScheduledWork> works;

    @Test
    void everyWorkRunsAtTheConfiguredIntervalAndOnceAtStartUpEachAsATaskOfItsOwn() {
        AtomicInteger runs = new AtomicInteger();
        Counting work = new Counting(runs);
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        ScheduledWorkSweep.schedule(
                registrar, List.of(work, work), new NewsroomProperties.Scheduler(true, Duration.ofSeconds(7)));

        assertThat(registrar.getFixedDelayTaskList()).hasSize(2).allSatisfy(task -> {
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(7));
            assertThat(task.getInitialDelayDuration()).isZero();
            // Named as a @Scheduled method is, in the actuator's list of tasks.
            assertThat(task.toString()).isEqualTo(Counting.class.getName() + ".run");
            task.getRunnable().run();
        });
        assertThat(runs).hasValue(2);
    }

    @Test
    void theApplicationsWorksAreSweptUnderTheirOwnNames() {
        assertThat(works.stream().map(ScheduledWorkSweep::name))
                .contains("org.newsroom.article.ScheduledPublisher.run", "org.newsroom.frontpage.FrontScheduler.run");
    }

    @Test
    void switchedOffNothingIsScheduled() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        ScheduledWorkSweep.schedule(
                registrar,
                List.of(new Counting(new AtomicInteger())),
                new NewsroomProperties.Scheduler(false, Duration.ofSeconds(7)));

        assertThat(registrar.getFixedDelayTaskList()).isEmpty();
    }

    @Test
    void theTestsApplicationSweepsNothingInTheBackground() {
        assertThat(holders.stream()
                        .flatMap(holder -> holder.getScheduledTasks().stream())
                        .map(scheduled -> scheduled.getTask().toString()))
                .doesNotContain(
                        "org.newsroom.article.ScheduledPublisher.run", "org.newsroom.frontpage.FrontScheduler.run");
    }

    record Counting(AtomicInteger runs) implements ScheduledWork {

        @Override
        public Optional<Instant> nextDue() {
            return Optional.empty();
        }

        @Override
        public void runDue() {
            runs.incrementAndGet();
        }
    }
}
