package org.newsroom.article;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each version of a story held when an editor's form was loaded with it: the base of a three-way merge when
 * that editor's save meets a newer version ({@link StoryMerge#threeWay}). Revisions cannot serve: autosaves share
 * one, and none names the version it was. A base is kept when the editor shows a version and when an autosave lands,
 * and for {@link #KEPT_FOR} after, which is longer than any editing session; an older form merges field against field.
 */
@Service
public class EditBases {

    static final Duration KEPT_FOR = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Clock clock;

    EditBases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The story as the editor shows it at this version; kept once per version, the first time it is shown. */
    @Transactional
    public void keep(ArticleEditorView story) {
        keep(story.id(), story.version(), story.input());
    }

    /** The story at this version, as the editor's form holds it (tags and byline by name). */
    @Transactional
    public void keep(long articleId, long version, StoryInput input) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("delete from article_edit_bases where article_id = :id and kept_at < :before")
                .param("id", articleId)
                .param("before", now.minus(KEPT_FOR))
                .update();
        for (StoryField field : StoryField.values()) {
            jdbc.sql("""
                            insert into article_edit_bases (article_id, version, field, value, kept_at)
                            values (:id, :version, :field, :value, :now)
                            on conflict do nothing
                            """)
                    .param("id", articleId)
                    .param("version", version)
                    .param("field", field.key())
                    .param("value", field.textIn(input))
                    .param("now", now)
                    .update();
        }
    }

    /** Each field's text at this version, by {@link StoryField#key()}, if an editor was shown it. */
    @Transactional(readOnly = true)
    public Optional<Map<String, String>> find(long articleId, long version) {
        Map<String, String> fields = new LinkedHashMap<>();
        jdbc.sql("select field, value from article_edit_bases where article_id = :id and version = :version")
                .param("id", articleId)
                .param("version", version)
                .query(rs -> {
                    fields.put(rs.getString("field"), rs.getString("value"));
                });
        return fields.isEmpty() ? Optional.empty() : Optional.of(fields);
    }
}
