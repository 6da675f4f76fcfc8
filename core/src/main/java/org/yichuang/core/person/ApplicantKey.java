package org.yichuang.core.person;

import java.time.LocalDate;
import org.yichuang.core.api.ApplicantLookup;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.CreditCode;
import org.yichuang.core.identity.DocumentNumber;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.identity.Masking;

/**
 * What identifies an applicant across cases: a natural person's document type and number, or an organisation's
 * credit code ({@code documentType} null), both in their stored form. A lookup is validated with the same rules as
 * the form, so a number typed with full-width digits or blanks finds the stored one.
 *
 * @param documentType null for an organisation
 * @param number       the document number or the credit code, stored form
 */
public record ApplicantKey(DocumentType documentType, String number) {

    /**
     * Validates a lookup: either a document type and number, or a credit code.
     *
     * @throws DomainException FIELD_REQUIRED, APPLICANT_KIND_MISMATCH (both given), or the number's own code
     */
    public static ApplicantKey of(ApplicantLookup lookup, LocalDate today) {
        boolean code = lookup != null && lookup.creditCode() != null && !lookup.creditCode().isBlank();
        boolean document = lookup != null && (lookup.documentType() != null
                || lookup.documentNumber() != null && !lookup.documentNumber().isBlank());
        if (!code && !document) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写证件类型和证件号码，或统一社会信用代码。");
        }
        if (code && document) {
            throw new DomainException(ErrorCode.APPLICANT_KIND_MISMATCH,
                    "请只按证件号码（自然人）或只按统一社会信用代码（单位）查找申请人。");
        }
        if (code) {
            return new ApplicantKey(null, CreditCode.parse(lookup.creditCode()).value());
        }
        DocumentNumber number = DocumentNumber.parse(lookup.documentType(), lookup.documentNumber(), today);
        return new ApplicantKey(number.type(), number.value());
    }

    /** Returns the key of a validated applicant. */
    public static ApplicantKey of(Applicant applicant) {
        return applicant.kind().organisation() ? new ApplicantKey(null, applicant.creditCode().value())
                : new ApplicantKey(applicant.document().type(), applicant.document().value());
    }

    /** Returns true for an organisation's credit code. */
    public boolean organisation() {
        return documentType == null;
    }

    /** Never prints the number. */
    @Override
    public String toString() {
        return "ApplicantKey[" + (documentType == null ? "CREDIT_CODE" : documentType.name()) + " "
                + Masking.documentNumber(number) + "]";
    }
}
