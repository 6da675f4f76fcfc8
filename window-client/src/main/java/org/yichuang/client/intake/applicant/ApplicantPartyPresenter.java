package org.yichuang.client.intake.applicant;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.AgentInput;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.CreditCode;
import org.yichuang.core.identity.DocumentNumber;
import org.yichuang.core.identity.DocumentText;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.person.Agent;
import org.yichuang.core.person.Applicant;
import org.yichuang.core.person.ApplicantKind;
import org.yichuang.core.person.OrganisationName;
import org.yichuang.core.person.PersonName;
import org.yichuang.core.person.PhoneNumber;

/**
 * The parts of the applicant (申请人) beyond a natural person's name and document: the kind (自然人 / 法人 / 其他组织),
 * an organisation's legal representative (法定代表人 / 负责人), and an optional agent (代理人) with their own document
 * and phone. Every rule is core's ({@link OrganisationName}, {@link CreditCode}, {@link PersonName}, {@link Agent});
 * the messages are core's own. Holds no widgets.
 */
public final class ApplicantPartyPresenter extends ObservableModel<ApplicantPartyPresenter.Property> {
    /** Observable properties. */
    public enum Property {
        KIND, REPRESENTATIVE, REPRESENTATIVE_ERROR, AGENT_NAME, AGENT_TYPE, AGENT_NUMBER, AGENT_PHONE, AGENT_ERROR,
        VALID, REPRESENTATIVE_TYPE, REPRESENTATIVE_NUMBER
    }

    /** A field of this part the clerk may have to correct. */
    public enum Field { REPRESENTATIVE, AGENT_NAME, AGENT_DOCUMENT_TYPE, AGENT_NUMBER, AGENT_PHONE,
        REPRESENTATIVE_DOCUMENT_TYPE, REPRESENTATIVE_NUMBER }

    /**
     * What is wrong and where.
     *
     * @param field   the field to focus
     * @param message core's message
     */
    public record Problem(Field field, String message) {
    }

    private final Messages messages;
    private final Supplier<LocalDate> today;
    private ApplicantKind kind = ApplicantKind.NATURAL_PERSON;
    private String representative = "";
    private String agentName = "";
    private DocumentType agentType = DocumentType.RESIDENT_ID;
    private String agentNumber = "";
    private String agentPhone = "";
    private DocumentType representativeType = DocumentType.RESIDENT_ID;
    private String representativeNumber = "";
    private DocumentNumber validRepresentativeDocument;
    private Problem representativeProblem;
    private Problem agentProblem;
    private String validRepresentative;
    private AgentInput validAgent;
    private boolean valid = true;

    /** Creates the part; {@code today} is the hall's date (births inside document numbers). */
    public ApplicantPartyPresenter(Messages messages, Supplier<LocalDate> today) {
        this.messages = messages;
        this.today = today;
        validate();
    }

    public ApplicantKind kind() {
        return kind;
    }

    /** Returns true for 法人 and 其他组织: name is the 单位名称 and the number a 统一社会信用代码. */
    public boolean organisation() {
        return kind.organisation();
    }

    public String representative() {
        return representative;
    }

    public String agentName() {
        return agentName;
    }

    /** Returns the 证件类型 of the representative's own identity document. */
    public DocumentType representativeType() {
        return representativeType;
    }

    /** Returns the representative's document number as typed. */
    public String representativeNumber() {
        return representativeNumber;
    }

    /**
     * Returns the representative's own document as it will be sent, or null (none typed, natural persons, or not
     * valid yet): the number checked by the same core rule as a natural person's ({@link Applicant#of}).
     */
    public DocumentNumber validRepresentativeDocument() {
        return organisation() ? validRepresentativeDocument : null;
    }

    public DocumentType agentType() {
        return agentType;
    }

    public String agentNumber() {
        return agentNumber;
    }

    public String agentPhone() {
        return agentPhone;
    }

    /** Returns the message under 法定代表人 / 负责人, or null. */
    public String representativeError() {
        return representativeProblem == null ? null : representativeProblem.message();
    }

    /** Returns what is wrong with the representative's name or document and which field, or null. */
    public Problem representativeProblem() {
        return representativeProblem;
    }

    /** Returns what is wrong with the agent and which field, or null. */
    public Problem agentProblem() {
        return agentProblem;
    }

