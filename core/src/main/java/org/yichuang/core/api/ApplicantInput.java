package org.yichuang.core.api;

import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.identity.Masking;
import org.yichuang.core.person.ApplicantKind;

/**
 * The applicant (申请人) as typed or read at the counter; validated by the server and the client alike with
 * {@link org.yichuang.core.person.Applicant#of}.
 *
 * <p>A natural person gives a name, a document type and number; a legal person or other organisation gives its name
 * (单位名称, in {@code name}), its unified social credit code and its legal representative (法定代表人 / 负责人).
 * Either may come with an agent (代理人).
 *
 * <p>Older clients send only {@code name}, {@code idNumber} and {@code phone}: such a body is a natural person with a
 * 居民身份证 ({@code idNumber} moves to {@code documentNumber}).
 *
 * @param kind                null means {@link ApplicantKind#NATURAL_PERSON}
 * @param name                the person's name, or the organisation's name
 * @param documentType        natural persons: 证件类型 (null with a legacy {@code idNumber}: 居民身份证)
 * @param documentNumber      natural persons: 证件号码 as typed
 * @param phone               optional contact phone ({@link org.yichuang.core.person.PhoneNumber}), stored tidied
 * @param creditCode          organisations: 统一社会信用代码 (GB 32100) as typed
 * @param legalRepresentative organisations: 法定代表人 (法人) or 负责人 (其他组织), a person's name
 * @param agent               optional 代理人
 * @param idNumber            legacy: the 居民身份证 number of a natural person; kept only when a documentNumber was
 *                            given as well (the server refuses the two when they differ)
 * @param representativeDocumentType   organisations, optional: the 证件类型 of the 法定代表人 / 负责人's own
 *                                     identity document (given together with the number)
 * @param representativeDocumentNumber organisations, optional: that document's number as typed, validated by the
 *                                     type's own rule ({@link org.yichuang.core.identity.DocumentNumber#parse})
 */
public record ApplicantInput(ApplicantKind kind, String name, DocumentType documentType, String documentNumber,
        String phone, String creditCode, String legalRepresentative, AgentInput agent, String idNumber,
        DocumentType representativeDocumentType, String representativeDocumentNumber) {

    /** Fills in the defaults of older bodies (see the class comment). */
    public ApplicantInput {
        if (kind == null) {
            kind = ApplicantKind.NATURAL_PERSON;
        }
        if ((documentNumber == null || documentNumber.isBlank()) && idNumber != null) {
            documentNumber = idNumber;
            documentType = documentType == null ? DocumentType.RESIDENT_ID : documentType;
            idNumber = null;
        }
    }

    /** An applicant without the representative's own document (bodies before issue 10's second round). */
    public ApplicantInput(ApplicantKind kind, String name, DocumentType documentType, String documentNumber,
            String phone, String creditCode, String legalRepresentative, AgentInput agent, String idNumber) {
        this(kind, name, documentType, documentNumber, phone, creditCode, legalRepresentative, agent, idNumber, null,
                null);
    }

    /** A natural person with a 居民身份证 (what the counter knew before other documents). */
    public ApplicantInput(String name, String idNumber, String phone) {
        this(ApplicantKind.NATURAL_PERSON, name, DocumentType.RESIDENT_ID, idNumber, phone, null, null, null, null);
    }

    /** A natural person with any identity document. */
    public static ApplicantInput naturalPerson(String name, DocumentType type, String number, String phone,
            AgentInput agent) {
        return new ApplicantInput(ApplicantKind.NATURAL_PERSON, name, type, number, phone, null, null, agent, null);
    }

    /** A legal person or other organisation. */
    public static ApplicantInput organisation(ApplicantKind kind, String name, String creditCode,
            String legalRepresentative, String phone, AgentInput agent) {
        return new ApplicantInput(kind, name, null, null, phone, creditCode, legalRepresentative, agent, null);
    }

    /** Returns a copy with this agent (null for none). */
    public ApplicantInput withAgent(AgentInput newAgent) {
        return new ApplicantInput(kind, name, documentType, documentNumber, phone, creditCode, legalRepresentative,
                newAgent, idNumber, representativeDocumentType, representativeDocumentNumber);
    }

    /** Returns a copy with the legal representative's own identity document (nulls for none). */
    public ApplicantInput withRepresentativeDocument(DocumentType type, String number) {
        return new ApplicantInput(kind, name, documentType, documentNumber, phone, creditCode, legalRepresentative,
                agent, idNumber, type, number);
    }

    /** Never prints personal data. */
    @Override
    public String toString() {
        return "ApplicantInput[" + kind + ", " + Masking.name(name) + ", "
                + (kind.organisation() ? Masking.documentNumber(creditCode) : documentType + " "
                + Masking.documentNumber(documentNumber))
                + (representativeDocumentNumber == null ? "" : ", representative " + representativeDocumentType + " "
                + Masking.documentNumber(representativeDocumentNumber)) + (agent == null ? "" : ", " + agent) + "]";
    }
}
