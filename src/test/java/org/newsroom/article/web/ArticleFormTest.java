package org.newsroom.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.article.LeadImage;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.PendingSubmission;

/** The editor's form to and from what the services take, and back from a post kept while its author signed in. */
class ArticleFormTest {

    private static final StoryInput STORY = StoryInput.builder()
            .headline("Talks resume")
            .deck("Both sides return")
            .body("Delegates met **again**.")
            .slug("talks-resume")
            .sectionId(3L)
            .tags("Syria, Geneva II")
            .byline("Maria Keller")
            .dateline("GENEVA")
            .language("en")
            .seoTitle("Talks resume in Geneva")
            .seoDescription("The delegations are back.")
            .leadImage(new LeadImage(12L, "The hall", "Delegates arrive", false))
            .build();

    @Test
    void aStoryComesBackFromTheFormAsItWent() {
        ArticleForm form = ArticleForm.from(STORY, 4);

        assertThat(form.toInput()).isEqualTo(STORY);
        assertThat(form.getVersion()).isEqualTo(4L);
    }

    @Test
    void aKeptPostIsBoundAsThePostWouldHaveBeen() {
        Map<String, List<String>> posted = new LinkedHashMap<>();
        posted.put("headline", List.of("Talks resume"));
        posted.put("deck", List.of("Both sides return"));
        posted.put("body", List.of("Delegates met **again**."));
        posted.put("slug", List.of("talks-resume"));
        posted.put("sectionId", List.of("3"));
        posted.put("tags", List.of("Syria, Geneva II"));
        posted.put("byline", List.of("Maria Keller"));
        posted.put("dateline", List.of("GENEVA"));
        posted.put("language", List.of("en"));
        posted.put("seoTitle", List.of("Talks resume in Geneva"));
        posted.put("seoDescription", List.of("The delegations are back."));
        posted.put("leadImageId", List.of("12"));
        posted.put("leadImageAlt", List.of("The hall"));
        posted.put("leadImageCaption", List.of("Delegates arrive"));
        posted.put("_leadImageDecorative", List.of("on"));
        posted.put("version", List.of("4"));
        posted.put("_publicUpdate", List.of("on"));
        posted.put("scheduleAt", List.of("2026-11-28T10:30"));
        posted.put("reviewNote", List.of("Check the dateline."));
        posted.put("action", List.of("save"));

        ArticleForm form = ArticleForm.from(new PendingSubmission("/admin/articles/7", posted, "/admin"));

        assertThat(form.toInput()).isEqualTo(STORY);
        assertThat(form.getVersion()).isEqualTo(4L);
        assertThat(form.isPublicUpdate()).as("unticked, as its marker says").isFalse();
        assertThat(form.getScheduleAt()).isEqualTo("2026-11-28T10:30");
        assertThat(form.getReviewNote()).isEqualTo("Check the dateline.");
    }

    @Test
    void aKeptPostsTickedBoxesAreTickedAndWhatIsNotANumberIsLeftEmpty() {
        Map<String, List<String>> posted = new LinkedHashMap<>();
        posted.put("headline", List.of("Talks resume"));
        posted.put("sectionId", List.of("world"));
        posted.put("leadImageId", List.of("twelve"));
        posted.put("leadImageDecorative", List.of("true"));
        posted.put("_leadImageDecorative", List.of("on"));
        posted.put("publicUpdate", List.of("true"));
        posted.put("_publicUpdate", List.of("on"));
        posted.put("version", List.of("x"));

        ArticleForm form = ArticleForm.from(new PendingSubmission("/admin/articles/7", posted, "/admin"));

        assertThat(form.getHeadline()).isEqualTo("Talks resume");
        assertThat(form.getSectionId()).isNull();
        assertThat(form.getLeadImageId()).isNull();
        assertThat(form.getVersion()).isNull();
        assertThat(form.isLeadImageDecorative()).isTrue();
        assertThat(form.isPublicUpdate()).isTrue();
    }
}
