package org.yichuang.client.identity.sam;

/**
 * The SAM module's frames (GA 467 "SAM_V", DEVICES.md §1.2): {@code AA AA AA 96 69 | LEN_H LEN_L | body | CHK}, where
 * LEN counts everything after it (CHK included) and CHK is the XOR of every byte after the preamble except itself.
 */
public final class SamFrames {
    /** The five bytes every frame starts with; a reader resynchronises on them. */
    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};

    /** 复位 SAM. */
    public static final int CMD_RESET = 0x10FF;
    /** SAM 状态: answers 90 when the module is there and working (what auto-detect asks). */
    public static final int CMD_SAM_STATUS = 0x11FF;
    /** 寻卡: 9F when a new card is there, 80 otherwise (also while a card already read stays on the reader). */
    public static final int CMD_FIND = 0x2001;
    /** 选卡. */
    public static final int CMD_SELECT = 0x2002;
    /** 读文字和照片: text length, photo length, 256-byte text block, 1024-byte WLT photo. */
    public static final int CMD_READ_TEXT_PHOTO = 0x3001;

    private SamFrames() {
    }

    /** Builds a request frame for a two-byte command (CMD PARA, e.g. {@link #CMD_FIND}) with optional data. */
    public static byte[] request(int command, byte... data) {
        return frame(new byte[] {(byte) (command >> 8), (byte) command}, data);
    }

    /** Builds a response frame (what a SAM sends: SW1 SW2 SW3 then data); the simulated SAM of the tests uses it. */
    public static byte[] response(int sw1, int sw2, int sw3, byte... data) {
        return frame(new byte[] {(byte) sw1, (byte) sw2, (byte) sw3}, data);
    }

    private static byte[] frame(byte[] head, byte[] data) {
        int len = head.length + data.length + 1;
        byte[] f = new byte[PREAMBLE.length + 2 + len];
        System.arraycopy(PREAMBLE, 0, f, 0, PREAMBLE.length);
        f[5] = (byte) (len >> 8);
        f[6] = (byte) len;
        System.arraycopy(head, 0, f, 7, head.length);
        System.arraycopy(data, 0, f, 7 + head.length, data.length);
        f[f.length - 1] = checksum(f, PREAMBLE.length, f.length - 1);
        return f;
    }

    /** XOR of {@code bytes[from..to)}. */
    static byte checksum(byte[] bytes, int from, int to) {
        byte x = 0;
        for (int i = from; i < to; i++) {
            x ^= bytes[i];
        }
        return x;
    }
}
