package cn.duban.files;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Parsing an uploaded document or workbook is the one thing a user can make cost hundreds of
 * megabytes; at most two run at once, whoever asks and whatever the kind, and the rest wait their
 * turn for a while and are then told to try again. With each parse bounded (ZipBounds, streaming),
 * this keeps the whole under a fixed share of the heap.
 */
public final class ParseGate {

    private static final Semaphore TURNS = new Semaphore(2, true);

    private ParseGate() {
    }

    /** Runs {@code parse} in its turn; {@code busy} makes the refusal when no turn came in 20 seconds. */
    public static <T> T run(Supplier<T> parse, Supplier<? extends RuntimeException> busy) {
        boolean turn;
        try {
            turn = TURNS.tryAcquire(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw busy.get();
        }
        try {
            return parse.get();
        } finally {
            TURNS.release();
        }
    }
}
