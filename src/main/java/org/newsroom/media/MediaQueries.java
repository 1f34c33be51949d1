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
record MediaQueries(JdbcClient jdbc, MediaUrls urls) {

    private static final String DETAIL_COLUMNS = """
            i.id, i.file_name, i.format, i.byte_size, i.width, i.height, i.alt_text, i.caption, i.credit,
            i.decorative, i.created_at, i.created_by, i.version, su.display_name as created_by_name
            """;

    private static final String MATCHES = """
            (cast(:q as text) is null
             or strpos(lower(concat_ws(' ', i.file_name, i.caption, i.credit, i.alt_text)), lower(cast(:q as text))) > 0)
            """;

    /** The pictures of these images, each with its own alt text, caption and credit; unknown ids are left out. */
    Map<Long, Picture> pictures(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Picture> images = new LinkedHashMap<>();
        Map<Long, List<Rendition>> renditions = new HashMap<>();
        jdbc.sql("""
                        select i.id, i.width, i.height, i.alt_text, i.caption, i.credit, i.decorative,
                               r.format as r_format, r.width as r_width, r.height as r_height, r.file_key
                        from media_images i
                        join media_renditions r on r.image_id = i.id
                        where i.id in (:ids)
                        order by i.id, r.format, r.width
                        """).param("ids", List.copyOf(ids)).query(rs -> {
            long id = rs.getLong("id");
            if (!images.containsKey(id)) {
                images.put(id, picture(rs));
            }
            ImageFormat format = ImageFormat.valueOf(rs.getString("r_format"));
            renditions
                    .computeIfAbsent(id, none -> new ArrayList<>())
                    .add(new Rendition(
                            format,
                            rs.getInt("r_width"),
                            rs.getInt("r_height"),
                            urls.of(rs.getString("file_key"), format)));
        });
        Map<Long, Picture> pictures = new HashMap<>();
        images.forEach((id, image) -> pictures.put(id, image.withRenditions(renditions.get(id))));
        return pictures;
    }

    Optional<ImageDetails> details(long id) {
        return jdbc.sql("select " + DETAIL_COLUMNS + """
                        from media_images i left join staff_names su on su.id = i.created_by
                        where i.id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> details(rs))
                .optional()
                .map(found -> withRenditions(found, pictures(List.of(id))));
    }

    /** A page of the grid, newest first, of the images whose file name, caption, credit or alt text holds {@code q}. */
    List<ImageDetails> page(String q, int page, int size) {
        List<ImageDetails> found = jdbc.sql("select " + DETAIL_COLUMNS + """
                        from media_images i left join staff_names su on su.id = i.created_by
                        where """ + MATCHES + """
                        order by i.created_at desc, i.id desc
                        limit :limit offset :offset
                        """)
                .param("q", q)
                .param("limit", size)
                .param("offset", (long) (page - 1) * size)
                .query((rs, n) -> details(rs))
                .list();
        Map<Long, Picture> pictures =
                pictures(found.stream().map(ImageDetails::id).toList());
        return found.stream().map(image -> withRenditions(image, pictures)).toList();
    }

    long count(String q) {
        return jdbc.sql("select count(*) from media_images i where " + MATCHES)
                .param("q", q)
                .query(Long.class)
                .single();
    }

    /** The format of the rendition stored under this key; empty when no rendition has it (an original, say). */
    Optional<RenditionOf> renditionFormat(String key) {
        return jdbc.sql("select image_id, format from media_renditions where file_key = :key limit 1")
                .param("key", key)
                .query((rs, n) -> new RenditionOf(rs.getLong("image_id"), ImageFormat.valueOf(rs.getString("format"))))
                .optional();
    }

    /** Which image a rendition file belongs to, and its format. */
    record RenditionOf(long imageId, ImageFormat format) {}

    /** Does any image still name this file, as original or rendition? */
    boolean isReferenced(String key) {
        return jdbc.sql("""
                        select exists (select 1 from media_images where original_key = :key)
                            or exists (select 1 from media_renditions where file_key = :key)
                        """).param("key", key).query(Boolean.class).single();
    }

    /** An image's details, with a picture of no renditions yet. */
    private static ImageDetails details(ResultSet rs) throws SQLException {
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        return new ImageDetails(
                rs.getLong("id"),
                rs.getString("file_name"),
                ImageFormat.valueOf(rs.getString("format")),
                rs.getLong("byte_size"),
                created.toInstant(),
                (Long) rs.getObject("created_by"),
                rs.getString("created_by_name"),
                rs.getLong("version"),
                picture(rs));
    }

    private static Picture picture(ResultSet rs) throws SQLException {
        return new Picture(
                rs.getLong("id"),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getString("alt_text"),
                rs.getString("caption"),
                rs.getString("credit"),
                rs.getBoolean("decorative"),
                List.of());
    }

    /** The image with its renditions, where it has any (an image whose renditions are missing keeps none). */
    private static ImageDetails withRenditions(ImageDetails image, Map<Long, Picture> pictures) {
        Picture found = pictures.get(image.id());
        return found == null ? image : image.withPicture(found);
    }
}
