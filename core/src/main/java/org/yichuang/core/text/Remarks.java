package org.yichuang.core.text;

import java.util.Objects;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * Free-text remarks (备注) on a case: at most {@link #MAX_CODE_POINTS} characters (counted as the reader counts
 * them, so a 生僻字 beyond the BMP is one), no control characters but line breaks and tabs, surrounding blanks
 * removed. The counter's form and the server apply this same rule.
 */
public record Remarks(String value) {
    /** The longest remark stored, in characters (code points). */
    public static final int MAX_CODE_POINTS = 500;

    /** Creates the value; use {@link #parseOptional} for anything typed. */
    public Remarks {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns null when nothing but blanks was typed, otherwise the validated remarks.
     *
     * @throws DomainException {@code TEXT_CONTROL_CHARACTER} or {@code FIELD_TOO_LONG}
     */
    public static Remarks parseOptional(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (ControlCharacters.presentIn(raw)) {
            throw new DomainException(ErrorCode.TEXT_CONTROL_CHARACTER,
                    "备注含有不可见的控制字符（如 NUL），请删除后重新提交。");
        }
        String text = raw.strip();
        int length = text.codePointCount(0, text.length());
        if (length > MAX_CODE_POINTS) {
            throw new DomainException(ErrorCode.FIELD_TOO_LONG,
                    "备注过长：最多 " + MAX_CODE_POINTS + " 个字，现为 " + length + " 个字。");
        }
        return new Remarks(text);
    }

    /** Returns the value of optional remarks, or null. */
    public static String valueOf(Remarks remarks) {
        return remarks == null ? null : remarks.value();
    }

    /** Remarks may name people: never printed. */
    @Override
    public String toString() {
        return "Remarks[" + value.codePointCount(0, value.length()) + " chars]";
    }
}
