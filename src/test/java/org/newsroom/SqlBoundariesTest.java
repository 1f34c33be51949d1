package org.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The modules' boundaries in SQL, which {@link ModularityTests} cannot see: each module's SQL names only its own tables
 * and the views that other modules define for it (V27), never another module's table. A table or view of the schema
 * (from the migrations) after {@code from}, {@code join}, {@code update}, {@code into}, {@code using} or
 * {@code exists} in a module's sources counts as used by that module.
 */
class SqlBoundariesTest {

    /** What each module owns, as docs/architecture.md lists it; the views are what it offers the others. */
    static final Map<String, Set<String>> OWN = Map.ofEntries(
            Map.entry(
                    "article",
                    Set.of(
                            "articles",
                            "article_authors",
                            "article_tags",
                            "article_working_copies",
                            "article_revisions",
                            "article_corrections",
                            "article_redirects",
                            "article_edit_locks",
                            "article_search",
                            "article_images",
                            "article_edit_bases",
                            "article_history_notes")),
            Map.entry("taxonomy", Set.of("sections", "tags", "section_refs", "tag_refs")),
            Map.entry("people", Set.of("authors", "author_refs")),
            Map.entry("media", Set.of("media_images", "media_renditions", "image_changes")),
            Map.entry(
                    "staff",
                    Set.of(
                            "staff_users",
                            "login_failures",
                            "spring_session",
                            "spring_session_attributes",
                            "staff_names")),
            Map.entry("audit", Set.of("audit_log")),
            // Live coverage: the live stories, their entries and the entries' revisions (V45).
            Map.entry("live", Set.of("live_stories", "live_entries", "live_entry_revisions")),
            // The marks of one-time runs (demo seed, bodies rendered again): the others claim them through OneTimeRuns.
            Map.entry("platform", Set.of("applied_seeds")),
            // When a published story joined or left a section, tag or byline, kept by the database's triggers (V28).
            Map.entry("site", Set.of("listing_changes")),
            // The fronts' working copies, live arrangements and revisions (V30), and the breaking-news banner (V32).
            Map.entry(
                    "frontpage",
                    Set.of(
                            "fronts",
                            "front_working_slots",
                            "front_revisions",
                            "front_revision_slots",
                            "front_banners")),
            Map.entry("demo", Set.of()),
            // The keys of the changes of a transaction, and the CDN purges they become, kept by the triggers (V33); the
            // changes feed's events, written by the triggers of V43 (V42).
            Map.entry("distribution", Set.of("change_keys", "cdn_purges", "change_events")),
            // The content API's keys, their use per day, and the rate-limit windows shared by all instances (V40).
            Map.entry("api", Set.of("api_keys", "api_key_usage", "api_rate_windows")),
            // Webhook endpoints, their deliveries, and how far the fan-out has read the changes feed (V49).
            Map.entry("webhooks", Set.of("webhook_endpoints", "webhook_deliveries", "webhook_feed_cursor")));

    /** The views each module reads, each defined by the module that owns the table behind it. */
    static final Map<String, Set<String>> READS = Map.of(
            "article", Set.of("section_refs", "tag_refs", "author_refs", "staff_names", "image_changes"),
            "media", Set.of("staff_names"));

    private static final Pattern NAMED =
            Pattern.compile("\\b(?:from|join|update|into|using|exists)\\s+(?:only\\s+)?([a-z_]+)\\b");

    @Test
    void eachModulesSqlNamesOnlyItsOwnTablesAndTheViewsOfferedToIt() throws IOException {
        Set<String> schema = schema();
        List<String> crossings = new ArrayList<>();
        for (String module : OWN.keySet()) {
            Set<String> allowed = new TreeSet<>(OWN.get(module));
            allowed.addAll(READS.getOrDefault(module, Set.of()));
            try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/newsroom", module))) {
                for (Path source :
                        sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher named = NAMED.matcher(Files.readString(source));
                    while (named.find()) {
                        String table = named.group(1);
                        if (schema.contains(table) && !allowed.contains(table)) {
                            crossings.add(module + ": " + source.getFileName() + " names " + table);
                        }
                    }
                }
            }
        }
        assertThat(crossings).isEmpty();
    }

    @Test
    void everyTableAndViewHasAnOwner() throws IOException {
        Set<String> owned = new TreeSet<>();
        OWN.values().forEach(owned::addAll);
        assertThat(owned).containsAll(schema());
    }

    /** The tables and views the migrations create and do not drop again. */
    private static Set<String> schema() throws IOException {
        Pattern created = Pattern.compile("(?i)create (?:table|view) (?:if not exists )?(\\w+)");
        Pattern dropped = Pattern.compile("(?i)drop (?:table|view) (?:if exists )?(\\w+)");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<Path> inOrder = migrations
                    .sorted(java.util.Comparator.comparingInt(
                            m -> Integer.parseInt(m.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList();
            for (Path migration : inOrder) {
                String sql = Files.readString(migration);
                created.matcher(sql).results().forEach(m -> names.add(m.group(1).toLowerCase()));
                dropped.matcher(sql)
                        .results()
                        .forEach(m -> names.remove(m.group(1).toLowerCase()));
            }
        }
        return names;
    }
}
