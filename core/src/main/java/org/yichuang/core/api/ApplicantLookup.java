package org.yichuang.core.api;

import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.identity.Masking;

/**
 * Finds a returning applicant ({@code POST /api/applicants/lookup}, WINDOW, audited): a natural person by document
 * type and number, or an organisation by unified social credit code. Sent in a body, never in a URL: proxies and
 * access logs keep URLs.
 */
public record ApplicantLookup(DocumentType documentType, String documentNumber, String creditCode) {

    /** A natural person by document. */
    public static ApplicantLookup byDocument(DocumentType type, String number) {
        return new ApplicantLookup(type, number, null);
    }

    /** An organisation by 统一社会信用代码. */
    public static ApplicantLookup byCreditCode(String code) {
        return new ApplicantLookup(null, null, code);
    }

    /** Never prints personal data. */
    @Override
    public String toString() {
        return "ApplicantLookup[" + (creditCode != null ? "credit code " + Masking.documentNumber(creditCode)
                : documentType + " " + Masking.documentNumber(documentNumber)) + "]";
    }
}
