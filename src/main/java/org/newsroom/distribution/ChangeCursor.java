package org.newsroom.distribution;

import java.util.regex.Pattern;

/**
 * A place in the changes feed: the transaction (its 64-bit id) and the sequence number of the last event a consumer
 * was given, written {@code <txid>-<id>}. Events are listed in this order, and only once every transaction that could
 * still write an event before it is over ({@link ChangeFeed}).
 */
public record ChangeCursor(long txid, long id) implements Comparable<ChangeCursor> {

    private static final Pattern FORM = Pattern.compile("[0-9]{1,18}-[0-9]{1,18}");

    /** Before every event. */
    public static final ChangeCursor START = new ChangeCursor(0, 0);

    public ChangeCursor {
        if (txid < 0 || id < 0) {
            throw new IllegalArgumentException("A cursor's numbers are not negative");
        }
    }

    /** The cursor as {@link #toString()} wrote it; anything else is refused with {@link IllegalArgumentException}. */
    public static ChangeCursor parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("Not a cursor: " + text);
        }
        int dash = text.indexOf('-');
        return new ChangeCursor(Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1)));
    }

    @Override
    public int compareTo(ChangeCursor other) {
        int byTransaction = Long.compare(txid, other.txid);
        return byTransaction != 0 ? byTransaction : Long.compare(id, other.id);
    }

    @Override
    public String toString() {
        return txid + "-" + id;
    }
}
