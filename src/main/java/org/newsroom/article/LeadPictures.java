package org.newsroom.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsroom.media.MediaLibrary;
import org.newsroom.media.Picture;
import org.springframework.stereotype.Component;

/**
 * Gives stories their lead pictures from the library: one query for a whole list, whatever its length, so a list page
 * costs the same with images as without.
 */
@Component
class LeadPictures {

    private final MediaLibrary media;

    LeadPictures(MediaLibrary media) {
        this.media = media;
    }

    List<ArticleSummary> attach(List<ArticleSummary> stories) {
        Map<Long, Picture> pictures = picturesOf(stories);
        return pictures.isEmpty()
                ? stories
                : stories.stream().map(s -> with(s, pictures)).toList();
    }

    StoryList attach(StoryList list) {
        return new StoryList(attach(list.stories()), list.olderThan());
    }

    List<SectionBlock> attachToBlocks(List<SectionBlock> blocks) {
        List<ArticleSummary> all = new ArrayList<>();
        blocks.forEach(block -> all.addAll(block.stories()));
        Map<Long, Picture> pictures = picturesOf(all);
        if (pictures.isEmpty()) {
            return blocks;
        }
        return blocks.stream()
                .map(block -> new SectionBlock(
                        block.section(),
                        block.stories().stream().map(s -> with(s, pictures)).toList()))
                .toList();
    }

    /** The lead image as this story shows it, or {@code null}. */
    Picture of(LeadImage lead) {
        if (!lead.present()) {
            return null;
        }
        Picture picture = media.pictures(List.of(lead.imageId())).get(lead.imageId());
        return picture == null ? null : picture.forUse(lead.alt(), lead.caption(), lead.decorative());
    }

    private Map<Long, Picture> picturesOf(Collection<ArticleSummary> stories) {
        Set<Long> ids = new LinkedHashSet<>();
        for (ArticleSummary story : stories) {
            if (story.lead().present()) {
                ids.add(story.lead().imageId());
            }
        }
        return ids.isEmpty() ? Map.of() : media.pictures(ids);
    }

    private static ArticleSummary with(ArticleSummary story, Map<Long, Picture> pictures) {
        LeadImage lead = story.lead();
        Picture picture = lead.present() ? pictures.get(lead.imageId()) : null;
        return picture == null ? story : story.withImage(picture.forUse(lead.alt(), lead.caption(), lead.decorative()));
    }
}
