package org.yichuang.core.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * A citizen ID number (公民身份号码, GB 11643-1999): 6-digit address code, birth date, sequence, check digit.
 *
 * <p>Also covers the residence permits of Hong Kong, Macau and Taiwan residents (810000/820000/830000) and
 * the 2023 foreigner permanent-residence card, which share the format. Address codes are never checked:
 * obsolete codes stay valid for life (RULES.md §7.1).
 */
public record IdNumber(String value) {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_DIGITS = "10X98765432";
    /** Catches typos such as 1090 for 1990 while accepting the standard's own 1880 example. */
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);

    /** Creates the value; use {@link #parse} for anything typed or read. */
    public IdNumber {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses and validates an 18-digit number, or upgrades a 15-digit one (GB 11643-1989).
     *
     * @param raw   what was typed or read; blanks are ignored, full-width digits and {@code Ｘ}/{@code x} accepted
     * @param today the current date, to refuse births in the future
     * @throws DomainException with {@code ID_NUMBER_FORMAT}, {@code ID_NUMBER_BIRTH_DATE} or {@code ID_NUMBER_CHECKSUM}
     */
    public static IdNumber parse(String raw, LocalDate today) {
        if (raw == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写身份证号码。");
        }
        String s = DocumentText.compact(raw);
        if (s.matches("\\d{15}")) {
            String body = s.substring(0, 6) + "19" + s.substring(6);
            checkBirthDate(body.substring(6, 14), today);
            return new IdNumber(body + checkDigit(body));
        }
        if (!s.matches("\\d{17}[\\dX]")) {
            throw new DomainException(ErrorCode.ID_NUMBER_FORMAT);
        }
        checkBirthDate(s.substring(6, 14), today);
        if (checkDigit(s.substring(0, 17)) != s.charAt(17)) {
            throw new DomainException(ErrorCode.ID_NUMBER_CHECKSUM);
        }
        return new IdNumber(s);
    }

    /** Returns the ISO 7064 MOD 11-2 check character for the first 17 digits. */
    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_DIGITS.charAt(sum % 11);
    }

    /** Returns the birth date (出生日期) encoded in the number. */
    public LocalDate birthDate() {
        return toDate(value.substring(6, 14));
    }

    /** Returns true when the sequence code is odd (男). */
    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** Returns the number masked for display where the public can see it, e.g. {@code 1101**********002X}. */
    public String masked() {
        return Masking.idNumber(value);
    }

    private static void checkBirthDate(String yyyymmdd, LocalDate today) {
        LocalDate birth;
        try {
            birth = toDate(yyyymmdd);
        } catch (DateTimeException e) {
            throw new DomainException(ErrorCode.ID_NUMBER_BIRTH_DATE);
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw new DomainException(ErrorCode.ID_NUMBER_BIRTH_DATE);
        }
    }

    private static LocalDate toDate(String yyyymmdd) {
        return LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
    }

    /** Never prints the full number: records end up in logs. */
    @Override
    public String toString() {
        return "IdNumber[" + masked() + "]";
    }
}
