package org.newsroom.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.newsroom.taxonomy.SectionRef;

/**
 * Columns that several of the module's queries (reader pages, feeds, the admin list) read alike, read one way: a
 * story's section with its parent (selected as {@code section_id, section_slug, section_name, parent_slug,
 * parent_name}), and a time that may be empty.
 */
final class StoryRows {

    /** The section columns above, from the joins below. */
    static final String SECTION_COLUMNS = """
            s.id as section_id, s.slug as section_slug, s.name as section_name,
            p.slug as parent_slug, p.name as parent_name
            """;

    /**
     * The joins that give a story's row {@code a} its section {@code s} and that section's parent {@code p}: what the
     * section columns above are selected from.
     */
    static final String SECTION_JOINS = """
            join section_refs s on s.id = a.section_id
            left join section_refs p on p.id = s.parent_id
            """;

    private StoryRows() {}

    static SectionRef section(ResultSet rs) throws SQLException {
        return new SectionRef(
                rs.getLong("section_id"),
                rs.getString("section_slug"),
                rs.getString("section_name"),
                rs.getString("parent_slug"),
                rs.getString("parent_name"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, OffsetDateTime.class));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return instant(rs.getObject(column, OffsetDateTime.class));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
