package org.yichuang.client.identity.sam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;

/**
 * Request and response frames over a pair of streams (a serial port's, or pipes in tests): sends a request, then
 * resynchronises on the preamble, reads LEN, reads LEN bytes and verifies the XOR checksum.
 *
 * <p>Bytes are read only when {@link InputStream#available()} says they are there, polling about every
 * millisecond: that gives per-byte timeouts and cancellation on any stream (a blocked {@code read} on a pipe or a
 * serial port cannot be interrupted), and a poll costs a millisecond at most on an answer of 100 ms or more.
 * Not thread-safe: one reading thread; only the {@link CancelSignal} is shared.
 */
public final class SamChannel {
    /** A frame never needs more: the longest answer (text, photo and fingerprint) has LEN 2314. */
    static final int MAX_LEN = 4096;
    /** Bytes before a preamble that are skipped before giving up (line noise, a half frame from an earlier read). */
    static final int MAX_JUNK = 4096;
    private static final long POLL_NANOS = 1_000_000;
    /** How often the port is checked while it is silent. */
    private static final long PORT_CHECK_NANOS = 100_000_000;

    private final InputStream in;
    private final OutputStream out;
    private final String device;
    private final SamTimeouts timeouts;
    private final CancelSignal cancel;
    private final PortCheck portCheck;
    private final byte[] buffer = new byte[8192];
    private int pos;
    private int limit;
    private long lastByteNanos;

    /**
     * @param device    the device as the clerk sees it (from {@link SamMessages#device}), for the messages
     * @param portCheck called while the line is silent; throws when the port has gone
     */
    SamChannel(InputStream in, OutputStream out, String device, SamTimeouts timeouts, CancelSignal cancel,
            PortCheck portCheck) {
        this.in = in;
        this.out = out;
        this.device = device;
        this.timeouts = timeouts;
        this.cancel = cancel;
        this.portCheck = portCheck;
    }

    /** A channel over two streams without a port check or cancel signal of its own (tests, fuzzing, benchmarks). */
    public static SamChannel over(InputStream in, OutputStream out, String port, SamTimeouts timeouts) {
        return new SamChannel(in, out, SamMessages.device(port), timeouts, new CancelSignal(), PortCheck.NONE);
    }

    /** Returns the device as shown in messages. */
    String device() {
        return device;
    }

    /** Returns the cancel signal the channel watches. */
    CancelSignal cancelSignal() {
        return cancel;
    }

    /** When the last chunk of bytes read arrived from the stream ({@link System#nanoTime()}). */
    long lastByteNanos() {
        return lastByteNanos;
    }

    /** Returns the timeouts. */
    SamTimeouts timeouts() {
        return timeouts;
    }

    /**
     * Sends {@code command} (e.g. {@link SamFrames#CMD_FIND}) and returns the verified answer; the status is not
     * interpreted here. Bytes left over from an earlier, abandoned answer are dropped first.
     *
     * @param answerTimeout how long to wait for the answer's first byte
     */
    public SamResponse exchange(int command, Duration answerTimeout) throws CardReadException {
        drain();
        try {
            out.write(SamFrames.request(command));
            out.flush();
        } catch (IOException e) {
            throw unavailable(e);
        }
        return readResponse(answerTimeout);
    }

