package org.newsroom.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.newsroom.live.PastCoverage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A story file: YAML front matter between two {@code ---} lines, then the body in Markdown. This is the format of the
 * project's example story, {@code geneva-ii-talks.md}.
 *
 * @param section the section path, e.g. {@code world/middle-east}
 * @param byline the author names; "A and B" or "A, B and C" name several authors
 * @param image the lead image: a scene, whose picture is {@code demo/images/<scene>.png}, with its alt text, caption and credit; or
 *     {@code null}
 * @param live the story's live coverage, from its {@code live} block (when it started and ended, who started it, and
 *     its entries: each with its time, author, body and maybe a title, {@code key: true} or {@code pinned: true}); or
 *     {@code null} for a story never covered live
 */
record StoryFile(
        String headline,
        String deck,
        String section,
        List<String> tags,
        String dateline,
        List<String> byline,
        Instant published,
        Instant updated,
        String body,
        Image image,
        PastCoverage live) {

    /** A demo story's lead image. */
    record Image(String scene, String alt, String caption, String credit) {}

    static StoryFile parse(String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw new IllegalArgumentException("A story file starts with a --- line");
        }
        int end = normalized.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new IllegalArgumentException("The front matter of a story file ends with a --- line");
        }
        Map<String, Object> front =
                new Yaml(new SafeConstructor(new LoaderOptions())).load(normalized.substring(4, end));
        String body = normalized.substring(end + 5).strip();
        return new StoryFile(
                required(front, "headline"),
                optional(front, "deck"),
                required(front, "section"),
                front.get("tags") instanceof List<?> list
                        ? list.stream().map(String::valueOf).toList()
                        : List.of(),
                optional(front, "dateline"),
                splitByline(optional(front, "byline")),
                instant(front.get("published")),
                instant(front.get("updated")),
                body,
                image(front.get("image")),
                live(front.get("live")));
    }

    @SuppressWarnings("unchecked")
    private static PastCoverage live(Object value) {
        if (!(value instanceof Map<?, ?> block)) {
            return null;
        }
        Map<String, Object> fields = (Map<String, Object>) block;
        List<PastCoverage.Entry> entries = new java.util.ArrayList<>();
        if (fields.get("entries") instanceof List<?> listed) {
            for (Object item : listed) {
                Map<String, Object> entry = (Map<String, Object>) item;
                entries.add(new PastCoverage.Entry(
                        instant(entry.get("at")),
                        optional(entry, "title"),
                        required(entry, "body"),
                        required(entry, "author"),
                        Boolean.TRUE.equals(entry.get("key")),
                        Boolean.TRUE.equals(entry.get("pinned"))));
            }
        }
        return new PastCoverage(
                instant(fields.get("started")), required(fields, "started-by"), instant(fields.get("ended")), entries);
    }

    private static Image image(Object value) {
        if (!(value instanceof Map<?, ?> image)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) image;
        return new Image(
                required(fields, "scene"),
                required(fields, "alt"),
                optional(fields, "caption"),
                required(fields, "credit"));
    }

    static List<String> splitByline(String byline) {
        if (byline == null || byline.isBlank()) {
            return List.of();
        }
        // "Staff and agencies" is one author, not two.
        if (byline.strip().equalsIgnoreCase("Staff and agencies")) {
            return List.of(byline.strip());
        }
        return List.of(byline.split("\\s*,\\s*|\\s+and\\s+")).stream()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    private static String required(Map<String, Object> front, String key) {
        String value = optional(front, key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A story file needs '" + key + "'");
        }
        return value;
    }

    private static String optional(Map<String, Object> front, String key) {
        Object value = front.get(key);
        return value == null ? null : String.valueOf(value).strip();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Date date -> date.toInstant();
            default -> OffsetDateTime.parse(String.valueOf(value)).toInstant();
        };
    }
}
