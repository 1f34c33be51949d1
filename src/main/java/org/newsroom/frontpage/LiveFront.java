package org.newsroom.frontpage;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.article.ArticleSummary;

/**
 * What a front shows of its arrangement: the chosen stories that readers can see now, in the editors' order, each
 * with the front's own headline, deck and picture where a slot gives them. A chosen story that is not public (taken
 * down, or its time not come) is left out, so that the automatic stories after it move up into its place.
 *
 * @param arrangedAt when the arrangement shown went out, or {@code null} if the front was never arranged
 */
public record LiveFront(List<ArticleSummary> chosen, Instant arrangedAt) {

    public static final LiveFront NONE = new LiveFront(List.of(), null);

    public Set<Long> chosenIds() {
        return chosen.stream().map(ArticleSummary::id).collect(Collectors.toSet());
    }

    /** The chosen stories, then the automatic ones not already chosen, {@code size} in all. */
    public List<ArticleSummary> filledFrom(List<ArticleSummary> automatic, int size) {
        Set<Long> chosenIds = chosenIds();
        return java.util.stream.Stream.concat(
                        chosen.stream(), automatic.stream().filter(story -> !chosenIds.contains(story.id())))
                .limit(size)
                .toList();
    }
}
