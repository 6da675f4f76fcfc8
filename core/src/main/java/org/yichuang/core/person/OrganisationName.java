package org.yichuang.core.person;

import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.text.ControlCharacters;

/**
 * The name of a legal person or other organisation (单位名称) as on its business licence (营业执照) or registration
 * certificate: kept byte-exact like a person's name, but digits, brackets and Latin letters are normal in it.
 */
public final class OrganisationName {
    /** Registered names run to some 50 characters; twice that leaves room for branch names. */
    public static final int MAX_CODE_POINTS = 100;

    private OrganisationName() {
    }

    /**
     * Returns the name with surrounding blanks removed, or throws.
     *
     * @throws DomainException {@code FIELD_REQUIRED} or {@code ORGANISATION_NAME_INVALID}
     */
    public static String validate(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写单位名称（与营业执照或登记证书一致）。");
        }
        String name = raw.strip();
        if (name.codePointCount(0, name.length()) > MAX_CODE_POINTS) {
            throw new DomainException(ErrorCode.ORGANISATION_NAME_INVALID,
                    "单位名称过长（最多" + MAX_CODE_POINTS + "个字）。");
        }
        if (ControlCharacters.presentIn(name) || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0
                || name.indexOf('\t') >= 0) {
            throw new DomainException(ErrorCode.ORGANISATION_NAME_INVALID, "单位名称含有控制字符，请重新输入。");
        }
        if (name.codePoints().noneMatch(Character::isLetter)) {
            throw new DomainException(ErrorCode.ORGANISATION_NAME_INVALID, "单位名称中至少要有一个文字。");
        }
        return name;
    }
}