    /** Returns true when the kind's own fields and the agent (if any) pass core's rules. */
    public boolean isValid() {
        return valid;
    }

    /** Returns the first thing to correct, top to bottom, or null. */
    public Problem firstProblem() {
        if (representativeProblem != null) {
            return representativeProblem;
        }
        if (organisation() && validRepresentative == null) {
            return new Problem(Field.REPRESENTATIVE, messages.text("intake.blocked.noRepresentative",
                    representativeRole()));
        }
        return agentProblem;
    }

    /** Returns 法定代表人 or 负责人 for the kind. */
    public String representativeRole() {
        return messages.text(kind == ApplicantKind.OTHER_ORGANISATION ? "intake.representative.principal"
                : "intake.representative.legal");
    }

    /** Returns the legal representative as it will be sent, or null (natural persons, or not valid yet). */
    public String validRepresentative() {
        return organisation() ? validRepresentative : null;
    }

    /** Returns the agent as it will be sent, or null when none is given (or it is not valid yet). */
    public AgentInput validAgent() {
        return validAgent;
    }

    /** Returns true when something is typed here (the form would lose it). */
    public boolean hasInput() {
        return !(representative.isBlank() && representativeNumber.isBlank() && agentName.isBlank() && agentNumber.isBlank() && agentPhone.isBlank());
    }

    /** Returns true when any agent field is filled: the checklist will need the 授权委托书. */
    public boolean hasAgent() {
        return !(agentName.isBlank() && agentNumber.isBlank() && agentPhone.isBlank());
    }

    /** Chooses the kind (申请人类型). */
    public void setKind(ApplicantKind value) {
        ApplicantKind old = kind;
        kind = value == null ? ApplicantKind.NATURAL_PERSON : value;
        fire(Property.KIND, old, kind);
        validate();
    }

    public void setRepresentative(String value) {
        String old = representative;
        representative = value == null ? "" : value;
        fire(Property.REPRESENTATIVE, old, representative);
        validate();
    }

    /** Chooses the 证件类型 of the representative's own document; the number is checked again by its rule. */
    public void setRepresentativeType(DocumentType value) {
        DocumentType old = representativeType;
        representativeType = value == null ? DocumentType.RESIDENT_ID : value;
        fire(Property.REPRESENTATIVE_TYPE, old, representativeType);
        validate();
    }

    public void setRepresentativeNumber(String value) {
        String old = representativeNumber;
        representativeNumber = value == null ? "" : value;
        fire(Property.REPRESENTATIVE_NUMBER, old, representativeNumber);
        validate();
    }

    public void setAgentName(String value) {
        String old = agentName;
        agentName = value == null ? "" : value;
        fire(Property.AGENT_NAME, old, agentName);
        validate();
    }

    public void setAgentType(DocumentType value) {
        DocumentType old = agentType;
        agentType = value == null ? DocumentType.RESIDENT_ID : value;
        fire(Property.AGENT_TYPE, old, agentType);
        validate();
    }

    public void setAgentNumber(String value) {
        String old = agentNumber;
        agentNumber = value == null ? "" : value;
        fire(Property.AGENT_NUMBER, old, agentNumber);
        validate();
    }

    public void setAgentPhone(String value) {
        String old = agentPhone;
        agentPhone = value == null ? "" : value;
        fire(Property.AGENT_PHONE, old, agentPhone);
        validate();
    }

    /** Forgets everything (下一位, or once the case is received). */
    public void clear() {
        setRepresentative("");
        setRepresentativeNumber("");
        setRepresentativeType(DocumentType.RESIDENT_ID);
        setAgentName("");
        setAgentNumber("");
        setAgentPhone("");
        setAgentType(DocumentType.RESIDENT_ID);
        setKind(ApplicantKind.NATURAL_PERSON);
    }

    /**
     * Checks the applicant's own name by the kind's rule: a person's name, or an organisation's (单位名称).
     *
     * @return the name as it will be sent
     * @throws DomainException core's code and message
     */
    public String checkName(String raw) {
        return organisation() ? OrganisationName.validate(raw) : PersonName.validate(raw);
    }

