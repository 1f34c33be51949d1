package org.newsroom.frontpage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.article.ArticleService;
import org.newsroom.article.StoryState;
import org.newsroom.media.MediaLibrary;
import org.newsroom.platform.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * What an editor's arrangement of a front must be before it is saved, scheduled or published: the stories and pictures
 * it names exist in their modules, and it fits the front.
 */
@Component
class FrontSlotRules {

    private final ArticleService articles;
    private final MediaLibrary media;

    FrontSlotRules(ArticleService articles, MediaLibrary media) {
        this.articles = articles;
        this.media = media;
    }

    /** The slots as they may be saved: each story once, one that exists, texts within their lengths. */
    List<FrontSlot> checked(List<FrontSlot> slots) {
        if (slots.size() > FrontCuration.MAX_SLOTS) {
            throw new RuleViolation(
                    "A front holds a lead and at most " + (FrontCuration.MAX_SLOTS - 1) + " top stories.");
        }
        Set<Long> seen = new LinkedHashSet<>();
        for (FrontSlot slot : slots) {
            if (!seen.add(slot.articleId())) {
                throw new RuleViolation("A story can take only one place on a front.");
            }
            if (slot.headline() != null && slot.headline().length() > FrontSlot.MAX_HEADLINE) {
                throw new RuleViolation("A front headline has at most " + FrontSlot.MAX_HEADLINE + " characters.");
            }
            if (slot.deck() != null && slot.deck().length() > FrontSlot.MAX_DECK) {
                throw new RuleViolation("A front deck has at most " + FrontSlot.MAX_DECK + " characters.");
            }
        }
        Map<Long, StoryState> states = articles.states(seen);
        for (Long id : seen) {
            if (!states.containsKey(id)) {
                throw new RuleViolation("There is no story " + id + ".");
            }
        }
        Set<Long> images =
                slots.stream().map(FrontSlot::imageId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (!images.isEmpty()) {
            Set<Long> found = media.pictures(images).keySet();
            images.stream().filter(id -> !found.contains(id)).findFirst().ifPresent(id -> {
                throw new RuleViolation("There is no image " + id + " in the media library.");
            });
        }
        return List.copyOf(slots);
    }
}
