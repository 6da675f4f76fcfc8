package org.yichuang.client.identity;

/**
 * A read that did not give a card: the reason for the code and a Chinese message for the clerk that names the real
 * cause (which port or reader, what it answered). Never carries card data.
 */
public final class CardReadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a read failed; each reason has its own message and lets the clerk retry. */
    public enum Reason {
        /** No card on the reader (yet). */
        NO_CARD,
        /** The card left the reader during the read. */
        CARD_REMOVED,
        /** The reader is not there (unplugged, port gone, PC/SC service down). */
        READER_UNAVAILABLE,
        /** The reader did not answer in time. */
        TIMEOUT,
        /** A frame or answer failed its checksum or length. */
        CORRUPT_ANSWER,
        /** The reader or card answered a status this code does not know. */
        UNKNOWN_STATUS,
        /** A card kind this version cannot read (e.g. the 2023 永居证). */
        UNSUPPORTED_CARD,
        /** The card's content is not valid (impossible date, number failing its checksum). */
        INVALID_CONTENT,
        /** The same card is still on the reader after it was read (lift it first). */
        ALREADY_READ,
        /** The clerk cancelled. */
        CANCELLED
    }

    private final Reason reason;

    /** A failure with its reason and the clerk's message (Chinese). */
    public CardReadException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A failure caused by an I/O problem; {@code cause} must not carry card data. */
    public CardReadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Returns the reason. */
    public Reason reason() {
        return reason;
    }
}
