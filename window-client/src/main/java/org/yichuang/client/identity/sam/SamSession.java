package org.yichuang.client.identity.sam;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.identity.WltDecoder;

/**
 * The find → select → read cycle on one channel (DEVICES.md §1.2), with the "lift before re-read" rule: after a read
 * the SAM answers 80 to find until the card is lifted and put back (80 → 9F is a new card). Logs only status bytes,
 * lengths and timings, never a frame or a field.
 */
public final class SamSession {
    private static final Logger LOG = LoggerFactory.getLogger(SamSession.class);
    private static final int TEXT_PHOTO_LENGTHS = 4;

    private final SamChannel channel;
    private final TextBlockParser parser;
    private final WltDecoder decoder;
    private final CancelSignal cancel;
    /** A card was read and find has not yet answered 9F since: a same-card retry must be lifted first. */
    private boolean liftPending;
    private volatile long lastAnswerByteNanos;

    SamSession(SamChannel channel, TextBlockParser parser, WltDecoder decoder, CancelSignal cancel) {
        this.channel = channel;
        this.parser = parser;
        this.decoder = decoder;
        this.cancel = cancel;
    }

    /** A session over {@code channel} that cannot be cancelled from outside (tests, benchmarks). */
    public static SamSession over(SamChannel channel, TextBlockParser parser, WltDecoder decoder) {
        return new SamSession(channel, parser, decoder, channel.cancelSignal());
    }

    /**
     * Polls find until a new card is there or {@code timeout} has passed, then selects and reads it.
     *
     * @throws CardReadException NO_CARD when none came, ALREADY_READ when the last card read was not lifted, and the
     *                           reasons of the channel, the status byte and the text block
     */
    public IdentityCard read(Duration timeout) throws CardReadException {
        SamTimeouts t = channel.timeouts();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long findStart = System.nanoTime();
            SamResponse find = channel.exchange(SamFrames.CMD_FIND, t.answer());
            if (find.sw3() == SamStatus.FIND_OK) {
                liftPending = false;
                return selectAndRead(findStart);
            }
            if (find.sw3() != SamStatus.FIND_FAILED) {
                throw SamStatus.failure(find.sw3(), channel.device());
            }
            long nextFind = findStart + t.findPeriod().toNanos();
            if (nextFind - deadline > 0) {
                throw liftPending
                        ? SamMessages.failure(Reason.ALREADY_READ, "alreadyRead", channel.device())
                        : SamMessages.failure(Reason.NO_CARD, "noCard", channel.device());
            }
            try {
                if (cancel.pause(nextFind - System.nanoTime())) {
                    throw SamMessages.failure(Reason.CANCELLED, "cancelled");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw SamMessages.failure(Reason.CANCELLED, "cancelled");
            }
        }
    }

    /** Asks the SAM for its status (11 FF → 90): how auto-detect tells a reader from any other serial device. */
    public boolean samReady() throws CardReadException {
        return channel.exchange(SamFrames.CMD_SAM_STATUS, channel.timeouts().answer()).sw3() == SamStatus.OK;
    }

    /** When the last byte of the last answer read arrived ({@link System#nanoTime()}), for the latency figure. */
    public long lastAnswerByteNanos() {
        return lastAnswerByteNanos;
    }

    private IdentityCard selectAndRead(long findStart) throws CardReadException {
        SamResponse select = channel.exchange(SamFrames.CMD_SELECT, channel.timeouts().answer());
        if (select.sw3() != SamStatus.OK) {
            LOG.debug("select: SW3={}", SamStatus.hex(select.sw3()));
            throw SamStatus.failure(select.sw3(), channel.device());
        }
        SamResponse read = channel.exchange(SamFrames.CMD_READ_TEXT_PHOTO, channel.timeouts().read());
        lastAnswerByteNanos = channel.lastByteNanos();
        if (read.sw3() != SamStatus.OK) {
            LOG.debug("read: SW3={}", SamStatus.hex(read.sw3()));
            throw SamStatus.failure(read.sw3(), channel.device());
        }
        liftPending = true; // the SAM will not find this card again until it is lifted, whatever the text says
        byte[] data = read.data();
        int textLength = data.length < TEXT_PHOTO_LENGTHS ? -1 : (data[0] & 0xFF) << 8 | data[1] & 0xFF;
        int photoLength = data.length < TEXT_PHOTO_LENGTHS ? -1 : (data[2] & 0xFF) << 8 | data[3] & 0xFF;
        if (textLength != TextBlockParser.LENGTH || TEXT_PHOTO_LENGTHS + textLength + photoLength != data.length) {
            throw SamMessages.failure(Reason.CORRUPT_ANSWER, "layout", channel.device(), String.valueOf(textLength),
                    String.valueOf(photoLength));
        }
        byte[] text = new byte[textLength];
        System.arraycopy(data, TEXT_PHOTO_LENGTHS, text, 0, textLength);
        byte[] wlt = new byte[photoLength];
        System.arraycopy(data, TEXT_PHOTO_LENGTHS + textLength, wlt, 0, photoLength);
        IdentityCard card = parser.parse(text, () -> photo(wlt));
        LOG.debug("read: SW3=90, text {} bytes, photo {} bytes, {} ms from find", textLength, photoLength,
                (System.nanoTime() - findStart) / 1_000_000);
        return card;
    }

    /** A vendor decoder that fails gives no photo, not a failed read: the text is what the intake needs. */
    private Optional<java.awt.image.BufferedImage> photo(byte[] wlt) {
        if (wlt.length == 0) {
            return Optional.empty();
        }
        try {
            return decoder.decode(wlt);
        } catch (RuntimeException e) {
            LOG.warn("photo decoder failed: {}", e.getClass().getName());
            return Optional.empty();
        }
    }
}
