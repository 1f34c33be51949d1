package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestClock;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EditLocksAndAutosaveTest {

    @Autowired
    EditLocks locks;

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

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    private StaffPrincipal eda;
    private StaffPrincipal finn;
    private long desk;

    @BeforeEach
    void setUp() {
        eda = staff.create(StaffRole.EDITOR, "Eda");
        finn = staff.create(StaffRole.EDITOR, "Finn");
        desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void othersSeeWhoIsEditingTheyCanTakeOverAndTheHolderIsTold() {
        long id = drafting.create(input("Locked " + UUID.randomUUID(), "Text"), eda.actor());

        assertThat(locks.heartbeat(id, eda.actor()).state()).isEqualTo(EditPresence.HELD);
        EditPresence seenByFinn = locks.heartbeat(id, finn.actor());
        assertThat(seenByFinn.state()).isEqualTo(EditPresence.OTHER);
        assertThat(seenByFinn.name()).isEqualTo("Eda");
        assertThat(locks.heartbeat(id, eda.actor()).state()).isEqualTo(EditPresence.HELD);

        locks.takeOver(id, finn.actor());

        assertThat(locks.heartbeat(id, finn.actor()).state()).isEqualTo(EditPresence.HELD);
        EditPresence toldEda = locks.heartbeat(id, eda.actor());
        assertThat(toldEda.state()).isEqualTo(EditPresence.TAKEN_OVER);
        assertThat(toldEda.name()).isEqualTo("Finn");
    }

    @Test
    void closingTheEditorReleasesItsHoldButNeverANewerOne() {
        long id = drafting.create(input("Released " + UUID.randomUUID(), "Text"), eda.actor());
        var first = locks.heartbeat(id, eda.actor());
        locks.takeOver(id, finn.actor());
        var finnsHold = locks.heartbeat(id, finn.actor());

        locks.release(id, finn.actor(), first.since());
        assertThat(locks.heartbeat(id, eda.actor()).state()).isEqualTo(EditPresence.TAKEN_OVER);

        locks.release(id, finn.actor(), finnsHold.since());
        assertThat(locks.heartbeat(id, eda.actor()).state()).isEqualTo(EditPresence.HELD);
    }

    /**
     * A save leaves the editor for the editor again: the old page's beacon may arrive after the new page kept the hold.
     * It must not release it, or whoever opens the story next is not told that Eda has it open.
     */
    @Test
    void aPageClosingAfterItsNextPageOpenedLeavesTheHoldToTheNextPage() {
        long id = drafting.create(input("Reopened " + UUID.randomUUID(), "Text"), eda.actor());
        EditPresence before = locks.heartbeat(id, eda.actor());
        clock.advance(Duration.ofSeconds(1));
        EditPresence after = locks.heartbeat(id, eda.actor());

        locks.release(id, eda.actor(), before.since(), before.beatAt());

        assertThat(locks.heartbeat(id, finn.actor()).state()).isEqualTo(EditPresence.OTHER);
        locks.release(id, eda.actor(), after.since(), after.beatAt());
        assertThat(locks.heartbeat(id, finn.actor()).state()).isEqualTo(EditPresence.HELD);
    }

    @Test
    void aLockWithoutHeartbeatExpires() {
        long id = drafting.create(input("Expiring " + UUID.randomUUID(), "Text"), eda.actor());
        locks.heartbeat(id, eda.actor());

        clock.advance(EditLocks.EXPIRY.plusSeconds(1));

        assertThat(locks.heartbeat(id, finn.actor()).state()).isEqualTo(EditPresence.HELD);
        assertThat(locks.heartbeat(id, eda.actor()).state()).isEqualTo(EditPresence.OTHER);
    }

    @Test
    void autosaveSavesRepeatedlyWithTheVersionItReturnsAndKeepsAReadableHistory() throws Exception {
        long id = drafting.create(input("Autosaved " + UUID.randomUUID(), "v0"), eda.actor());
        String headline = editorQueries.open(id, eda.actor()).input().headline();
        long version = editorQueries.open(id, eda.actor()).version();

        for (int i = 1; i <= 5; i++) {
            var response = autosave(id, headline, "v" + i, version, eda);
            assertThat(response.getStatus()).isEqualTo(200);
            version = Long.parseLong(response.getContentAsString().replaceAll(".*\"version\":(\\d+).*", "$1"));
        }

        assertThat(editorQueries.open(id, eda.actor()).input().body()).isEqualTo("v5");
        assertThat(editorQueries.open(id, eda.actor()).version()).isEqualTo(version);
        assertThat(storyHistory.history(id, eda.actor()))
                .extracting(RevisionSummary::kind)
                .containsExactly(RevisionKind.AUTOSAVED, RevisionKind.CREATED);
        clock.advance(DraftingService.AUTOSAVE_REVISION_GAP.plusSeconds(1));
        autosave(id, headline, "v6", version, eda);
        assertThat(storyHistory.history(id, eda.actor())).hasSize(3);
    }

    @Test
    void autosaveAfterSomeoneElseSavedIsAConflictAndSavesNothing() throws Exception {
        long id = drafting.create(input("Autosave conflict " + UUID.randomUUID(), "Original"), eda.actor());
        String headline = editorQueries.open(id, eda.actor()).input().headline();
        long opened = editorQueries.open(id, eda.actor()).version();
        drafting.save(id, opened, input(headline, "Finn's text"), finn.actor());

        var response = autosave(id, headline, "Eda's text", opened, eda);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("conflict");
        assertThat(editorQueries.open(id, eda.actor()).input().body()).isEqualTo("Finn's text");
    }

    @Test
    void autosaveRefusesAnEmptyHeadlineWithAMessage() throws Exception {
        long id = drafting.create(input("Autosave invalid " + UUID.randomUUID(), "Text"), eda.actor());

        var response =
                autosave(id, "", "Text", editorQueries.open(id, eda.actor()).version(), eda);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Enter a headline.");
    }

    private org.springframework.mock.web.MockHttpServletResponse autosave(
            long id, String headline, String body, long version, StaffPrincipal who) throws Exception {
        return mvc.perform(post("/admin/articles/" + id + "/autosave")
                        .with(user(who))
                        .with(csrf())
                        .param("headline", headline)
                        .param("body", body)
                        .param("sectionId", String.valueOf(desk))
                        .param("language", "en")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse();
    }

    private StoryInput input(String headline, String body) {
        return StoryInputs.story(headline).body(body).sectionId(desk).build();
    }
}
