package org.yichuang.client.identity.sam;

import java.util.Map;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;

/** The SAM's status byte SW3 (DEVICES.md §1.2) and what each failure means for the clerk. */
public final class SamStatus {
    /** 操作成功. */
    public static final int OK = 0x90;
    /** 寻卡成功. */
    public static final int FIND_OK = 0x9F;
    /** 寻卡失败: no new card (none, or the one already read is still there). */
    public static final int FIND_FAILED = 0x80;
    /** 读卡失败: usually the card left the field. */
    public static final int READ_FAILED = 0x41;

    private static final Map<Integer, Reason> REASONS = Map.ofEntries(
            Map.entry(0x10, Reason.CORRUPT_ANSWER),
            Map.entry(0x11, Reason.CORRUPT_ANSWER),
            Map.entry(0x21, Reason.UNKNOWN_STATUS),
            Map.entry(0x24, Reason.UNKNOWN_STATUS),
            Map.entry(0x31, Reason.INVALID_CONTENT),
            Map.entry(0x32, Reason.INVALID_CONTENT),
            Map.entry(0x33, Reason.INVALID_CONTENT),
            Map.entry(0x40, Reason.UNSUPPORTED_CARD),
            Map.entry(0x41, Reason.CARD_REMOVED),
            Map.entry(0x47, Reason.CARD_REMOVED),
            Map.entry(0x60, Reason.READER_UNAVAILABLE),
            Map.entry(0x66, Reason.READER_UNAVAILABLE),
            Map.entry(0x80, Reason.NO_CARD),
            Map.entry(0x81, Reason.CARD_REMOVED),
            Map.entry(0x91, Reason.INVALID_CONTENT));

    private SamStatus() {
    }

    /**
     * Returns the failure for a status that is not the one expected; {@code device} is how the clerk sees the reader.
     * Unknown values give {@link Reason#UNKNOWN_STATUS} with the value in hex.
     */
    public static CardReadException failure(int sw3, String device) {
        Reason reason = REASONS.get(sw3);
        if (reason == null) {
            return SamMessages.failure(Reason.UNKNOWN_STATUS, "sw.unknown", device, hex(sw3));
        }
        return SamMessages.failure(reason, "sw." + hex(sw3), device);
    }

    /** Two upper-case hex digits. */
    static String hex(int b) {
        return String.format("%02X", b & 0xFF);
    }
}
