package org.yichuang.core.identity;

import java.time.LocalDate;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/** Rules several document types share; kept out of {@link DocumentNumber} so they are not public API. */
final class DocumentRules {
    private DocumentRules() {
    }

    /**
     * Returns the document type a compact number evidently belongs to when it was given as {@code chosen}, or null
     * when nothing says so. Only unmistakable shapes count: a 810000/820000/830000 18-digit number is a residence
     * permit, a 9-prefixed 18-digit number with a right check a 2023 permanent-residence card, H/M + digits a
     * 港澳 permit.
     */
    static DocumentType evidentType(String compact, DocumentType chosen) {
        DocumentType evident = null;
        if (compact.matches("8[123]0000\\d{11}[\\dX]")) {
            evident = DocumentType.HMT_RESIDENCE_PERMIT;
        } else if (compact.matches("9\\d{16}[\\dX]") && IdNumber.checkDigit(compact) == compact.charAt(17)) {
            evident = DocumentType.FOREIGN_PERMANENT_RESIDENCE;
        } else if (compact.matches("[HM]\\d{8}(\\d{2})?")) {
            evident = DocumentType.HK_MACAO_PERMIT;
        }
        return evident == chosen ? null : evident;
    }

    /** Throws DOCUMENT_TYPE_MISMATCH when the number evidently belongs to another document type. */
    static void refuseOtherType(String compact, DocumentType chosen) {
        DocumentType evident = evidentType(compact, chosen);
        if (evident != null) {
            throw new DomainException(ErrorCode.DOCUMENT_TYPE_MISMATCH, "该号码是" + evident.label() + "号码，与所选证件类型“"
                    + chosen.label() + "”不符，请将证件类型改为“" + evident.label() + "”。");
        }
    }

    /**
     * Checks an 18-character GB 11643-format number (residence permits, the 2023 permanent-residence card) and
     * reports a wrong birth date or check character in the name of {@code type}.
     */
    static IdNumber gb11643(String s, LocalDate today, DocumentType type) {
        try {
            return IdNumber.parse(s, today);
        } catch (DomainException e) {
            if (e.code() == ErrorCode.ID_NUMBER_CHECKSUM) {
                throw new DomainException(ErrorCode.DOCUMENT_NUMBER_CHECKSUM,
                        type.label() + "号码校验位（最后一位）不正确，请核对后重新输入。");
            }
            if (e.code() == ErrorCode.ID_NUMBER_BIRTH_DATE) {
                throw new DomainException(ErrorCode.DOCUMENT_NUMBER_BIRTH_DATE,
                        type.label() + "号码第 7–14 位的出生日期不存在或晚于今天。");
            }
            throw e;
        }
    }
}
