package org.newsroom.article.web;

import org.newsroom.article.ArticleEditorView;
import org.newsroom.article.ArticleStatus;
import org.newsroom.article.StoryInput;

/** Stories as the editor's queries answer them, for slices whose services are mocked. */
final class EditorViews {

    private EditorViews() {}

    /** A draft the editor may change and publish, as {@code EditorQueryService.open} answers it. */
    static ArticleEditorView editableDraft(long id, long version, StoryInput input) {
        return new ArticleEditorView(
                id,
                ArticleStatus.DRAFT,
                version,
                input,
                false,
                null,
                null,
                null,
                true,
                true,
                null,
                null,
                null,
                null,
                false,
                null);
    }
}
