package org.newsroom.article;

import java.time.Instant;

/**
 * Who has a story open in the editor, as this editor sees it.
 *
 * @param state {@code HELD} (this editor has it), {@code OTHER} (someone else is editing), or {@code TAKEN_OVER}
 *     (someone else took it over from this editor)
 * @param name the other person's name, for {@code OTHER} and {@code TAKEN_OVER}
 * @param since when the other person started editing, or took over
 */
public record EditPresence(String state, String name, Instant since) {

    public static final String HELD = "HELD";
    public static final String OTHER = "OTHER";
    public static final String TAKEN_OVER = "TAKEN_OVER";

    public boolean someoneElse() {
        return !HELD.equals(state);
    }
}
