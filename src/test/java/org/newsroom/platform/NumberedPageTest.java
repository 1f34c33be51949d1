package org.newsroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pager's arithmetic that the story list and the media library share. */
class NumberedPageTest {

    record Page(int page, long total) implements NumberedPage {
        @Override
        public int pageSize() {
            return 10;
        }
    }

    @Test
    void anEmptyListIsOnePageWithNothingEitherSide() {
        Page page = new Page(1, 0);
        assertThat(page.pages()).isEqualTo(1);
        assertThat(page.hasPrevious()).isFalse();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aPartPageCountsAsAPage() {
        assertThat(new Page(1, 10).pages()).isEqualTo(1);
        assertThat(new Page(1, 11).pages()).isEqualTo(2);
    }

    @Test
    void aMiddlePageHasPagesEitherSide() {
        Page page = new Page(2, 25);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
        assertThat(new Page(3, 25).hasNext()).isFalse();
    }
}
