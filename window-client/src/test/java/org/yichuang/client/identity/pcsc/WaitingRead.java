package org.yichuang.client.identity.pcsc;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.IdentityCard;

/**
 * A read running on a thread of its own, so a test can wait until the reader really waits for a card before it
 * inserts one or cancels: a fixed sleep instead loses the race on a loaded machine (the reader resets its cancel flag
 * when a read starts, so a cancel that comes first is forgotten).
 */
final class WaitingRead implements AutoCloseable {
    /** The {@code javax.smartcardio} calls a reader blocks in while no card is there (JDK and fake alike). */
    private static final Set<String> WAITS = Set.of("waitForCardPresent", "waitForChange");

    private final CompletableFuture<Object> outcome = new CompletableFuture<>();
    private final Thread thread;

    private WaitingRead(SocialSecurityCardReader reader, Duration timeout) {
        thread = new Thread(() -> {
            try {
                outcome.complete(reader.read(timeout));
            } catch (CardReadException e) {
                outcome.complete(e);
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
        }, "test-card-read");
        thread.setDaemon(true);
    }

    /** Starts a read of up to {@code timeout} and returns once the reader is blocked waiting for a card. */
    static WaitingRead startWaiting(SocialSecurityCardReader reader, Duration timeout) {
        WaitingRead read = new WaitingRead(reader, timeout);
        read.thread.start();
        await().atMost(Duration.ofSeconds(10)).until(read::waiting);
        return read;
    }

    private boolean waiting() {
        return Arrays.stream(thread.getStackTrace()).anyMatch(f -> WAITS.contains(f.getMethodName()));
    }

    /** Returns true while the read has not ended. */
    boolean running() {
        return !outcome.isDone();
    }

    /** Returns the card read, failing the test if the read failed. */
    IdentityCard card(Duration wait) throws InterruptedException, ExecutionException, TimeoutException {
        Object result = outcome.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (result instanceof CardReadException e) {
            throw new AssertionError(e.reason() + ": " + e.getMessage(), e);
        }
        return (IdentityCard) result;
    }

    /** Returns the read's failure, failing the test if a card was read. */
    CardReadException failure(Duration wait) throws InterruptedException, ExecutionException, TimeoutException {
        Object result = outcome.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (result instanceof CardReadException e) {
            return e;
        }
        throw new AssertionError("expected a failed read, got " + result);
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