    /**
     * Checks the applicant's number as typed by the kind's rule: an organisation's 统一社会信用代码 ({@link CreditCode},
     * GB 32100 whole), a 居民身份证 ({@link IdNumber}: 15 digits upgraded) or another document's own rule. A number
     * right so far but short gets a neutral hint (digits typed), never an error; a wrong one gets core's message.
     */
    public NumberCheck checkNumber(DocumentType type, String raw) {
        String compact = DocumentText.compact(raw);
        if (compact.isEmpty()) {
            return new NumberCheck(null, null, null);
        }
        try {
            if (organisation()) {
                return new NumberCheck(CreditCode.parse(compact).value(), null, null);
            }
            if (type != DocumentType.RESIDENT_ID) {
                return new NumberCheck(DocumentNumber.parse(type, compact, today.get()).value(), null, null);
            }
            String value = IdNumber.parse(compact, today.get()).value();
            return new NumberCheck(value, null, compact.length() == 15
                    ? messages.text("intake.id.upgraded", value) : null);
        } catch (DomainException e) {
            boolean soFar = organisation()
                    ? compact.length() < 18 && compact.chars().allMatch(c -> CreditCode.ALPHABET.indexOf(c) >= 0)
                    : type == DocumentType.RESIDENT_ID && compact.matches("\\d{1,17}")
                            && e.code() == ErrorCode.ID_NUMBER_FORMAT;
            return soFar ? new NumberCheck(null, null, messages.text("intake.id.progress", compact.length()))
                    : new NumberCheck(null, messages.errorMessage(e), null);
        }
    }

    /**
     * A number checked as typed.
     *
     * @param value the number as it will be sent, or null
     * @param error core's message, or null
     * @param hint  a neutral note (digits so far, 15→18 upgrade), or null
     */
    public record NumberCheck(String value, String error, String hint) {
    }

    private void validate() {
        Problem newRepresentative = null;
        validRepresentative = null;
        if (organisation() && !representative.isBlank()) {
            try {
                validRepresentative = PersonName.validate(representative);
            } catch (DomainException e) {
                // core's name message, naming the role as Applicant.of does
                newRepresentative = new Problem(Field.REPRESENTATIVE, representativeRole()
                        + messages.errorMessage(e));
            }
        }
        validRepresentativeDocument = null;
        if (organisation() && newRepresentative == null && !representativeNumber.isBlank()) {
            try {
                // core's one rule, the role named in its message as the server names it
                validRepresentativeDocument = Applicant.representativeDocument(kind, representativeType,
                        representativeNumber, today.get());
            } catch (DomainException e) {
                newRepresentative = new Problem(Field.REPRESENTATIVE_NUMBER, e.getMessage());
            }
        }
        Problem newAgent = null;
        validAgent = null;
        if (hasAgent()) {
            try {
                Agent agent = Agent.of(agentType, agentNumber, agentName, agentPhone, today.get());
                validAgent = new AgentInput(agent.name(), agent.document().type(), agent.document().value(),
                        agent.phone().value());
            } catch (DomainException e) {
                String message = messages.errorMessage(e);
                newAgent = new Problem(agentField(e), message.startsWith("代理人") ? message : "代理人" + message);
            }
        }
        Problem oldRepresentative = representativeProblem;
        representativeProblem = newRepresentative;
        fire(Property.REPRESENTATIVE_ERROR, oldRepresentative, newRepresentative);
        Problem oldAgent = agentProblem;
        agentProblem = newAgent;
        fire(Property.AGENT_ERROR, oldAgent, newAgent);
        boolean old = valid;
        valid = (!organisation() || (validRepresentative != null && newRepresentative == null)) && newAgent == null;
        fire(Property.VALID, old, valid);
    }

    /** Where core's refusal of the agent points: the first blank field in form order, else the field its code names. */
    private Field agentField(DomainException e) {
        if (e.code() == ErrorCode.AGENT_INCOMPLETE) {
            return agentName.isBlank() ? Field.AGENT_NAME : agentNumber.isBlank() ? Field.AGENT_NUMBER
                    : Field.AGENT_PHONE;
        }
        if (e.code() == ErrorCode.NAME_INVALID || e.code() == ErrorCode.FIELD_TOO_LONG) {
            return Field.AGENT_NAME;
        }
        return e.code() == ErrorCode.PHONE_INVALID ? Field.AGENT_PHONE : Field.AGENT_NUMBER;
    }
}
