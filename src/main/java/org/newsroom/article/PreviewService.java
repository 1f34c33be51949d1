package org.newsroom.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.newsroom.people.AuthorService;
import org.newsroom.staff.Actor;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.newsroom.taxonomy.TagService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editor's text as readers would see it: the whole page, and the body alone for the editor's preview pane. */
@Service
public class PreviewService {

    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final LeadPictures leadPictures;
    private final ArticlePaths paths;
    private final StoryChanges changes;
    private final Clock clock;
    /** Whose rule gives a body without a language the site's. */
    private final StoryInputResolver inputs;

    PreviewService(
            SectionService sections,
            TagService tags,
            AuthorService authors,
            LeadPictures leadPictures,
            ArticlePaths paths,
            StoryChanges changes,
            Clock clock,
            StoryInputResolver inputs) {
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.leadPictures = leadPictures;
        this.paths = paths;
        this.changes = changes;
        this.clock = clock;
        this.inputs = inputs;
    }

    /** The editor's current text in the real article template, for the preview page. */
    @Transactional(readOnly = true)
    public ArticleView preview(long id, Actor actor) {
        Article article = changes.findViewable(id, actor);
        ArticleDraft draft = changes.currentDraft(article);
        SectionRef section = draft.sectionId() == null
                ? new SectionRef(0, "no-section", "No section yet", null, null)
                : sections.findSection(draft.sectionId())
                        .orElse(new SectionRef(0, "no-section", "No section yet", null, null));
        Instant publishedAt = article.getPublishedAt() != null ? article.getPublishedAt() : clock.instant();
        return new ArticleView(
                id,
                draft.headline(),
                draft.deck(),
                changes.render(draft),
                draft.slug(),
                section,
                authors.authors(draft.authorIds()),
                tags.tags(draft.tagIds()),
                draft.dateline(),
                draft.language(),
                draft.seoTitle(),
                draft.seoDescription(),
                publishedAt,
                article.getUpdatedAt(),
                paths.canonicalPath(section.slug(), publishedAt, draft.slug()),
                List.of(),
                leadPictures.of(draft.leadImage()));
    }

    /** Markdown as readers would get it, for the editor's preview pane. */
    public String renderPreview(String markdownText, String language) {
        return changes.render(markdownText, inputs.language(language));
    }
}
