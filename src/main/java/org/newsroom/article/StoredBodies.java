package org.newsroom.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.OneTimeRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bodies are rendered to HTML when they are saved. When the renderer changes what it makes of the same Markdown (its
 * {@link MarkdownRenderer#VERSION}, for instance when typography came in), the bodies stored before are rendered again,
 * once per version, in the background after the application is ready: until a story's turn comes, readers get its
 * previous HTML, which is still valid and safe. Each update is a plain update of the rendered HTML, made only if the
 * Markdown and language are still the ones it was rendered from, so that an editor's save in the meantime always wins;
 * it is not an edit and does not move the story's version. The database's trigger tells every instance's page cache.
 * The run is marked done ({@link OneTimeRuns}) when it has gone through all stories; a run cut short starts again at
 * the next start.
 *
 * <p>Bodies also hold the addresses of their library images, which {@code newsroom.media.public-base-url} decides, so
 * a run belongs to a renderer version and a public base: setting or changing the base renders the bodies again once,
 * for their images to point there. (Removing it again does not, since the run without a base was done before: bump
 * {@link MarkdownRenderer#VERSION} or clear that run from {@code applied_seeds} for it.)
 */
@Component
record StoredBodies(JdbcClient jdbc, MarkdownRenderer markdown, OneTimeRuns runs, NewsroomProperties properties) {

    static final String RUN_PREFIX = "bodies-rendered-v";
    /** The run of the site-served images (no public base), as it has always been named. */
    static final String RUN_NAME = RUN_PREFIX + MarkdownRenderer.VERSION;

    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(StoredBodies.class);

    static String runName(String mediaBase) {
        if (mediaBase == null) {
            return RUN_NAME;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(mediaBase.getBytes(StandardCharsets.UTF_8));
            return RUN_NAME + "-media-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        Thread.ofVirtual().name("stored-bodies").start(() -> {
            try {
                renderAgainIfNeeded();
            } catch (RuntimeException e) {
                log.warn("Rendering stored bodies again failed; it will be tried at the next start", e);
            }
        });
    }

    /** Renders again every stored body, unless this version's run has been done; returns how many bodies changed. */
    int renderAgainIfNeeded() {
        String runName = runName(properties.media().publicBase());
        if (runs.isDone(runName)) {
            return 0;
        }
        long after = 0;
        int changed = 0;
        while (true) {
            List<Stored> batch = jdbc.sql("""
                            select id, body_markdown, language, body_html from articles
                            where id > :after order by id limit :batch
                            """)
                    .param("after", after)
                    .param("batch", BATCH)
                    .query((rs, n) -> new Stored(
                            rs.getLong("id"),
                            rs.getString("body_markdown"),
                            rs.getString("language"),
                            rs.getString("body_html")))
                    .list();
            if (batch.isEmpty()) {
                break;
            }
            for (Stored body : batch) {
                String html = markdown.toSafeHtml(body.markdown(), body.language());
                if (!html.equals(body.html())) {
                    changed += jdbc.sql("""
                                    update articles set body_html = :html
                                    where id = :id and body_markdown = :markdown and language = :language
                                    """)
                            .param("html", html)
                            .param("id", body.id())
                            .param("markdown", body.markdown())
                            .param("language", body.language())
                            .update();
                }
                after = body.id();
            }
        }
        runs.claim(runName);
        if (changed > 0) {
            log.info("Rendered {} stored bodies again for renderer version {}", changed, MarkdownRenderer.VERSION);
        }
        return changed;
    }

    private record Stored(long id, String markdown, String language, String html) {}
}
