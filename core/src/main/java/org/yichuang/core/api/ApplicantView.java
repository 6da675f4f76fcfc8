package org.yichuang.core.api;

import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.identity.Masking;
import org.yichuang.core.person.ApplicantKind;

/**
 * A stored applicant (申请人) as the counter's form needs it to fill in a returning applicant: the identity as first
 * recorded, numbers in their stored form. Agents are not kept with the applicant: each case names its own.
 *
 * @param name                the person's or organisation's name, byte-exact
 * @param documentType        natural persons only
 * @param documentNumber      natural persons only, stored form
 * @param creditCode          organisations only
 * @param legalRepresentative organisations only
 * @param phone               null when none is known
 * @param representativeDocumentType   organisations: the representative's own 证件类型, null when none is known
 * @param representativeDocumentNumber organisations: that document's number, stored form, null when none is known
 */
public record ApplicantView(ApplicantKind kind, String name, DocumentType documentType, String documentNumber,
        String creditCode, String legalRepresentative, String phone, DocumentType representativeDocumentType,
        String representativeDocumentNumber) {

    /** A stored applicant without the representative's own document. */
    public ApplicantView(ApplicantKind kind, String name, DocumentType documentType, String documentNumber,
            String creditCode, String legalRepresentative, String phone) {
        this(kind, name, documentType, documentNumber, creditCode, legalRepresentative, phone, null, null);
    }

    /** Returns the form's input for this applicant, without agent. */
    public ApplicantInput toInput() {
        return new ApplicantInput(kind, name, documentType, documentNumber, phone, creditCode, legalRepresentative,
                null, null, representativeDocumentType, representativeDocumentNumber);
    }

    /** Never prints personal data. */
    @Override
    public String toString() {
        return "ApplicantView[" + kind + ", " + Masking.name(name) + ", "
                + Masking.documentNumber(kind != null && kind.organisation() ? creditCode : documentNumber) + "]";
    }
}
