package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;

/** Twenty editors save the same story at the same moment: every save either lands or is refused, none is lost. */
@IntegrationTest
class ConcurrentSavesTest {

    static final int THREADS = 20;

    @Autowired
    DraftingService drafting;

    @Autowired
    HistoryService storyHistory;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    @Autowired
    Staff staff;

    @Test
    void twentyConcurrentSavesLoseNoUpdate() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        String headline = "Concurrent " + UUID.randomUUID();
        long id = drafting.create(input(headline, "start", desk), editor);
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> saves = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String line = "line " + i;
            saves.add(pool.submit(() -> {
                start.await();
                // What an editor does on a conflict: read what is saved now, redo the change, save again.
                while (true) {
                    ArticleEditorView current = editorQueries.open(id, editor);
                    String body = current.input().body() + "\n" + line;
                    try {
                        drafting.save(id, current.version(), input(headline, body, desk), editor);
                        return null;
                    } catch (EditConflictException refused) {
                        conflicts.incrementAndGet();
                    }
                }
            }));
        }
        start.countDown();
        for (Future<?> save : saves) {
            save.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<String> lines =
                Arrays.asList(editorQueries.open(id, editor).input().body().split("\n"));
        assertThat(lines).hasSize(THREADS + 1).startsWith("start").doesNotHaveDuplicates();
        for (int i = 0; i < THREADS; i++) {
            assertThat(lines).contains("line " + i);
        }
        assertThat(conflicts.get())
                .as("saves that were refused rather than overwriting")
                .isPositive();
        assertThat(storyHistory.history(id, editor)).hasSize(THREADS + 1);
    }

    private static StoryInput input(String headline, String body, long desk) {
        return StoryInputs.story(headline).body(body).sectionId(desk).build();
    }
}
