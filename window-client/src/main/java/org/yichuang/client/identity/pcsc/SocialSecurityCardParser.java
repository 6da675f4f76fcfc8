package org.yichuang.client.identity.pcsc;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.yichuang.client.identity.CardKind;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.identity.Ethnicity;
import org.yichuang.core.identity.IdNumber;

/**
 * Turns the EF05/EF06 values of a social-security card into an {@link IdentityCard}, or refuses the whole card: a
 * number failing GB 11643, an impossible date or an undecodable name gives {@link Reason#INVALID_CONTENT} and nothing
 * half-filled. Messages never quote the card's content.
 */
final class SocialSecurityCardParser {
    /**
     * GB 18030 decodes every GBK name byte for byte the same way and also the four-byte sequences some issuers use
     * for rare characters outside GBK, which GBK would turn into U+FFFD.
     */
    private static final Charset NAME_CHARSET = Charset.forName("GB18030");

    private SocialSecurityCardParser() {
    }

    static IdentityCard parse(SsseRecords r, LocalDate today) throws CardReadException {
        String rawNumber = ascii(r.socialSecurityNumber());
        IdNumber number;
        try {
            number = IdNumber.parse(rawNumber, today);
        } catch (DomainException e) {
            throw invalid("社会保障号码未通过公民身份号码校验（GB 11643）");
        }
        String name = name(r.name());
        LocalDate birth = date(r.birthDate(), "出生日期").orElseGet(number::birthDate);
        if (birth.isAfter(today)) {
            throw invalid("出生日期晚于今天");
        }
        String sex = sex(r.sex()).orElse(number.isMale() ? "男" : "女");
        LocalDate validFrom = date(r.issueDate(), "发卡日期").orElse(null);
        LocalDate validUntil = date(r.validUntil(), "有效期").orElse(null);
        boolean longTerm = validUntil != null && validUntil.getYear() == 9999;
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw invalid("有效期早于发卡日期");
        }
        return new IdentityCard(documentType(number), number.value(), name, null, sex, ethnicity(r.ethnicity()),
                birth, null, null, validFrom, longTerm ? null : validUntil, longTerm, null,
                CardKind.SOCIAL_SECURITY_CARD, Optional.empty());
    }

    /**
     * 港澳台居民居住证 (81/82/83) and 2023 永居证 (9) holders get a social-security number of their permit's
     * GB 11643 format; recording those as 居民身份证 would misname the document.
     */
    private static DocumentType documentType(IdNumber number) {
        String v = number.value();
        if (v.startsWith("81") || v.startsWith("82") || v.startsWith("83")) {
            return DocumentType.HMT_RESIDENCE_PERMIT;
        }
        if (v.startsWith("9")) {
            return DocumentType.FOREIGN_PERMANENT_RESIDENCE;
        }
        return DocumentType.RESIDENT_ID;
    }

    private static String name(byte[] value) throws CardReadException {
        int end = trimmedEnd(value);
        if (end == 0) {
            throw invalid("姓名为空");
        }
        try {
            String name = NAME_CHARSET.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value, 0, end)).toString().strip();
            if (name.isEmpty() || name.codePoints().anyMatch(Character::isISOControl)) {
                throw invalid("姓名含有无法识别的字符");
            }
            return name;
        } catch (CharacterCodingException e) {
            throw invalid("姓名不是有效的 GBK 编码");
        }
    }

    /** 性别: GB/T 2261.1 code, as an ASCII digit or a binary byte; 0/9 (未知/未说明) leave it to the number. */
    private static Optional<String> sex(byte[] value) {
        if (value == null || value.length == 0) {
            return Optional.empty();
        }
        int code = value[0] >= '0' && value[0] <= '9' ? value[0] - '0' : value[0] & 0xFF;
        return switch (code) {
            case 1 -> Optional.of("男");
            case 2 -> Optional.of("女");
            default -> Optional.empty();
        };
    }

    /** 民族: a GB/T 3304 code, one BCD byte or two ASCII digits; unknown codes are shown raw. */
    private static String ethnicity(byte[] value) throws CardReadException {
        if (value == null || value.length == 0 || allFiller(value)) {
            return null;
        }
        String code = value.length == 1 ? bcd(value) : ascii(value);
        if (code == null || !code.matches("\\d{2}")) {
            throw invalid("民族代码无效");
        }
        return Ethnicity.nameOrCode(code);
    }

    /** A date as 4 BCD bytes or 8 ASCII digits, YYYYMMDD; empty when the card leaves it blank (zeros or FF). */
    private static Optional<LocalDate> date(byte[] value, String what) throws CardReadException {
        if (value == null || value.length == 0 || allFiller(value)) {
            return Optional.empty();
        }
        String digits = value.length == 4 ? bcd(value) : value.length == 8 ? ascii(value) : null;
        if (digits == null || !digits.matches("\\d{8}")) {
            throw invalid(what + "格式无效");
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
            if (d.getYear() < 1800) {
                throw invalid(what + "不是有效日期");
            }
            return Optional.of(d);
        } catch (DateTimeException e) {
            throw invalid(what + "不是有效日期");
        }
    }

    private static String bcd(byte[] value) {
        StringBuilder s = new StringBuilder(value.length * 2);
        for (byte b : value) {
            int hi = (b >> 4) & 0x0F;
            int lo = b & 0x0F;
            if (hi > 9 || lo > 9) {
                return null;
            }
            s.append((char) ('0' + hi)).append((char) ('0' + lo));
        }
        return s.toString();
    }

    private static String ascii(byte[] value) {
        if (value == null) {
            return "";
        }
        return new String(value, 0, trimmedEnd(value), StandardCharsets.ISO_8859_1).strip();
    }

    /** The length without the trailing 00 / space padding. */
    private static int trimmedEnd(byte[] value) {
        int end = value == null ? 0 : value.length;
        while (end > 0 && (value[end - 1] == 0 || value[end - 1] == ' ')) {
            end--;
        }
        return end;
    }

    private static boolean allFiller(byte[] value) {
        for (byte b : value) {
            if (b != 0 && b != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static CardReadException invalid(String what) {
        return new CardReadException(Reason.INVALID_CONTENT,
                "社保卡上的信息无效：" + what + "。请人工核验证件后手工录入。");
    }
}
