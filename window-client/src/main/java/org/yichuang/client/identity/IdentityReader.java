package org.yichuang.client.identity;

import java.time.Duration;

/**
 * One way of reading an applicant's identity document (证件读取): a resident-ID reader's SAM module over a serial port,
 * a social-security card over PC/SC, or typed entry. Blocking: the client calls it only through its one background
 * funnel, never on the EDT; {@link #cancel()} may be called from any thread and makes a waiting read end with
 * {@link CardReadException.Reason#CANCELLED}.
 */
public interface IdentityReader extends AutoCloseable {
    /** Returns a short Chinese description of the device for settings and messages (e.g. "身份证阅读器 /dev/ttyUSB0"). */
    String describe();

    /**
     * Waits up to {@code timeout} for a card and reads it.
     *
     * @throws CardReadException with a reason and a Chinese message; nothing half-read is returned
     */
    IdentityCard read(Duration timeout) throws CardReadException;

    /** Ends a read in progress (from another thread); harmless when none is. */
    void cancel();

    /** Releases the port or the PC/SC context. */
    @Override
    void close();
}
