package org.newsroom.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Expand, then contract: during a rolling upgrade the previous release keeps running against the schema that the new
 * release's migrations made, so a new migration (after {@link #LAST_BEFORE_THE_RULES}) may add but not take away.
 *
 * <ul>
 *   <li>Dropping or renaming a table, view or column, or changing a column's type, is a contraction. It must be
 *       announced by a line {@code -- contract: table.column} (or {@code -- contract: table}) naming what it removes,
 *       and the previous release must no longer use it: no statement of {@code upgrade/previous-release.sql} (what
 *       that release ran, recorded by {@code deploy/upgrade/record-release-statements.sh}) may name it. So a column is
 *       dropped one release after the last release that read it.
 *   <li>A column added {@code not null} needs a {@code default}: the previous release's inserts do not name it.
 * </ul>
 *
 * {@code RollingUpgradeTest} then prepares every recorded statement against the migrated schema.
 */
class MigrationRulesTest {

    /** The migrations up to here were written before these rules and ran long ago; they are not checked. */
    static final int LAST_BEFORE_THE_RULES = 36;

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.*\\.sql$");
    private static final Pattern CONTRACT = Pattern.compile("(?im)^\\s*--\\s*contract:\\s*([a-z_][a-z0-9_.]*)\\s*$");
    private static final Pattern ALTER_TABLE =
            Pattern.compile("(?is)alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?([a-z_][a-z0-9_]*)\\s+(.*)");
    private static final Pattern DROP_RELATION = Pattern.compile(
            "(?is)^drop\\s+(?:materialized\\s+)?(table|view)\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_, ]*)");
    private static final Pattern DROP_COLUMN =
            Pattern.compile("(?is)drop\\s+(?:column\\s+)?(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern RENAME_COLUMN =
            Pattern.compile("(?is)rename\\s+(?:column\\s+)?([a-z_][a-z0-9_]*)\\s+to\\s+");
    private static final Pattern RENAME_TABLE = Pattern.compile("(?is)^rename\\s+to\\s+");
    private static final Pattern ALTER_TYPE =
            Pattern.compile("(?is)alter\\s+(?:column\\s+)?([a-z_][a-z0-9_]*)\\s+(?:set\\s+data\\s+)?type\\s+");
    private static final Pattern ADD_COLUMN =
            Pattern.compile("(?is)^add\\s+(?:column\\s+)?(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)\\s+(.*)$");
    private static final Pattern WORD = Pattern.compile("[a-z_][a-z0-9_]*");

    @Test
    void everyNewMigrationOnlyExpandsOrContractsWhatThePreviousReleaseNoLongerUses() throws IOException {
        List<Set<String>> used = wordsOf(previousRelease());
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher version = VERSION.matcher(file.getFileName().toString());
                if (version.matches() && Integer.parseInt(version.group(1)) > LAST_BEFORE_THE_RULES) {
                    problems.addAll(problems(file.getFileName().toString(), Files.readString(file), used));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aDroppedColumnMustBeAnnounced() {
        assertThat(problems("V99__x.sql", "alter table articles drop column deck;", List.of()))
                .singleElement()
                .asString()
                .contains("articles.deck", "-- contract: articles.deck");
        assertThat(problems(
                        "V99__x.sql", "-- contract: articles.deck\nalter table articles drop column deck;", List.of()))
                .isEmpty();
    }

    @Test
    void aColumnThePreviousReleaseStillReadsMayNotBeContracted() {
        List<Set<String>> used = wordsOf(List.of("select id, deck from articles where id = $1"));
        assertThat(problems("V99__x.sql", "-- contract: articles.deck\nalter table articles drop column deck;", used))
                .singleElement()
                .asString()
                .contains("articles.deck", "previous release");
    }

    @Test
    void renamesTypeChangesAndDroppedTablesAreContractionsToo() {
        assertThat(problems("V99__x.sql", """
                        alter table articles rename column deck to standfirst;
                        alter table articles alter column headline type text;
                        alter table sections rename to desks;
                        drop table if exists tags;
                        """, List.of()))
                .hasSize(4)
                .anySatisfy(problem -> assertThat(problem).contains("articles.deck"))
                .anySatisfy(problem -> assertThat(problem).contains("articles.headline"))
                .anySatisfy(problem -> assertThat(problem).contains("-- contract: sections"))
                .anySatisfy(problem -> assertThat(problem).contains("-- contract: tags"));
    }

    @Test
    void aNewNotNullColumnNeedsADefault() {
        assertThat(problems("V99__x.sql", "alter table articles add column kicker varchar(80) not null;", List.of()))
                .singleElement()
                .asString()
                .contains("articles.kicker", "default");
        assertThat(problems(
                        "V99__x.sql",
                        "alter table articles add column kicker varchar(80) not null default '';\n"
                                + "alter table articles add column note text;",
                        List.of()))
                .isEmpty();
    }

    /** What is wrong with one migration, given the words of the previous release's statements. */
    static List<String> problems(String name, String sql, List<Set<String>> usedByThePreviousRelease) {
        Set<String> announced = new TreeSet<>();
        Matcher contract = CONTRACT.matcher(sql);
        while (contract.find()) {
            announced.add(contract.group(1).toLowerCase(Locale.ROOT));
        }
        List<String> problems = new ArrayList<>();
        for (String statement : statements(sql)) {
            for (String removed : contractions(statement)) {
                if (!announced.contains(removed)) {
                    problems.add(name + " removes " + removed + " without a line \"-- contract: " + removed + "\"");
                } else if (usedBy(removed, usedByThePreviousRelease)) {
                    problems.add(name + " removes " + removed
                            + ", which the previous release still uses (upgrade/previous-release.sql): stop using it"
                            + " first, and contract one release later");
                }
            }
            Matcher table = ALTER_TABLE.matcher(statement);
            if (table.find()) {
                for (String action : actions(table.group(2))) {
                    Matcher add = ADD_COLUMN.matcher(action);
                    if (add.find()) {
                        String definition = add.group(2).toLowerCase(Locale.ROOT);
                        if (definition.matches("(?s).*\\bnot\\s+null\\b.*")
                                && !definition.matches("(?s).*\\b(default|generated)\\b.*")) {
                            problems.add(name + " adds " + table.group(1).toLowerCase(Locale.ROOT) + "."
                                    + add.group(1).toLowerCase(Locale.ROOT)
                                    + " not null without a default: the previous release's inserts would fail");
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** The tables ({@code table}) and columns ({@code table.column}) a statement takes away. */
    private static List<String> contractions(String statement) {
        List<String> removed = new ArrayList<>();
        Matcher relation = DROP_RELATION.matcher(statement);
        if (relation.find()) {
            for (String table : relation.group(2).split(",")) {
                removed.add(table.strip().toLowerCase(Locale.ROOT));
            }
            return removed;
        }
        Matcher table = ALTER_TABLE.matcher(statement);
        if (!table.find()) {
            return removed;
        }
        String name = table.group(1).toLowerCase(Locale.ROOT);
        for (String action : actions(table.group(2))) {
            String lower = action.toLowerCase(Locale.ROOT);
            if (RENAME_TABLE.matcher(lower).find()) {
                removed.add(name);
                continue;
            }
            if (lower.startsWith("drop constraint")
                    || lower.startsWith("drop default")
                    || lower.startsWith("drop not null")) {
                continue; // relaxing: the previous release's statements still work
            }
            for (Pattern column : List.of(DROP_COLUMN, RENAME_COLUMN, ALTER_TYPE)) {
                Matcher matcher = column.matcher(lower);
                if (matcher.lookingAt()) {
                    removed.add(name + "." + matcher.group(1));
                    break;
                }
            }
        }
        return removed;
    }

    /** The comma-separated actions of an {@code alter table}, outside parentheses. */
    private static List<String> actions(String text) {
        List<String> actions = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                actions.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        actions.add(current.toString().strip());
        return actions;
    }

    /** The statements of a migration, without comments; dollar-quoted bodies (functions) are not split. */
    private static List<String> statements(String sql) {
        String code = sql.replaceAll("(?m)--.*$", "");
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean dollar = false;
        for (int i = 0; i < code.length(); i++) {
            if (code.startsWith("$$", i)) {
                dollar = !dollar;
                current.append("$$");
                i++;
                continue;
            }
            char c = code.charAt(i);
            if (c == ';' && !dollar) {
                statements.add(current.toString().strip().replaceAll("\\s+", " "));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip().replaceAll("\\s+", " "));
        }
        return statements.stream().filter(s -> !s.isEmpty()).toList();
    }

    /** Whether one statement names the table (and the column) that {@code removed} is. */
    private static boolean usedBy(String removed, List<Set<String>> statements) {
        List<String> parts = List.of(removed.split("\\."));
        return statements.stream().anyMatch(words -> words.containsAll(parts));
    }

    /** The identifier-like words of each statement, lower-cased. */
    static List<Set<String>> wordsOf(List<String> statements) {
        List<Set<String>> all = new ArrayList<>();
        for (String statement : statements) {
            Set<String> words = new TreeSet<>();
            Matcher word = WORD.matcher(statement.toLowerCase(Locale.ROOT));
            while (word.find()) {
                words.add(word.group());
            }
            all.add(words);
        }
        return all;
    }

    /**
     * The previous release's statements, one a line, without those of its migrations (which the recording also saw:
     * Flyway ran them once, on a schema that had not yet moved on; a running instance never sends them again).
     */
    static List<String> previousRelease() throws IOException {
        StringBuilder migrations = new StringBuilder();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                migrations
                        .append(Files.readString(file).replaceAll("\\s+", " "))
                        .append(' ');
            }
        }
        Path file = Path.of("src/test/resources/upgrade/previous-release.sql");
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("--"))
                .filter(line -> migrations.indexOf(line) < 0)
                .toList();
    }
}
