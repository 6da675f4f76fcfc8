package org.yichuang.core.person;

import java.time.LocalDate;
import java.util.Objects;
import org.yichuang.core.api.AgentInput;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.CreditCode;
import org.yichuang.core.identity.DocumentNumber;
import org.yichuang.core.identity.DocumentText;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.identity.Masking;

/**
 * A validated applicant (申请人, RULES.md §3.2): the one rule the counter's form and the server both apply to an
 * {@link ApplicantInput}. A natural person has a {@link DocumentNumber}; a legal person or other organisation has a
 * {@link CreditCode} (whole GB 32100 structure) and a legal representative; either may have an {@link Agent}.
 *
 * @param name                the person's name ({@link PersonName}) or the organisation's ({@link OrganisationName})
 * @param document            natural persons only
 * @param creditCode          organisations only
 * @param legalRepresentative organisations only: 法定代表人 or 负责人 ({@link PersonName})
 * @param phone               optional
 * @param agent               optional 代理人; the case then needs the 授权委托书
 * @param representativeDocument organisations only, optional: the 法定代表人 / 负责人's own identity document,
 *                               validated by the same {@link DocumentNumber#parse} as a natural person's
 */
public record Applicant(ApplicantKind kind, String name, DocumentNumber document, CreditCode creditCode,
        String legalRepresentative, PhoneNumber phone, Agent agent, DocumentNumber representativeDocument) {

    /** Checks the parts belong to the kind. */
    public Applicant {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind.organisation() != (creditCode != null) || kind.organisation() == (document != null)
                || kind.organisation() != (legalRepresentative != null)
                || (!kind.organisation() && representativeDocument != null)) {
            throw new IllegalArgumentException("parts do not match " + kind);
        }
    }

    /** An applicant without the representative's own document. */
    public Applicant(ApplicantKind kind, String name, DocumentNumber document, CreditCode creditCode,
            String legalRepresentative, PhoneNumber phone, Agent agent) {
        this(kind, name, document, creditCode, legalRepresentative, phone, agent, null);
    }

    /**
     * Validates an applicant as typed, field by field in the form's order; the first wrong field is thrown with its
     * own code and a message naming it (the agent's fields say 代理人, the representative's 法定代表人).
     *
     * @param today the hall's date, for birth dates inside document numbers
     * @throws DomainException FIELD_REQUIRED, APPLICANT_KIND_MISMATCH, APPLICANT_DOCUMENT_CONFLICT, a document
     *                         number's or credit code's own code (the representative's document's too, its message
     *                         naming 法定代表人 / 负责人), DOCUMENT_TYPE_REQUIRED, NAME_INVALID,
     *                         ORGANISATION_NAME_INVALID, PHONE_INVALID, AGENT_INCOMPLETE
     */
    public static Applicant of(ApplicantInput in, LocalDate today) {
        if (in == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写申请人信息。");
        }
        ApplicantKind kind = in.kind();
        Agent agent;
        if (kind.organisation()) {
            if (present(in.documentNumber()) || in.documentType() != null || present(in.idNumber())) {
                throw new DomainException(ErrorCode.APPLICANT_KIND_MISMATCH, kind.label()
                        + "申请人以统一社会信用代码登记，不填写证件类型和证件号码；法定代表人或经办人的证件请登记为代理人。");
            }
            String name = OrganisationName.validate(in.name());
            CreditCode code = CreditCode.parse(in.creditCode());
            String representative = representative(kind, in.legalRepresentative());
            DocumentNumber representativeDocument = representativeDocument(kind, in.representativeDocumentType(),
                    in.representativeDocumentNumber(), today);
            PhoneNumber phone = PhoneNumber.parseOptional(in.phone());
            agent = agent(in.agent(), today);
            return new Applicant(kind, name, null, code, representative, phone, agent, representativeDocument);
        }
        if (present(in.creditCode()) || present(in.legalRepresentative()) || in.representativeDocumentType() != null
                || present(in.representativeDocumentNumber())) {
            throw new DomainException(ErrorCode.APPLICANT_KIND_MISMATCH,
                    "自然人申请人不填写统一社会信用代码和法定代表人；单位申请请选择“法人”或“其他组织”。");
        }
        String name = PersonName.validate(in.name());
        DocumentNumber document = DocumentNumber.parse(in.documentType(), in.documentNumber(), today);
        if (present(in.idNumber()) && (document.type() != DocumentType.RESIDENT_ID
                || !DocumentNumber.parse(DocumentType.RESIDENT_ID, in.idNumber(), today).equals(document))) {
            throw new DomainException(ErrorCode.APPLICANT_DOCUMENT_CONFLICT);
        }
        PhoneNumber phone = PhoneNumber.parseOptional(in.phone());
        agent = agent(in.agent(), today);
        if (agent != null && agent.document().equals(document)) {
            throw new DomainException(ErrorCode.APPLICANT_KIND_MISMATCH,
                    "代理人与申请人是同一人（证件号码相同）；本人办理的，请不要登记代理人。");
        }
        return new Applicant(kind, name, document, null, null, phone, agent);
    }

    private static String representative(ApplicantKind kind, String raw) {
        String role = representativeRole(kind);
        if (raw == null || raw.isBlank()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写" + role + "姓名。");
        }
        try {
            return PersonName.validate(raw);
        } catch (DomainException e) {
            throw new DomainException(e.code(), role + e.getMessage());
        }
    }

    /**
     * Validates the representative's own identity document (法定代表人 / 负责人的身份证件) by the rule of a natural
     * person's: none when neither type nor number is given, else both, the number by its type's rule; the message
     * names the role so the clerk knows which number is wrong.
     *
     * @throws DomainException DOCUMENT_TYPE_REQUIRED, FIELD_REQUIRED or the number's own code
     */
    public static DocumentNumber representativeDocument(ApplicantKind kind, DocumentType type, String number,
            LocalDate today) {
        String role = representativeRole(kind);
        if (type == null && !present(number)) {
            return null;
        }
        if (type == null) {
            throw new DomainException(ErrorCode.DOCUMENT_TYPE_REQUIRED, "请选择" + role + "的证件类型。");
        }
        if (!present(number)) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写" + role + "的" + type.label() + "号码。");
        }
        try {
            return DocumentNumber.parse(type, number, today);
        } catch (DomainException e) {
            throw new DomainException(e.code(), role + "的" + e.getMessage());
        }
    }

    /** Returns 法定代表人 (法人) or 负责人 (其他组织). */
    public static String representativeRole(ApplicantKind kind) {
        return kind == ApplicantKind.OTHER_ORGANISATION ? "负责人" : "法定代表人";
    }

    private static Agent agent(AgentInput in, LocalDate today) {
        if (in == null || (in.documentType() == null && !present(in.documentNumber()) && !present(in.name())
                && !present(in.phone()))) {
            return null;
        }
        try {
            return Agent.of(in.documentType(), in.documentNumber(), in.name(), in.phone(), today);
        } catch (DomainException e) {
            String message = e.getMessage();
            throw new DomainException(e.code(), message.startsWith("代理人") ? message : "代理人" + message);
        }
    }

    private static boolean present(String s) {
        return s != null && !DocumentText.compact(s).isEmpty();
    }

    /** Returns the number that identifies the applicant: the document number or the credit code. */
    public String identifier() {
        return kind.organisation() ? creditCode.value() : document.value();
    }

    /** Never prints personal data. */
    @Override
    public String toString() {
        return "Applicant[" + kind + ", " + Masking.name(name) + ", " + Masking.documentNumber(identifier())
                + (agent == null ? "" : ", " + agent) + "]";
    }
}
