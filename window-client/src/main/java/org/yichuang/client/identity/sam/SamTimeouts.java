package org.yichuang.client.identity.sam;

import java.time.Duration;

/**
 * How long the reader waits for the SAM.
 *
 * @param answer     for the first byte of an answer to find, select or status
 * @param read       for the first byte of the answer to the read command (the SAM reads the chip first)
 * @param interByte  between two bytes of one frame: slow bytes are fine as long as each comes within it
 * @param findPeriod between two find commands while no card is there (DEVICES.md: at least 300 ms)
 */
public record SamTimeouts(Duration answer, Duration read, Duration interByte, Duration findPeriod) {
    /** What a real reader needs, with margin: an answer in 1 s, a read in 3 s, 500 ms between bytes, finds 300 ms apart. */
    public static SamTimeouts standard() {
        return new SamTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(500),
                Duration.ofMillis(300));
    }
}
