package org.newsroom.frontpage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ArticleSummary;
import org.newsroom.media.MediaLibrary;
import org.newsroom.media.Picture;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.taxonomy.SectionService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fronts as readers see them: the reader site's way into this module. A front's live arrangement costs one query
 * (its slots, by primary key), one for its stories (by primary key, only those readers can see now) and one for
 * their pictures, whatever its length.
 */
@Service
public class FrontPages {

    private final FrontStore store;
    private final ArticleService articles;
    private final MediaLibrary media;
    private final SectionService sections;

    FrontPages(FrontStore store, ArticleService articles, MediaLibrary media, SectionService sections) {
        this.store = store;
        this.articles = articles;
        this.media = media;
        this.sections = sections;
    }

    /** The live arrangement of this front, as readers see it now. */
    @Transactional(readOnly = true)
    public LiveFront live(FrontKey front) {
        FrontStore.Live live = store.live(front);
        return live.slots().isEmpty()
                ? new LiveFront(List.of(), live.publishedAt())
                : new LiveFront(shown(live.slots()), live.publishedAt());
    }

    /** The working copy of this front, as readers would see it if it were published now: for an editor's preview. */
    @Transactional(readOnly = true)
    public LiveFront preview(FrontKey front, Actor actor) {
        if (!actor.can(StaffRole.EDITOR)) {
            throw new AccessDeniedException("Only editors arrange the fronts.");
        }
        List<FrontSlot> slots =
                store.working(front).orElseGet(() -> store.live(front).slots());
        return new LiveFront(shown(slots), null);
    }

    /** The slots' stories that readers can see now, in the slots' order, with what each slot shows instead. */
    List<ArticleSummary> shown(List<FrontSlot> slots) {
        Set<Long> ids = slots.stream().map(FrontSlot::articleId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, ArticleSummary> visible =
                articles.visibleAmong(ids).stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        Set<Long> imageIds = slots.stream()
                .filter(slot -> slot.imageId() != null && visible.containsKey(slot.articleId()))
                .map(FrontSlot::imageId)
                .collect(Collectors.toSet());
        Map<Long, Picture> pictures = imageIds.isEmpty() ? Map.of() : media.pictures(imageIds);
        List<ArticleSummary> shown = new ArrayList<>();
        for (FrontSlot slot : slots) {
            ArticleSummary story = visible.get(slot.articleId());
            if (story != null) {
                shown.add(asSlotShowsIt(story, slot, pictures));
            }
        }
        return List.copyOf(shown);
    }

    private static ArticleSummary asSlotShowsIt(ArticleSummary story, FrontSlot slot, Map<Long, Picture> pictures) {
        Picture picture = slot.imageId() == null ? null : pictures.get(slot.imageId());
        if (slot.headline() == null && slot.deck() == null && picture == null) {
            return story;
        }
        return new ArticleSummary(
                story.id(),
                slot.headline() == null ? story.headline() : slot.headline(),
                slot.deck() == null ? story.deck() : slot.deck(),
                story.language(),
                story.slug(),
                story.section(),
                story.publishedAt(),
                story.updatedAt(),
                story.path(),
                story.lead(),
                picture == null ? story.image() : picture);
    }
}
