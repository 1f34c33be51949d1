package org.newsroom.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The triggers' upserts in a transaction that changes many stories (V48): a statement that touches many stories names
 * the same few cache keys ({@code newsroom_change}) and the same lists' times ({@code newsroom_listing_changed}) again
 * for every row, so naming one that is already there must leave its row as it is. Each rewrite of one row inside a
 * transaction leaves a version of it that the next upsert walks past, which made inserting 100,000 stories in one
 * statement take many minutes (bench/site's generator). A row's version ({@code ctid}) shows whether it was rewritten.
 */
@IntegrationTest
class BulkChangeTriggersTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aKeyNamedAgainKeepsItsRowAndAHardPurgeIsKept() {
        transaction.executeWithoutResult(status -> {
            change(false, "feeds", "a:1");
            String first = versionOf("feeds");

            change(false, "feeds", "sitemaps");
            change(false, "feeds");
            assertThat(versionOf("feeds"))
                    .as("the same row version, not a new one")
                    .isEqualTo(first);
            assertThat(hard("feeds")).isFalse();

            change(true, "feeds");
            assertThat(hard("feeds")).as("a hard purge asked once stays hard").isTrue();
            change(false, "feeds");
            assertThat(hard("feeds")).isTrue();
            assertThat(jdbc.queryForList(
                            "select key from change_keys where txid = txid_current() order by key", String.class))
                    .containsExactly("a:1", "feeds", "sitemaps");

            // Nothing of this test reaches the caches or the CDN.
            status.setRollbackOnly();
        });
    }

    @Test
    void aListsTimeIsRewrittenOnlyWhenItMovesForward() {
        transaction.executeWithoutResult(status -> {
            long story = jdbc.queryForObject("select min(id) from articles where status = 'PUBLISHED'", Long.class);
            long tag = jdbc.queryForObject("select min(id) from tags", Long.class);
            listingChanged(tag, story);
            String first = listingVersion(tag);

            listingChanged(tag, story);
            listingChanged(tag, story);
            assertThat(listingVersion(tag))
                    .as("the same row version, not a new one")
                    .isEqualTo(first);

            status.setRollbackOnly();
        });
    }

    private void listingChanged(long tag, long story) {
        jdbc.queryForList("select newsroom_listing_changed('tag', ?, ?)", tag, story);
    }

    private String listingVersion(long tag) {
        return jdbc.queryForObject(
                "select ctid::text from listing_changes where scope = 'tag' and scope_id = ?", String.class, tag);
    }

    private void change(boolean hard, String... keys) {
        jdbc.queryForList("select newsroom_change(?::text[], ?)", keys, hard);
    }

    private String versionOf(String key) {
        return jdbc.queryForObject(
                "select ctid::text from change_keys where txid = txid_current() and key = ?", String.class, key);
    }

    private boolean hard(String key) {
        return jdbc.queryForObject(
                "select hard from change_keys where txid = txid_current() and key = ?", Boolean.class, key);
    }
}
