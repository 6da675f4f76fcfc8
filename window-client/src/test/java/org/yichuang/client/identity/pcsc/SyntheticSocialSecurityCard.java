package org.yichuang.client.identity.pcsc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A social-security card with synthetic data answering the APDUs of DEVICES.md §1.5 the way the verified virtual card
 * did: SELECT SSSE, SELECT EF05/EF06, READ RECORD of the current EF, each record one TLV whose tag is as documented.
 * Tests change records, status words, or pull the card before a given command ({@link #answer} then returns null).
 */
final class SyntheticSocialSecurityCard {
    static final Charset GBK = Charset.forName("GBK");
    /** Synthetic 18-digit number with a valid GB 11643 check digit (born 1990-03-07). */
    static final String NUMBER = "11010519900307283X";
    static final byte[] ATR = HexFormat.of().parseHex("3B80800101");

    private final Map<Integer, byte[]> ef05 = new HashMap<>();
    private final Map<Integer, byte[]> ef06 = new HashMap<>();
    private final List<byte[]> received = new CopyOnWriteArrayList<>();
    private int selected;
    private boolean ssseSelected;
    private Predicate<byte[]> removeBefore = apdu -> false;
    private Predicate<byte[]> silentBefore = apdu -> false;
    private Predicate<byte[]> failWhen = apdu -> false;
    private int failSw;
    private volatile long lastAnswerNanos;

    SyntheticSocialSecurityCard() {
        ef05.put(1, tlv(1, HexFormat.of().parseHex("11010086000000000000000000000001")));
        ef05.put(2, tlv(2, new byte[] {'3'}));
        ef05.put(3, tlv(3, "3.00".getBytes(StandardCharsets.US_ASCII)));
        ef05.put(4, tlv(4, "11010000000".getBytes(StandardCharsets.US_ASCII)));
        ef05.put(5, tlv(5, HexFormat.of().parseHex("20200115")));
        ef05.put(6, tlv(6, HexFormat.of().parseHex("20300115")));
        ef05.put(7, tlv(7, "A12345678".getBytes(StandardCharsets.US_ASCII)));
        ef06.put(1, tlv(0x08, NUMBER.getBytes(StandardCharsets.US_ASCII)));
        name("张三");
        ef06.put(3, tlv(0x4E, new byte[0]));
        ef06.put(4, tlv(0x0A, new byte[] {'1'}));
        ef06.put(5, tlv(0x0B, new byte[] {0x01}));
        ef06.put(6, tlv(0x0C, "110105".getBytes(StandardCharsets.US_ASCII)));
        ef06.put(7, tlv(0x0D, HexFormat.of().parseHex("19900307")));
    }

    /** Sets 姓名 as the card stores it: 30 bytes of GBK, zero-padded. */
    SyntheticSocialSecurityCard name(String name) {
        return nameBytes(name.getBytes(GBK));
    }

    SyntheticSocialSecurityCard nameBytes(byte[] bytes) {
        ef06.put(2, tlv(0x09, Arrays.copyOf(bytes, 30)));
        return this;
    }

    SyntheticSocialSecurityCard number(String number) {
        ef06.put(1, tlv(0x08, number.getBytes(StandardCharsets.US_ASCII)));
        return this;
    }

    /** Replaces a whole record answer (TLV, without the status word) of EF05 or EF06. */
    SyntheticSocialSecurityCard record(int ef, int record, byte[] tlv) {
        (ef == 0xEF05 ? ef05 : ef06).put(record, tlv);
        return this;
    }

    /** Pulls the card out just before the first command that matches (that command gets no answer). */
    SyntheticSocialSecurityCard removeBefore(Predicate<byte[]> command) {
        this.removeBefore = command;
        return this;
    }

    /** Answers matching commands with nothing at all (no status word), as pcscd+vpcd does for a pulled card. */
    SyntheticSocialSecurityCard silentOn(Predicate<byte[]> command) {
        this.silentBefore = command;
        return this;
    }

    /** Answers the first matching command, and every later one that matches, with {@code sw} and no data. */
    SyntheticSocialSecurityCard failWith(Predicate<byte[]> command, int sw) {
        this.failWhen = command;
        this.failSw = sw;
        return this;
    }

    static Predicate<byte[]> readOf(int record) {
        return apdu -> apdu.length >= 4 && (apdu[1] & 0xFF) == 0xB2 && (apdu[2] & 0xFF) == record;
    }

    static Predicate<byte[]> selectOf(int fid) {
        return apdu -> apdu.length == 7 && (apdu[1] & 0xFF) == 0xA4 && (apdu[5] & 0xFF) == fid >> 8
                && (apdu[6] & 0xFF) == (fid & 0xFF);
    }

    static byte[] tlv(int tag, byte[] value) {
        byte[] r = new byte[value.length + 2];
        r[0] = (byte) tag;
        r[1] = (byte) value.length;
        System.arraycopy(value, 0, r, 2, value.length);
        return r;
    }

    /** Every command the card received, in order. */
    List<byte[]> received() {
        return received;
    }

    /** When the card last sent an answer ({@link System#nanoTime()}). */
    long lastAnswerNanos() {
        return lastAnswerNanos;
    }

    /** The answer (data + SW) to a command, or null when the card is pulled out before answering it. */
    synchronized byte[] answer(byte[] apdu) {
        received.add(apdu.clone());
        if (removeBefore.test(apdu)) {
            return null;
        }
        if (silentBefore.test(apdu)) {
            return new byte[0];
        }
        byte[] r = failWhen.test(apdu) ? sw(new byte[0], failSw) : respond(apdu);
        lastAnswerNanos = System.nanoTime();
        return r;
    }

    private byte[] respond(byte[] apdu) {
        if (apdu.length < 4) {
            return sw(new byte[0], 0x6700);
        }
        int ins = apdu[1] & 0xFF;
        int p1 = apdu[2] & 0xFF;
        int p2 = apdu[3] & 0xFF;
        if (ins == 0xA4 && p1 == 0x04) {
            byte[] aid = Arrays.copyOfRange(apdu, 5, apdu.length);
            ssseSelected = Arrays.equals(aid, SsseApdus.SSSE_AID);
            selected = 0;
            return sw(new byte[0], ssseSelected ? 0x9000 : 0x6A82);
        }
        if (ins == 0xA4 && (p1 == 0x02 || p1 == 0x00) && apdu.length == 7 && ssseSelected) {
            int fid = (apdu[5] & 0xFF) << 8 | apdu[6] & 0xFF;
            if (fid != 0xEF05 && fid != 0xEF06) {
                return sw(new byte[0], 0x6A82);
            }
            selected = fid;
            return sw(new byte[0], 0x9000);
        }
        if (ins == 0xB2 && p2 == 0x04) {
            Map<Integer, byte[]> ef = selected == 0xEF05 ? ef05 : selected == 0xEF06 ? ef06 : null;
            if (ef == null) {
                return sw(new byte[0], 0x6986);
            }
            byte[] rec = ef.get(p1);
            return rec == null ? sw(new byte[0], 0x6A83) : sw(rec, 0x9000);
        }
        return sw(new byte[0], 0x6D00);
    }

    private static byte[] sw(byte[] data, int sw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(data);
        out.write(sw >> 8);
        out.write(sw);
        return out.toByteArray();
    }
}
