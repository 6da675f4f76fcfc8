package org.yichuang.core.identity;

/** Masks personal data (个人信息脱敏) wherever the public can see it: display boards, receipts, logs. */
public final class Masking {
    private Masking() {
    }

    /** Keeps the first four and last four characters: {@code 1101**********002X}. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 9) {
            return "****";
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /**
     * Masks any document number: long ones as {@link #idNumber}, short ones (8-digit 台胞证, passports) keeping two
     * characters at each end: {@code 12****78}.
     */
    public static String documentNumber(String number) {
        if (number == null || number.length() < 5) {
            return "****";
        }
        if (number.length() >= 9) {
            return idNumber(number);
        }
        return number.substring(0, 2) + "*".repeat(number.length() - 4) + number.substring(number.length() - 2);
    }

    /** Keeps the first character (surname) and stars the rest, counting code points: 张三 → 张*. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int first = name.offsetByCodePoints(0, 1);
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(Math.max(1, rest));
    }

    /** Keeps the first three and last four digits of a mobile number: 138****5678. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 8) {
            return "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
