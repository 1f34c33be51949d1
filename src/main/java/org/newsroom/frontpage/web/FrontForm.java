package org.newsroom.frontpage.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsroom.frontpage.FrontEditorView;
import org.newsroom.frontpage.FrontSlot;
import org.newsroom.platform.RuleViolation;

/**
 * The front's form: its slots in order (the first is the lead), each with its position field and the front's own
 * headline, deck and picture, and the time of a schedule. Every button posts all of it, so that whatever an editor
 * typed is kept whichever button they press. The story's headline and the slot's warning travel with it only to be
 * shown again.
 */
public class FrontForm {

    private List<SlotForm> slots = new ArrayList<>();
    private String scheduleAt;

    static FrontForm of(FrontEditorView view) {
        FrontForm form = new FrontForm();
        for (FrontEditorView.Slot slot : view.slots()) {
            SlotForm row = new SlotForm();
            row.setArticleId(slot.articleId());
            row.setPosition(String.valueOf(slot.number()));
            row.setHeadline(slot.headline());
            row.setDeck(slot.deck());
            row.setImageId(slot.imageId() == null ? null : String.valueOf(slot.imageId()));
            row.setStoryHeadline(slot.storyHeadline());
            row.setAttention(slot.attention());
            form.slots.add(row);
        }
        return form;
    }

    /**
     * The slots in the order their position fields give: a slot whose number was changed is taken out and put in at
     * that number among the others (so "1" makes a story the lead, and the last number moves it to the end); the
     * others keep their order.
     */
    List<FrontSlot> toSlots() {
        List<SlotForm> present = slots.stream()
                .filter(slot -> slot != null && slot.getArticleId() != null)
                .toList();
        List<SlotForm> staying = new ArrayList<>();
        List<Moved> moved = new ArrayList<>();
        for (int i = 0; i < present.size(); i++) {
            SlotForm slot = present.get(i);
            Integer wanted = number(slot.getPosition());
            if (wanted == null || wanted == i + 1) {
                staying.add(slot);
            } else {
                moved.add(new Moved(slot, wanted));
            }
        }
        moved.sort(Comparator.comparingInt(Moved::number));
        List<SlotForm> ordered = new ArrayList<>(staying);
        for (Moved move : moved) {
            ordered.add(Math.clamp(move.number() - 1, 0, ordered.size()), move.slot());
        }
        return ordered.stream().map(SlotForm::toSlot).toList();
    }

    private record Moved(SlotForm slot, int number) {}

    private static Integer number(String position) {
        if (position == null || position.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(position.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("Positions are whole numbers, like 1 for the lead.");
        }
    }

    /** The slots as they are, moved about by a button before the service sees them. */
    List<SlotForm> rows() {
        return slots;
    }

    public List<SlotForm> getSlots() {
        return slots;
    }

    public void setSlots(List<SlotForm> slots) {
        this.slots = slots == null ? new ArrayList<>() : new ArrayList<>(slots);
    }

    public String getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(String scheduleAt) {
        this.scheduleAt = scheduleAt;
    }

    public static class SlotForm {
        private Long articleId;
        private String position;
        private String headline;
        private String deck;
        private String imageId;
        private String storyHeadline;
        private String attention;

        FrontSlot toSlot() {
            Long image = null;
            if (imageId != null && !imageId.isBlank()) {
                try {
                    image = Long.parseLong(imageId.strip());
                } catch (NumberFormatException e) {
                    throw new RuleViolation("A front picture is an image's number in the media library, like 42.");
                }
            }
            return new FrontSlot(articleId, headline, deck, image);
        }

        public Long getArticleId() {
            return articleId;
        }

        public void setArticleId(Long articleId) {
            this.articleId = articleId;
        }

        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = position;
        }

        public String getHeadline() {
            return headline;
        }

        public void setHeadline(String headline) {
            this.headline = headline;
        }

        public String getDeck() {
            return deck;
        }

        public void setDeck(String deck) {
            this.deck = deck;
        }

        public String getImageId() {
            return imageId;
        }

        public void setImageId(String imageId) {
            this.imageId = imageId;
        }

        public String getStoryHeadline() {
            return storyHeadline;
        }

        public void setStoryHeadline(String storyHeadline) {
            this.storyHeadline = storyHeadline;
        }

        public String getAttention() {
            return attention;
        }

        public void setAttention(String attention) {
            this.attention = attention;
        }
    }
}
