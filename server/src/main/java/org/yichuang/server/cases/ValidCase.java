package org.yichuang.server.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.yichuang.core.person.Agent;
import org.yichuang.core.person.Applicant;

/**
 * A new case (办件) whose fields passed validation: the applicant by core's {@link Applicant} (names byte-exact,
 * numbers in their stored form, a 15-digit ID upgraded to 18).
 *
 * @param remarks null when not given; otherwise as typed without surrounding blanks
 */
public record ValidCase(String idempotencyKey, String itemCode, Applicant applicant, String remarks) {

    /** Returns the applicant's name (a person's or an organisation's). */
    public String name() {
        return applicant.name();
    }

    /** Returns the phone in PhoneNumber's stored form, or null. */
    public String phone() {
        return applicant.phone() == null ? null : applicant.phone().value();
    }

    /** Returns the persons row's id type: the DocumentType name, or CREDIT_CODE. */
    public String idType() {
        return applicant.kind().organisation() ? PersonDao.CREDIT_CODE : applicant.document().type().name();
    }

    /** Returns the legal representative's own document type (V27), or null. */
    public String representativeDocumentType() {
        return applicant.representativeDocument() == null ? null : applicant.representativeDocument().type().name();
    }

    /** Returns the legal representative's own document number in its stored form, or null. */
    public String representativeDocumentNumber() {
        return applicant.representativeDocument() == null ? null : applicant.representativeDocument().value();
    }

    /** Returns the SHA-256 of the content (not the key): a resubmission must match it exactly. */
    public String contentHash() {
        Agent agent = applicant.agent();
        String joined = String.join("\u001f", itemCode, applicant.kind().name(), name(), idType(),
                applicant.identifier(), orNul(applicant.legalRepresentative()), orNul(phone()), orNul(remarks),
                agent == null ? "\u0000" : String.join("\u001e", agent.document().type().name(),
                        agent.document().value(), agent.name(), agent.phone().value()))
                // only when given: the hash of an application without it stays what it was before V27
                + (representativeDocumentType() == null ? "" : "\u001f" + representativeDocumentType() + "\u001e"
                        + representativeDocumentNumber());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static String orNul(String s) {
        return s == null ? "\u0000" : s;
    }

    /** Never prints personal data. */
    @Override
    public String toString() {
        return "ValidCase[" + itemCode + ", " + applicant + "]";
    }
}
