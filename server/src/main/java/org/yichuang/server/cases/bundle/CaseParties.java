package org.yichuang.server.cases.bundle;

/**
 * Who else an application names, stored on the parent and every child as a single case stores it: the legal
 * representative and the agent (代理人) with their document.
 */
public record CaseParties(String legalRepresentative, String agentName, String agentDocumentType,
        String agentDocumentNumber, String agentPhone, String representativeDocumentType,
        String representativeDocumentNumber) {
    /** Never prints personal data. */
    @Override
    public String toString() {
        return "CaseParties[" + (agentName == null ? "no agent" : "agent") + "]";
    }
}
