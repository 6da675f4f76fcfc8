package org.yichuang.client.identity.sam;

/**
 * One response frame whose length and checksum were verified. {@code data} may hold personal data: no
 * {@code toString} beyond the status and the length.
 *
 * @param sw1  the card's first status byte (echoed)
 * @param sw2  the card's second status byte (echoed)
 * @param sw3  the SAM's status (90 ok, 9F card found, 80 no card, …)
 * @param data the bytes between SW3 and CHK
 */
public record SamResponse(int sw1, int sw2, int sw3, byte[] data) {
    /** Names only the status and the length (the data may be a card's text). */
    @Override
    public String toString() {
        return String.format("SamResponse[SW3=%02X, %d data bytes]", sw3, data.length);
    }
}
