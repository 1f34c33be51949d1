package org.newsroom.article;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsroom.article.RevisionComparison.FieldDiff;
import org.newsroom.article.RevisionComparison.Row;
import org.newsroom.media.MediaLibrary;
import org.newsroom.people.AuthorRef;
import org.newsroom.people.AuthorService;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.newsroom.taxonomy.TagRef;
import org.newsroom.taxonomy.TagService;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Compares two versions of a story: word by word in the text fields (java-diff-utils, which escapes the text and
 * marks changed words with {@code <del>} and {@code <ins>}), value by value in the others.
 */
@Component
record RevisionDiffer(SectionService sections, TagService tags, AuthorService authors, MediaLibrary media) {

    private static final DiffRowGenerator WORDS = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    RevisionComparison compare(String leftLabel, ArticleDraft left, String rightLabel, ArticleDraft right) {
        List<FieldDiff> fields = new ArrayList<>();
        for (StoryField field : StoryField.values()) {
            String label = field.label();
            switch (field) {
                case SECTION -> fields.add(value(label, section(left.sectionId()), section(right.sectionId())));
                case BYLINE -> fields.add(value(label, byline(left), byline(right)));
                case TAGS -> fields.add(value(label, tags(left), tags(right)));
                case LEAD_IMAGE -> fields.addAll(leadImage(label, left.leadImage(), right.leadImage()));
                default ->
                    fields.add(
                            field.wordByWord()
                                    ? text(label, field.textIn(left), field.textIn(right))
                                    : value(label, field.textIn(left), field.textIn(right)));
            }
        }
        return new RevisionComparison(leftLabel, rightLabel, fields);
    }

    /** The image, then what this story says of it, each a row of its own: a changed caption is easy to see. */
    private List<FieldDiff> leadImage(String label, LeadImage left, LeadImage right) {
        return List.of(
                value(label, image(left), image(right)),
                text(label + " alt text", left.alt(), right.alt()),
                text(label + " caption", left.caption(), right.caption()),
                value(label + " is decorative", yes(left.decorative()), yes(right.decorative())));
    }

    static FieldDiff text(String label, String left, String right) {
        List<String> leftLines = lines(left);
        List<String> rightLines = lines(right);
        if (leftLines.equals(rightLines)) {
            List<Row> rows = leftLines.stream()
                    .map(line -> new Row(HtmlUtils.htmlEscape(line), HtmlUtils.htmlEscape(line), false))
                    .toList();
            return new FieldDiff(label, false, rows);
        }
        List<Row> rows = new ArrayList<>();
        for (DiffRow row : WORDS.generateDiffRows(leftLines, rightLines)) {
            rows.add(new Row(row.getOldLine(), row.getNewLine(), row.getTag() != DiffRow.Tag.EQUAL));
        }
        return new FieldDiff(label, true, rows);
    }

    private static FieldDiff value(String label, String left, String right) {
        boolean changed = !Objects.equals(blankToEmpty(left), blankToEmpty(right));
        return new FieldDiff(
                label,
                changed,
                List.of(new Row(
                        HtmlUtils.htmlEscape(blankToEmpty(left)), HtmlUtils.htmlEscape(blankToEmpty(right)), changed)));
    }

    private String section(Long id) {
        if (id == null) {
            return "";
        }
        return sections.findSection(id).map(SectionRef::name).orElse("(deleted section " + id + ")");
    }

    private String image(LeadImage lead) {
        if (!lead.present()) {
            return "";
        }
        return media.find(lead.imageId())
                .map(image -> "Image " + image.id() + " (" + image.fileName() + ")")
                .orElse("Image " + lead.imageId() + " (deleted from the library)");
    }

    private static String yes(boolean value) {
        return value ? "Yes" : "";
    }

    private String byline(ArticleDraft draft) {
        return String.join(
                ", ",
                authors.authors(draft.authorIds()).stream().map(AuthorRef::name).toList());
    }

    private String tags(ArticleDraft draft) {
        return String.join(
                ", ", tags.tags(draft.tagIds()).stream().map(TagRef::name).toList());
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value;
    }
}
