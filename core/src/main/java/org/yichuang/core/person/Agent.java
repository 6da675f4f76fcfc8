package org.yichuang.core.person;

import java.time.LocalDate;
import java.util.Objects;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.DocumentNumber;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.identity.Masking;

/**
 * The identity of an agent (代理人) who applies on the applicant's behalf: their own document, name and phone
 * (RULES.md §3.2). The power of attorney (授权委托书) is a material of the case, not part of this value.
 *
 * @param document the agent's validated document number (its type included)
 * @param name     the name as on the document, byte-exact ({@link PersonName})
 * @param phone    the agent's phone: the hall calls the agent back, so it is required
 */
public record Agent(DocumentNumber document, String name, PhoneNumber phone) {
    /** Requires every part. */
    public Agent {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
    }

    /**
     * Validates an agent as typed at the counter.
     *
     * @param today the hall's date, for birth dates inside document numbers
     * @throws DomainException {@code AGENT_INCOMPLETE} when the type, number, name or phone is missing; otherwise
     *                         the code of the first field that is wrong ({@link DocumentNumber#parse},
     *                         {@link PersonName#validate}, {@link PhoneNumber#parse})
     */
    public static Agent of(DocumentType type, String number, String name, String phone, LocalDate today) {
        if (type == null || number == null || number.isBlank() || name == null || name.isBlank() || phone == null
                || phone.isBlank()) {
            throw new DomainException(ErrorCode.AGENT_INCOMPLETE, "代理人须填写" + missing(type, number, name, phone)
                    + "。");
        }
        return new Agent(DocumentNumber.parse(type, number, today), PersonName.validate(name), PhoneNumber.parse(phone));
    }

    private static String missing(DocumentType type, String number, String name, String phone) {
        StringBuilder s = new StringBuilder();
        if (type == null) {
            s.append("证件类型、");
        }
        if (number == null || number.isBlank()) {
            s.append("证件号码、");
        }
        if (name == null || name.isBlank()) {
            s.append("姓名、");
        }
        if (phone == null || phone.isBlank()) {
            s.append("联系电话、");
        }
        return s.substring(0, s.length() - 1);
    }

    /** Never prints personal data. */
    @Override
    public String toString() {
        return "Agent[" + document.type().label() + " " + document.masked() + ", " + Masking.name(name) + "]";
    }
}
