package org.newsroom.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Runs every migration on an empty schema of the test PostgreSQL and checks the rules the schema must hold. The
 * migrations run once for the class (they take most of its time); the checks only read the schema, and the one that
 * writes rows leaves them behind in this throwaway schema, where no other check looks at rows.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationsTest {

    @Autowired
    DataSource dataSource;

    private String schema;
    private SingleConnectionDataSource connection;
    private JdbcClient sql;
    private MigrateResult result;

    @BeforeAll
    void migrateAnEmptySchema() throws Exception {
        schema = "migrations_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        connection = new SingleConnectionDataSource(dataSource.getConnection(), true);
        sql = JdbcClient.create(connection);
        sql.sql("create schema " + schema).update();
        result = migrate();
    }

    @AfterAll
    void dropSchema() {
        sql.sql("set search_path to public").update();
        sql.sql("drop schema " + schema + " cascade").update();
        connection.destroy();
    }

    @Test
    void allMigrationsApplyToAnEmptyDatabase() {
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(5);
        assertThat(tables()).contains("sections", "tags", "authors", "articles", "article_authors", "article_tags");
    }

    @Test
    void everyTimestampIsATimestampWithTimeZone() {
        List<String> types =
                sql.sql("""
                        select distinct data_type from information_schema.columns
                        where table_schema = :schema and (column_name like '%\\_at' or data_type like 'timestamp%')
                          and table_name <> 'flyway_schema_history'
                        """).param("schema", schema).query(String.class).list();
        assertThat(types).containsExactly("timestamp with time zone");
    }

    @Test
    void theSchemaRefusesWhatTheDomainForbids() {
        sql.sql("set search_path to " + schema).update();
        long section = sql.sql("insert into sections (slug, name) values ('world', 'World') returning id")
                .query(Long.class)
                .single();

        assertRefused("insert into sections (slug, name) values ('admin', 'Admin')");
        assertRefused("insert into sections (slug, name) values ('Not A Slug', 'Bad')");
        assertRefused("insert into sections (slug, name) values ('world', 'World again')");
        assertRefused("insert into articles (headline, slug, status) values ('', 'empty-headline', 'DRAFT')");
        assertRefused("insert into articles (headline, slug, status) values ('No time', 'no-time', 'PUBLISHED')");
        assertRefused("insert into articles (headline, slug, status, published_at) values ('No section', 'x', "
                + "'PUBLISHED', now())");
        assertRefused("insert into articles (headline, slug, status) values ('Odd status', 'odd', 'LIVE')");
        assertRefused("insert into articles (headline, slug, section_id, status, published_at, updated_at) values"
                + " ('Backwards', 'backwards', " + section + ", 'PUBLISHED', now(), now() - interval '1 day')");
        assertRefused("insert into articles (headline, slug) values ('" + "x".repeat(201) + "', 'too-long')");

        sql.sql("insert into articles (headline, slug) values ('A draft', 'same-slug')")
                .update();
        assertRefused("insert into articles (headline, slug) values ('Another draft', 'same-slug')");
        long published = sql.sql("insert into articles (headline, slug, section_id, status, published_at) values"
                        + " ('Published', 'published', :section, 'PUBLISHED', now()) returning id")
                .param("section", section)
                .query(Long.class)
                .single();
        assertThat(published).isPositive();
        sql.sql("set search_path to public").update();
    }

    private void assertRefused(String statement) {
        assertThatThrownBy(() -> sql.sql(statement).update())
                .as(statement)
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private MigrateResult migrate() {
        return Flyway.configure()
                .dataSource(connection)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(false)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private List<String> tables() {
        return sql.sql("select table_name from information_schema.tables where table_schema = :schema")
                .param("schema", schema)
                .query(String.class)
                .list();
    }
}
