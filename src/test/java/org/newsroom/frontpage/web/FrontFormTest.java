package org.newsroom.frontpage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.frontpage.FrontSlot;
import org.newsroom.platform.RuleViolation;

/** The position fields, as an editor without JavaScript uses them. */
class FrontFormTest {

    @Test
    void aNumberTypedIntoOneSlotMovesThatStoryThereAndTheOthersKeepTheirOrder() {
        assertThat(order(form("1", "2", "1"))).containsExactly(3L, 1L, 2L);
        assertThat(order(form("3", "2", "3"))).containsExactly(2L, 3L, 1L);
        assertThat(order(form("1", "2", "3"))).containsExactly(1L, 2L, 3L);
        assertThat(order(form("", "", "2"))).containsExactly(1L, 3L, 2L);
        assertThat(order(form("99", "2", "3"))).containsExactly(2L, 3L, 1L);
    }

    @Test
    void aWholeNewOrderTypedInIsTaken() {
        assertThat(order(form("3", "1", "2"))).containsExactly(2L, 3L, 1L);
    }

    @Test
    void aPositionThatIsNoNumberIsRefusedWithAMessage() {
        assertThatThrownBy(() -> form("first", "2", "3").toSlots())
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("whole numbers");
    }

    @Test
    void theFrontsOwnTextsAndPictureTravelWithTheirStory() {
        FrontForm form = form("2", "1", "3");
        form.getSlots().getFirst().setHeadline("  Short one  ");
        form.getSlots().getFirst().setImageId("42");
        FrontSlot moved = form.toSlots().get(1);
        assertThat(moved).isEqualTo(new FrontSlot(1, "Short one", null, 42L));
    }

    private static List<Long> order(FrontForm form) {
        return form.toSlots().stream().map(FrontSlot::articleId).toList();
    }

    private static FrontForm form(String... positions) {
        List<FrontForm.SlotForm> slots = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            FrontForm.SlotForm slot = new FrontForm.SlotForm();
            slot.setArticleId(i + 1L);
            slot.setPosition(positions[i]);
            slots.add(slot);
        }
        FrontForm form = new FrontForm();
        form.setSlots(slots);
        return form;
    }
}
