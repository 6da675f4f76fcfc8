package org.yichuang.client.identity.sam;

/**
 * Lets another thread end a read: {@link #cancel()} sets the flag and wakes a {@link #pause} at once, so a cancelled
 * read ends within one byte poll (about a millisecond) rather than at the next 300 ms find.
 */
final class CancelSignal {
    private boolean cancelled;

    /** Clears the flag at the start of a read. */
    synchronized void reset() {
        cancelled = false;
    }

    /** Sets the flag and wakes the reading thread. */
    synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    /** Whether {@link #cancel()} was called since the last {@link #reset()}. */
    synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Waits {@code nanos} unless cancelled first; returns whether it was cancelled. */
    synchronized boolean pause(long nanos) throws InterruptedException {
        long end = System.nanoTime() + nanos;
        long left = nanos;
        while (!cancelled && left > 0) {
            wait(left / 1_000_000, (int) (left % 1_000_000));
            left = end - System.nanoTime();
        }
        return cancelled;
    }
}
