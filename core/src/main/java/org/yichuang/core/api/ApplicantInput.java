package org.yichuang.core.api;

import org.yichuang.core.identity.Masking;

/**
 * The applicant (申请人) as typed or read at the counter; validated by the server and the client alike.
 *
 * @param idNumber the 居民身份证 number as typed ({@link org.yichuang.core.identity.IdNumber})
 * @param phone    optional contact phone ({@link org.yichuang.core.person.PhoneNumber}), stored in its tidied form
 */
public record ApplicantInput(String name, String idNumber, String phone) {
    /** Never prints personal data. */
    @Override
    public String toString() {
        return "ApplicantInput[" + Masking.name(name) + ", " + Masking.idNumber(idNumber) + "]";
    }
}
