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
        return name;
    }

    private static boolean allowed(int cp) {
        return Character.isLetter(cp)
                || Character.getType(cp) == Character.NON_SPACING_MARK
                || cp == '·' || cp == '•' || cp == '・' || cp == ' ' || cp == '-' || cp == '\'' || cp == '.';
    }
}
