package org.newsroom.platform;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The loop of {@link ScheduledWork}: the due items are taken and done one at a time, each in a transaction of its own
 * (taken with {@code FOR UPDATE SKIP LOCKED}, so that with several instances each goes out once), so that one that fails
 * rolls back alone and those after it still go out.
 */
public final class DueItems {

    private DueItems() {}

    /**
     * Does what is due, at most {@code max} items in one run.
     *
     * @param take the next due item, locked for this transaction; empty when nothing more is due
     * @param work does the item, in the same transaction
     * @param failed called, outside any transaction, with an item whose work threw; it records the failure as it must
     *     (in a transaction of its own), and the run goes on with the next item
     * @return how many items were done
     * @throws RuntimeException what {@code take} threw, which ends the run
     */
    public static <T> int doEach(
            TransactionOperations transaction,
            int max,
            Supplier<Optional<T>> take,
            Consumer<T> work,
            BiConsumer<T, RuntimeException> failed) {
        int done = 0;
        for (int i = 0; i < max; i++) {
            AtomicReference<T> taken = new AtomicReference<>();
            try {
                Boolean went = transaction.execute(status -> {
                    Optional<T> due = take.get();
                    if (due.isEmpty()) {
                        return false;
                    }
                    taken.set(due.get());
                    work.accept(due.get());
                    return true;
                });
                if (!Boolean.TRUE.equals(went)) {
                    return done;
                }
                done++;
            } catch (RuntimeException e) {
                if (taken.get() == null) {
                    throw e;
                }
                failed.accept(taken.get(), e);
            }
        }
        return done;
    }
}
