package org.yichuang.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The staff's password hashes: Argon2id at the OWASP minimum, salted, checked at the cost written in the hash. */
class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void a_hash_is_argon2id_at_19_mib_and_2_passes_with_its_own_salt() {
        String first = hasher.hash("正确的密码-1");
        String second = hasher.hash("正确的密码-1");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(second).isNotEqualTo(first);
        assertThat(hasher.verify("正确的密码-1", first)).isTrue();
        assertThat(hasher.verify("正确的密码-2", first)).isFalse();
    }

    @Test
    void an_unknown_name_costs_one_verification_and_never_succeeds() {
        long before = hasher.verifications();

        assertThat(hasher.verifyNobody("whatever")).isFalse();
        assertThat(hasher.verifications()).isEqualTo(before + 1);
    }
}
