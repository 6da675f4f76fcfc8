package org.yichuang.server.applicant;

import org.yichuang.core.api.ApplicantView;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.identity.Masking;
import org.yichuang.core.person.ApplicantKind;
import org.yichuang.server.cases.PersonDao;

/** A stored applicant (persons row, V14). */
public record PersonRow(long id, String kind, String idType, String idNumber, String name,
        String legalRepresentative, String phone, String legalRepresentativeDocumentType,
        String legalRepresentativeDocumentNumber) {

    /** Returns the applicant as the counter's form takes it. */
    public ApplicantView view() {
        ApplicantKind k = ApplicantKind.valueOf(kind);
        boolean code = PersonDao.CREDIT_CODE.equals(idType);
        return new ApplicantView(k, name, code ? null : DocumentType.valueOf(idType), code ? null : idNumber,
                code ? idNumber : null, legalRepresentative, phone,
                legalRepresentativeDocumentType == null ? null : DocumentType.valueOf(legalRepresentativeDocumentType),
                legalRepresentativeDocumentNumber);
    }

    /** Never prints personal data. */
    @Override
    public String toString() {
        return "PersonRow[" + id + ", " + kind + ", " + idType + " " + Masking.documentNumber(idNumber) + ", "
                + Masking.name(name) + "]";
    }
}
