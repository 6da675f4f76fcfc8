package org.yichuang.core.person;

import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * Validates a person's name (姓名) as written on the ID card, and keeps it byte-exact.
 *
 * <p>Accepts characters beyond the BMP (生僻字 in CJK Extension B and later) and the middle dot
 * {@code ·} of minority and foreign names. Nothing is normalised: the stored name must print exactly
 * as the card shows it.
 */
public final class PersonName {
    /** The longest name on a resident ID card is 15 characters; foreign names on the 永居证 run longer. */
    public static final int MAX_CODE_POINTS = 60;
    /**
     * The most combining marks (附加符号) one letter may carry: Vietnamese stacks two, a few scripts three. Longer
     * runs ("Zalgo" text) only spoil the receipt and the ID-card comparison.
     */
    public static final int MAX_MARKS_PER_LETTER = 3;

    private PersonName() {
    }

    /**
     * Returns the name with surrounding blanks removed, or throws.
     *
     * @throws DomainException {@code FIELD_REQUIRED}, {@code FIELD_TOO_LONG} or {@code NAME_INVALID}
     */
    public static String validate(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写申请人姓名。");
        }
        String name = raw.strip();
        if (name.codePointCount(0, name.length()) > MAX_CODE_POINTS) {
            throw new DomainException(ErrorCode.FIELD_TOO_LONG, "姓名过长（最多" + MAX_CODE_POINTS + "个字）。");
        }
        boolean ok = name.codePoints().allMatch(PersonName::allowed);
        if (!ok) {
            throw new DomainException(ErrorCode.NAME_INVALID,
                    "姓名只能包含文字、间隔号“·”、空格、连字符和撇号。");
        }
        if (name.codePoints().noneMatch(Character::isLetter)) {
            throw new DomainException(ErrorCode.NAME_INVALID, "姓名中至少要有一个文字，不能只有标点或符号。");
        }
        checkMarks(name);
        return name;
    }

    /** A combining mark must sit on a letter, and a letter carries a few at most. */
    private static void checkMarks(String name) {
        int run = 0;
        boolean afterLetter = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                run++;
                if (!afterLetter || run > MAX_MARKS_PER_LETTER) {
                    throw new DomainException(ErrorCode.NAME_INVALID,
                            "姓名中的附加符号过多或不在文字上（每个字最多" + MAX_MARKS_PER_LETTER + "个）。");
                }
            } else {
                run = 0;
                afterLetter = Character.isLetter(cp);
            }
        }
    }

    private static boolean allowed(int cp) {
        return Character.isLetter(cp)
                || Character.getType(cp) == Character.NON_SPACING_MARK
                || cp == '·' || cp == '•' || cp == '・' || cp == ' ' || cp == '-' || cp == '\'' || cp == '.';
    }
}
