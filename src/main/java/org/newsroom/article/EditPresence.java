package org.newsroom.article;

import java.time.Instant;

/**
 * Who has a story open in the editor, as this editor sees it.
 *
 * @param state {@code HELD} (this editor has it), {@code OTHER} (someone else is editing), or {@code TAKEN_OVER}
 *     (someone else took it over from this editor)
 * @param name the other person's name, for {@code OTHER} and {@code TAKEN_OVER}
 * @param since when the other person started editing, or took over
 * @param beatAt for {@code HELD}, the heartbeat this answer recorded: a page closing releases the hold only if no
 *     newer heartbeat (the same editor's next page, or another tab of theirs) has come since; else {@code null}
 */
public record EditPresence(String state, String name, Instant since, Instant beatAt) {

    public EditPresence(String state, String name, Instant since) {
        this(state, name, since, null);
    }

    public static final String HELD = "HELD";
    public static final String OTHER = "OTHER";
    public static final String TAKEN_OVER = "TAKEN_OVER";

    public boolean someoneElse() {
        return !HELD.equals(state);
    }
}
