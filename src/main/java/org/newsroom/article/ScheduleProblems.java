package org.newsroom.article;

/** Scheduled publications that did not go out on time. */
public record ScheduleProblems(long overdue, long failed) {

    public boolean any() {
        return overdue > 0 || failed > 0;
    }
}
