package org.newsroom.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The library's reads, in plain SQL: a page of the grid or a page's pictures cost one query each. */
@Component
class MediaQueries {

    private static final String DETAIL_COLUMNS = """
            i.id, i.file_name, i.format, i.byte_size, i.width, i.height, i.alt_text, i.caption, i.credit,
            i.decorative, i.created_at, i.created_by, i.version, su.display_name as created_by_name
            """;

    private static final String MATCHES = """
            (cast(:q as text) is null
             or strpos(lower(concat_ws(' ', i.file_name, i.caption, i.credit, i.alt_text)), lower(cast(:q as text))) > 0)
            """;

    private final JdbcClient jdbc;

    MediaQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pictures of these images, each with its own alt text, caption and credit; unknown ids are left out. */
    Map<Long, Picture> pictures(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, PictureRows> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        select i.id, i.width, i.height, i.alt_text, i.caption, i.credit, i.decorative,
                               r.format as r_format, r.width as r_width, r.height as r_height, r.file_key
                        from media_images i
                        join media_renditions r on r.image_id = i.id
                        where i.id in (:ids)
                        order by i.id, r.format, r.width
                        """).param("ids", List.copyOf(ids)).query(rs -> {
            PictureRows picture = rows.computeIfAbsent(rs.getLong("id"), id -> new PictureRows());
            if (picture.head == null) {
                picture.head = rs.getLong("id");
                picture.width = rs.getInt("width");
                picture.height = rs.getInt("height");
                picture.alt = rs.getString("alt_text");
                picture.caption = rs.getString("caption");
                picture.credit = rs.getString("credit");
                picture.decorative = rs.getBoolean("decorative");
            }
            RenditionFormat format = RenditionFormat.valueOf(rs.getString("r_format"));
            picture.renditions.add(new Rendition(
                    format,
                    rs.getInt("r_width"),
                    rs.getInt("r_height"),
                    Rendition.urlOf(rs.getString("file_key"), format)));
        });
        Map<Long, Picture> pictures = new HashMap<>();
        rows.forEach((id, picture) -> pictures.put(id, picture.toPicture()));
        return pictures;
    }

    Optional<ImageDetails> details(long id) {
        return jdbc.sql("select " + DETAIL_COLUMNS + """
                        from media_images i left join staff_names su on su.id = i.created_by
                        where i.id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional()
                .map(row -> row.withPicture(pictures(List.of(id)).get(id)));
    }

    /** A page of the grid, newest first, of the images whose file name, caption, credit or alt text holds {@code q}. */
    List<ImageDetails> page(String q, int page, int size) {
        List<DetailRow> rows = jdbc.sql("select " + DETAIL_COLUMNS + """
                        from media_images i left join staff_names su on su.id = i.created_by
                        where """ + MATCHES + """
                        order by i.created_at desc, i.id desc
                        limit :limit offset :offset
                        """)
                .param("q", q)
                .param("limit", size)
                .param("offset", (long) (page - 1) * size)
                .query((rs, n) -> row(rs))
                .list();
        Map<Long, Picture> pictures = pictures(rows.stream().map(DetailRow::id).toList());
        return rows.stream().map(row -> row.withPicture(pictures.get(row.id()))).toList();
    }

    long count(String q) {
        return jdbc.sql("select count(*) from media_images i where " + MATCHES)
                .param("q", q)
                .query(Long.class)
                .single();
    }

    /** The format of the rendition stored under this key; empty when no rendition has it (an original, say). */
    Optional<RenditionFormat> renditionFormat(String key) {
        return jdbc.sql("select format from media_renditions where file_key = :key limit 1")
                .param("key", key)
                .query((rs, n) -> RenditionFormat.valueOf(rs.getString("format")))
                .optional();
    }

    /** Does any image still name this file, as original or rendition? */
    boolean isReferenced(String key) {
        return jdbc.sql("""
                        select exists (select 1 from media_images where original_key = :key)
                            or exists (select 1 from media_renditions where file_key = :key)
                        """).param("key", key).query(Boolean.class).single();
    }

    private static DetailRow row(ResultSet rs) throws SQLException {
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        return new DetailRow(
                rs.getLong("id"),
                rs.getString("file_name"),
                ImageFormat.valueOf(rs.getString("format")),
                rs.getLong("byte_size"),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getString("alt_text"),
                rs.getString("caption"),
                rs.getString("credit"),
                rs.getBoolean("decorative"),
                created.toInstant(),
                (Long) rs.getObject("created_by"),
                rs.getString("created_by_name"),
                rs.getLong("version"));
    }

    private record DetailRow(
            long id,
            String fileName,
            ImageFormat format,
            long byteSize,
            int width,
            int height,
            String alt,
            String caption,
            String credit,
            boolean decorative,
            java.time.Instant createdAt,
            Long createdBy,
            String createdByName,
            long version) {

        ImageDetails withPicture(Picture picture) {
            Picture shown = picture != null
                    ? picture
                    : new Picture(id, width, height, alt, caption, credit, decorative, List.of());
            return new ImageDetails(
                    id,
                    fileName,
                    format,
                    byteSize,
                    width,
                    height,
                    alt,
                    caption,
                    credit,
                    decorative,
                    createdAt,
                    createdBy,
                    createdByName,
                    version,
                    shown);
        }
    }

    private static final class PictureRows {
        Long head;
        int width;
        int height;
        String alt;
        String caption;
        String credit;
        boolean decorative;
        final List<Rendition> renditions = new ArrayList<>();

        Picture toPicture() {
            return new Picture(head, width, height, alt, caption, credit, decorative, renditions);
        }
    }
}
