package org.yichuang.server.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.identity.Masking;

/**
 * A new case (办件) whose fields passed validation: the name byte-exact, the ID number upgraded to 18 digits.
 *
 * @param phone   null when not given; otherwise in PhoneNumber's stored form
 * @param remarks null when not given; otherwise as typed without surrounding blanks
 */
public record ValidCase(String idempotencyKey, String itemCode, String name, IdNumber idNumber, String phone,
        String remarks) {

    /** Returns the SHA-256 of the content (not the key): a resubmission must match it exactly. */
    public String contentHash() {
        String joined = String.join("\u001f", itemCode, name, idNumber.value(), orNul(phone), orNul(remarks));
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
        return "ValidCase[" + itemCode + ", " + Masking.name(name) + ", " + idNumber + "]";
    }
}
