package org.yichuang.client.identity.sam;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.yichuang.client.identity.CardKind;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.identity.IdNumber;

/**
 * The 256-byte text block of a resident ID, a 港澳台居民居住证 ('J') or a 2017 外国人永久居留身份证 ('I')
 * (DEVICES.md §1.3): UTF-16LE, space-padded, the kind marked at byte 248. Every field is checked before anything is
 * returned, so a bad block gives one {@link CardReadException} and never a half-filled card. Stateless and
 * thread-safe.
 */
public final class TextBlockParser {
    /** Size of the block. */
    public static final int LENGTH = 256;
    /** Offset of the kind marker (one UTF-16LE character). */
    static final int MARKER = 248;
    private static final String LONG_TERM = "长期";

    private final Clock clock;

    /** A parser that takes "today" (births in the future are refused) from {@code clock}. */
    public TextBlockParser(Clock clock) {
        this.clock = clock;
    }

    /**
     * Parses a block; {@code photo} is asked only once the text is valid.
     *
     * @throws CardReadException {@link Reason#UNSUPPORTED_CARD} for the 2023 'Y' card and unknown markers,
     *                           {@link Reason#INVALID_CONTENT} for anything that is not a valid card
     */
    public IdentityCard parse(byte[] block, Supplier<Optional<BufferedImage>> photo) throws CardReadException {
        if (block.length != LENGTH) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.length", String.valueOf(block.length));
        }
        char marker = (char) ((block[MARKER] & 0xFF) | (block[MARKER + 1] & 0xFF) << 8);
        return switch (marker) {
            case ' ', '\0' -> resident(block, false, photo);
            case 'J' -> resident(block, true, photo);
            case 'I' -> foreigner2017(block, photo);
            case 'Y' -> throw SamMessages.failure(Reason.UNSUPPORTED_CARD, "card.Y");
            default -> throw SamMessages.failure(Reason.UNSUPPORTED_CARD, "card.unknown",
                    marker >= 0x21 && marker < 0x7F ? String.valueOf(marker) : String.format("%04X", (int) marker));
        };
    }

    private IdentityCard resident(byte[] b, boolean hmt, Supplier<Optional<BufferedImage>> photo)
            throws CardReadException {
        String name = required(b, 0, 30, "field.name");
        String sex = sex(field(b, 30, 2, "field.sex"));
        String nationCode = field(b, 32, 4, "field.nation");
        String ethnicity;
        if (nationCode.isEmpty()) {
            if (!hmt) {
                throw SamMessages.failure(Reason.INVALID_CONTENT, "content.missing", SamMessages.text("field.nation"));
            }
            ethnicity = null; // the residence permit leaves it blank
        } else {
            ethnicity = NationCodes.name(nationCode);
        }
        LocalDate birth = date(field(b, 36, 16, "field.birth"), "field.birth");
        String address = required(b, 52, 70, "field.address");
        String rawNumber = required(b, 122, 36, "field.number");
        String issuer = required(b, 158, 30, "field.issuer");
        LocalDate from = date(field(b, 188, 16, "field.validFrom"), "field.validFrom");
        String untilText = field(b, 204, 16, "field.validUntil");
        boolean longTerm = LONG_TERM.equals(untilText);
        LocalDate until = longTerm ? null : date(untilText, "field.validUntil");
        LocalDate today = LocalDate.now(clock);
        if (birth.isAfter(today)) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.date", SamMessages.text("field.birth"));
        }
        if (until != null && until.isBefore(from)) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.validity");
        }
        if (rawNumber.length() != 18) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.field", SamMessages.text("field.number"));
        }
        IdNumber number;
        try {
            number = IdNumber.parse(rawNumber, today); // GB 11643 even from a card: a chip can be forged or misread
        } catch (DomainException e) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.number", e.getMessage());
        }
        if (!number.birthDate().equals(birth)) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.numberBirth");
        }
        if (hmt && !number.value().matches("8[123].*")) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.hmtPrefix");
        }
        return new IdentityCard(hmt ? DocumentType.HMT_RESIDENCE_PERMIT : DocumentType.RESIDENT_ID, number.value(),
                name, null, sex, ethnicity, birth, address, issuer, from, until, longTerm, null,
                hmt ? CardKind.HMT_RESIDENCE_PERMIT_CARD : CardKind.RESIDENT_ID_CARD, photo.get());
    }

    private IdentityCard foreigner2017(byte[] b, Supplier<Optional<BufferedImage>> photo) throws CardReadException {
        String englishName = required(b, 0, 120, "field.englishName");
        String sex = sex(field(b, 120, 2, "field.sex"));
        String number = required(b, 122, 30, "field.number");
        if (!number.matches("[A-Z]{3}[0-9]{12}")) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.field", SamMessages.text("field.number"));
        }
        String nationality = required(b, 152, 6, "field.nationality");
        if (!nationality.matches("[A-Z]{3}")) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.field", SamMessages.text("field.nationality"));
        }
        String chineseName = field(b, 158, 30, "field.name");
        LocalDate from = date(field(b, 188, 16, "field.validFrom"), "field.validFrom");
        LocalDate until = date(field(b, 204, 16, "field.validUntil"), "field.validUntil");
        LocalDate birth = date(field(b, 220, 16, "field.birth"), "field.birth");
        String authority = required(b, 240, 8, "field.issuer");
        if (birth.isAfter(LocalDate.now(clock))) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.date", SamMessages.text("field.birth"));
        }
        if (until.isBefore(from)) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.validity");
        }
        return new IdentityCard(DocumentType.FOREIGN_PERMANENT_RESIDENCE, number,
                chineseName.isEmpty() ? englishName : chineseName, englishName, sex, null, birth, null, authority,
                from, until, false, nationality, CardKind.FOREIGN_PERMANENT_RESIDENCE_CARD_2017, photo.get());
    }

    /** A field without its padding; characters that cannot be on a card (controls, broken UTF-16) are refused. */
    private static String field(byte[] b, int offset, int length, String fieldKey) throws CardReadException {
        String s = new String(b, offset, length, StandardCharsets.UTF_16LE);
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0' || s.charAt(end - 1) == '\u3000')) {
            end--;
        }
        int start = 0;
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\u3000')) {
            start++;
        }
        s = s.substring(start, end);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\uFFFD') {
                throw SamMessages.failure(Reason.INVALID_CONTENT, "content.field", SamMessages.text(fieldKey));
            }
        }
        return s;
    }

    private static String required(byte[] b, int offset, int length, String fieldKey) throws CardReadException {
        String s = field(b, offset, length, fieldKey);
        if (s.isEmpty()) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.missing", SamMessages.text(fieldKey));
        }
        return s;
    }

    /** GB/T 2261.1: 1 男, 2 女; 0 (unknown) and 9 (unstated) as no sex; anything else is not a card's. */
    private static String sex(String code) throws CardReadException {
        return switch (code) {
            case "1" -> "男";
            case "2" -> "女";
            case "0", "9" -> null;
            default -> throw SamMessages.failure(Reason.INVALID_CONTENT, "content.field",
                    SamMessages.text("field.sex"));
        };
    }

    /** A strict YYYYMMDD date: eight ASCII digits naming a day that exists, in a year from 1000 on. */
    private static LocalDate date(String s, String fieldKey) throws CardReadException {
        if (s.length() != 8) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.date", SamMessages.text(fieldKey));
        }
        for (int i = 0; i < 8; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                throw SamMessages.failure(Reason.INVALID_CONTENT, "content.date", SamMessages.text(fieldKey));
            }
        }
        if (s.charAt(0) == '0') {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.date", SamMessages.text(fieldKey));
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (DateTimeException e) {
            throw SamMessages.failure(Reason.INVALID_CONTENT, "content.date", SamMessages.text(fieldKey));
        }
    }
}
