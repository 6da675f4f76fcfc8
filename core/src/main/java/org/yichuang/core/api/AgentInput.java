package org.yichuang.core.api;

import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.identity.Masking;

/**
 * The agent (代理人) as typed at the counter: someone applying on the applicant's behalf, with their own identity
 * document and phone. Validated by {@link org.yichuang.core.person.Agent#of}; a case with an agent needs the
 * 授权委托书 among its materials ({@link org.yichuang.core.intake.IntakeRules#checklist}).
 */
public record AgentInput(String name, DocumentType documentType, String documentNumber, String phone) {
    /** Never prints personal data. */
    @Override
    public String toString() {
        return "AgentInput[" + (documentType == null ? "?" : documentType.name()) + " "
                + Masking.documentNumber(documentNumber) + ", " + Masking.name(name) + "]";
    }
}
