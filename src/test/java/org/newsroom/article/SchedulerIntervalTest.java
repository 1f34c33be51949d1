package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The scheduled publisher runs every {@code newsroom.scheduler.interval}, as the validated settings give it. */
@IntegrationTest
class SchedulerIntervalTest {

    @Autowired
    List<ScheduledTaskHolder> holders;

    @Autowired
    NewsroomProperties properties;

    @Test
    void thePublisherRunsAtTheConfiguredIntervalAndOnceAtStartUp() {
        List<FixedDelayTask> publisher = holders.stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(scheduled -> scheduled.getTask())
                // A task is named by its method: org.newsroom.article.ScheduledPublisher.run
                .filter(task -> task.toString().equals(ScheduledPublisher.class.getName() + ".run"))
                .map(FixedDelayTask.class::cast)
                .toList();

        assertThat(publisher).singleElement().satisfies(task -> {
            // The test context sets 1s, so that this is not the default of 10s by chance.
            assertThat(task.getIntervalDuration())
                    .isEqualTo(properties.scheduler().interval())
                    .isEqualTo(Duration.ofSeconds(1));
            assertThat(task.getInitialDelayDuration()).isZero();
        });
    }
}
