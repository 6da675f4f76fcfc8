package org.yichuang.client.identity.pcsc;

import java.util.HexFormat;
import javax.smartcardio.CommandAPDU;

/**
 * The commands of a social-security card read (社会保障卡, DEVICES.md §1.5): select the SSSE application, then read
 * EF05 (issuer: 发卡日期, 有效期, 卡号) and EF06 (holder) record by record. No PIN VERIFY (a wrong PIN counts
 * towards blocking the card, and EF05/EF06 need none) and no GET RESPONSE: javax.smartcardio sends that itself.
 */
final class SsseApdus {
    /** ASCII {@code sx1.sh.} + GBK 社会保障. */
    static final byte[] SSSE_AID = HexFormat.of().parseHex("7378312E73682EC9E7BBE1B1A3D5CF");

    static final int EF05 = 0xEF05;
    static final int EF06 = 0xEF06;

    /** EF05 record numbers, each holding one TLV whose tag equals the record number. */
    static final int REC_ISSUE_DATE = 0x05;
    static final int REC_VALID_UNTIL = 0x06;
    static final int REC_CARD_NUMBER = 0x07;
    /** EF06 record numbers and their tags. */
    static final int REC_SOCIAL_SECURITY_NUMBER = 1;
    static final int TAG_SOCIAL_SECURITY_NUMBER = 0x08;
    static final int REC_NAME = 2;
    static final int TAG_NAME = 0x09;
    static final int REC_SEX = 4;
    static final int TAG_SEX = 0x0A;
    static final int REC_ETHNICITY = 5;
    static final int TAG_ETHNICITY = 0x0B;
    static final int REC_BIRTH_DATE = 7;
    static final int TAG_BIRTH_DATE = 0x0D;

    private SsseApdus() {
    }

    /** {@code 00 A4 04 00 0F <AID>}: SELECT the SSSE application by name. */
    static CommandAPDU selectSsse() {
        return new CommandAPDU(0x00, 0xA4, 0x04, 0x00, SSSE_AID);
    }

    /** {@code 00 A4 02 00 02 <fid>}: SELECT an elementary file of SSSE. */
    static CommandAPDU selectEf(int fid) {
        return new CommandAPDU(0x00, 0xA4, 0x02, 0x00, new byte[] {(byte) (fid >> 8), (byte) fid});
    }

    /** {@code 00 B2 <rec> 04 00}: READ RECORD of the current EF, any length. */
    static CommandAPDU readRecord(int record) {
        return new CommandAPDU(0x00, 0xB2, record, 0x04, 256);
    }
}
