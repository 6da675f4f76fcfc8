package org.yichuang.client.identity.sam;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.yichuang.core.identity.IdNumber;

/**
 * Synthetic 256-byte text blocks in the card's layout (DEVICES.md §1.3), with valid GB 11643 check digits. The
 * people are invented.
 */
public final class TextBlocks {
    /** A valid resident number of someone born 1949-12-31. */
    public static final String RESIDENT_NUMBER = withCheckDigit("11010519491231002");
    /** A valid Hong Kong resident's permit number, born 1990-01-01. */
    public static final String HMT_NUMBER = withCheckDigit("81000019900101123");
    /** A 2017 permanent-residence number: 3 letters and 12 digits. */
    public static final String FOREIGNER_NUMBER = "USA110049012301";

    private TextBlocks() {
    }

    /** Appends the ISO 7064 MOD 11-2 check character. */
    public static String withCheckDigit(String first17) {
        return first17 + IdNumber.checkDigit(first17);
    }

    /** 张三, 男, 汉, 1949-12-31, valid 2015-01-01 to 2035-01-01. */
    public static byte[] resident() {
        return resident("张三", "1", "01", "19491231", RESIDENT_NUMBER, "20150101", "20350101");
    }

    /** A resident block with the given fields (the address and issuer are fixed). */
    public static byte[] resident(String name, String sex, String nation, String birth, String number, String from,
            String until) {
        byte[] b = blank();
        put(b, 0, 30, name);
        put(b, 30, 2, sex);
        put(b, 32, 4, nation);
        put(b, 36, 16, birth);
        put(b, 52, 70, "北京市东城区景山前街4号");
        put(b, 122, 36, number);
        put(b, 158, 30, "北京市公安局东城分局");
        put(b, 188, 16, from);
        put(b, 204, 16, until);
        return b;
    }

    /** 陈大文, a Hong Kong resident's permit ('J'), 1990-01-01, valid 2019-01-01 to 2024-01-01. */
    public static byte[] hmt() {
        byte[] b = blank();
        put(b, 0, 30, "陈大文");
        put(b, 30, 2, "1");
        put(b, 36, 16, "19900101");
        put(b, 52, 70, "广东省深圳市福田区福华三路88号");
        put(b, 122, 36, HMT_NUMBER);
        put(b, 158, 30, "深圳市公安局");
        put(b, 188, 16, "20190101");
        put(b, 204, 16, "20240101");
        put(b, 220, 18, "H01234567");
        put(b, 238, 4, "01");
        put(b, 248, 2, "J");
        return b;
    }

    /** SMITH, JOHN / 史密斯, a 2017 foreigner's card ('I'), 1949-01-23, valid 2020-01-01 to 2030-01-01. */
    public static byte[] foreigner2017() {
        byte[] b = blank();
        put(b, 0, 120, "SMITH, JOHN");
        put(b, 120, 2, "1");
        put(b, 122, 30, FOREIGNER_NUMBER);
        put(b, 152, 6, "USA");
        put(b, 158, 30, "史密斯");
        put(b, 188, 16, "20200101");
        put(b, 204, 16, "20300101");
        put(b, 220, 16, "19490123");
        put(b, 236, 4, "17");
        put(b, 240, 8, "1100");
        put(b, 248, 2, "I");
        return b;
    }

    /** A 2023 card: the resident layout with marker 'Y' (its real offsets are unknown, which is the point). */
    public static byte[] foreigner2023() {
        byte[] b = resident("WANG, LI", "2", "", "19850615", withCheckDigit("93310019850615001"), "20230101",
                "20330101");
        put(b, 248, 2, "Y");
        return b;
    }

    /** Returns a copy of {@code block} with {@code value} written over a field. */
    public static byte[] with(byte[] block, int offset, int length, String value) {
        byte[] b = Arrays.copyOf(block, block.length);
        put(b, offset, length, value);
        return b;
    }

    private static byte[] blank() {
        byte[] b = new byte[256];
        put(b, 0, 256, "");
        return b;
    }

    /** Writes {@code value} as UTF-16LE into {@code b[offset..offset+length)}, padded with spaces. */
    private static void put(byte[] b, int offset, int length, String value) {
        byte[] v = value.getBytes(StandardCharsets.UTF_16LE);
        if (v.length > length) {
            throw new IllegalArgumentException("field too long");
        }
        System.arraycopy(v, 0, b, offset, v.length);
        for (int i = offset + v.length; i < offset + length; i += 2) {
            b[i] = ' ';
            b[i + 1] = 0;
        }
    }

    /** The data of a 30 01 answer: text length, photo length, the text, a synthetic 1024-byte photo. */
    public static byte[] readData(byte[] text) {
        byte[] data = new byte[4 + text.length + 1024];
        data[0] = (byte) (text.length >> 8);
        data[1] = (byte) text.length;
        data[2] = 0x04;
        data[3] = 0x00;
        System.arraycopy(text, 0, data, 4, text.length);
        for (int i = 0; i < 1024; i++) {
            data[4 + text.length + i] = (byte) (i * 31);
        }
        return data;
    }
}