    /** Reads one response frame, waiting up to {@code answerTimeout} for its first byte. */
    public SamResponse readResponse(Duration answerTimeout) throws CardReadException {
        long first = answerTimeout.toNanos();
        long inter = timeouts.interByte().toNanos();
        int matched = 0;
        int seen = 0;
        while (matched < SamFrames.PREAMBLE.length) {
            int b = next(seen > 0 ? inter : first, seen > 0, 0, 0);
            seen++;
            if ((byte) b == SamFrames.PREAMBLE[matched]) {
                matched++;
            } else if (b == 0xAA) {
                matched = matched == 3 ? 3 : 1; // AA AA AA AA: the last three may still start the preamble
            } else {
                matched = 0;
            }
            if (seen - matched > MAX_JUNK) {
                throw SamMessages.failure(Reason.CORRUPT_ANSWER, "noPreamble", device);
            }
        }
        int len = (next(inter, true, 5, 0) << 8) | next(inter, true, 6, 0);
        if (len < 4 || len > MAX_LEN) {
            throw SamMessages.failure(Reason.CORRUPT_ANSWER, "badLength", device, String.valueOf(len));
        }
        byte[] body = new byte[len];
        int check = (len >> 8) ^ (len & 0xFF);
        for (int i = 0; i < len; i++) {
            body[i] = (byte) next(inter, true, 7 + i, 7 + len);
            check ^= body[i];
        }
        if ((check & 0xFF) != 0) {
            throw SamMessages.failure(Reason.CORRUPT_ANSWER, "checksum", device);
        }
        byte[] data = new byte[len - 4];
        System.arraycopy(body, 3, data, 0, data.length);
        return new SamResponse(body[0] & 0xFF, body[1] & 0xFF, body[2] & 0xFF, data);
    }

    /**
     * Returns the next byte, waiting up to {@code timeoutNanos} since the last one (or since now for a first byte).
     * {@code got}/{@code expected} say how far into a frame it is, for the message of a truncated frame.
     */
    private int next(long timeoutNanos, boolean inFrame, int got, int expected) throws CardReadException {
        if (pos < limit) {
            return buffer[pos++] & 0xFF; // arrived with its chunk, at lastByteNanos
        }
        long since = inFrame ? lastByteNanos : System.nanoTime();
        long lastCheck = System.nanoTime();
        while (true) {
            if (cancel.isCancelled()) {
                throw SamMessages.failure(Reason.CANCELLED, "cancelled");
            }
            int available;
            try {
                available = in.available();
                if (available > 0) {
                    int n = in.read(buffer, 0, Math.min(available, buffer.length));
                    if (n < 0) {
                        throw new IOException("end of stream");
                    }
                    if (n > 0) {
                        pos = 0;
                        limit = n;
                        lastByteNanos = System.nanoTime();
                        return buffer[pos++] & 0xFF;
                    }
                } else if (available < 0) {
                    throw new IOException("port closed");
                }
                long now = System.nanoTime();
                if (now - lastCheck >= PORT_CHECK_NANOS) {
                    portCheck.check();
                    lastCheck = now;
                }
            } catch (IOException e) {
                throw unavailable(e);
            }
            long waited = System.nanoTime() - since;
            if (waited >= timeoutNanos) {
                try {
                    portCheck.check(); // a port that vanished is the cause, not the silence
                } catch (IOException e) {
                    throw unavailable(e);
                }
                if (inFrame && got > 0) {
                    throw SamMessages.failure(Reason.CORRUPT_ANSWER, "truncated", device, String.valueOf(got),
                            expected > 0 ? String.valueOf(expected) : "?");
                }
                throw SamMessages.failure(Reason.TIMEOUT, "timeout", device,
                        String.valueOf(Duration.ofNanos(timeoutNanos).toMillis()));
            }
            try {
                if (cancel.pause(Math.min(POLL_NANOS, timeoutNanos - waited))) {
                    throw SamMessages.failure(Reason.CANCELLED, "cancelled");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw SamMessages.failure(Reason.CANCELLED, "cancelled");
            }
        }
    }

    /** Drops what is buffered or waiting on the line: it belongs to no request of ours. */
    private void drain() throws CardReadException {
        pos = 0;
        limit = 0;
        try {
            int available;
            while ((available = in.available()) > 0) {
                if (in.read(buffer, 0, Math.min(available, buffer.length)) < 0) {
                    break;
                }
            }
            if (available < 0) {
                throw new IOException("port closed");
            }
            portCheck.check();
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private CardReadException unavailable(IOException cause) {
        // the cause is an I/O error of the port: it never holds card data
        return new CardReadException(Reason.READER_UNAVAILABLE, SamMessages.text("unavailable", device), cause);
    }
}
