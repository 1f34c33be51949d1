package org.newsroom.frontpage;

import java.util.List;

/**
 * A front as an editor arranges it: the working copy's slots (the first is the lead), whether it differs from what
 * readers see, the scheduled arrangements waiting for their time, and the latest revisions.
 *
 * @param name what the front is called on screen ("Front page", or the section's name)
 * @param liveNeedsAttention how many of the live arrangement's slots readers see filled by an automatic story
 */
public record FrontEditorView(
        FrontKey front,
        String name,
        List<Slot> slots,
        boolean hasUnpublishedChanges,
        int liveNeedsAttention,
        String lastEditedBy,
        List<FrontRevision> scheduled,
        List<FrontRevision> revisions) {

    /**
     * A slot of the working copy.
     *
     * @param storyHeadline the story's own headline
     * @param attention why readers would see the next automatic story here instead, or {@code null} if they see this
     *     one
     */
    public record Slot(
            int number,
            long articleId,
            String storyHeadline,
            String headline,
            String deck,
            Long imageId,
            String attention) {

        public boolean needsAttention() {
            return attention != null;
        }

        public boolean isLead() {
            return number == 1;
        }
    }
}
