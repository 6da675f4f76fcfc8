package org.yichuang.server.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.concurrent.atomic.LongAdder;

/** Argon2id password hashes (OWASP minimum: 19 MiB, 2 passes, 1 lane). */
public final class PasswordHasher {
    private final Argon2Function argon2;
    /**
     * Checked against for unknown user names, so a wrong name costs as long as a wrong password; made on first
     * use because an Argon2id hash is slow on purpose and start-up time counts.
     */
    private volatile String dummyHash;
    private final LongAdder verifications = new LongAdder();

    /** The server's hasher: 19 MiB, 2 passes. */
    public PasswordHasher() {
        this(19 * 1024, 2);
    }

    /**
     * A hasher at another cost, for test fixtures that sign in many times (the test template's demo accounts):
     * verifying reads the cost written in each hash, so the server checks such hashes as it checks its own.
     */
    public PasswordHasher(int memoryKib, int passes) {
        this.argon2 = Argon2Function.getInstance(memoryKib, passes, 1, 32, Argon2.ID);
    }

    /** Returns the encoded Argon2id hash (salt and parameters included). */
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(argon2).getResult();
    }

    /** Returns true when the password matches the encoded hash. */
    public boolean verify(String password, String encodedHash) {
        verifications.increment();
        return Argon2Function.getInstanceFromHash(encodedHash).check(password, encodedHash);
    }

    /** Spends the time of one verification and returns false. */
    public boolean verifyNobody(String password) {
        String dummy = dummyHash;
        if (dummy == null) {
            dummy = hash("yichuang-dummy-password");
            dummyHash = dummy;
        }
        verify(password, dummy);
        return false;
    }

    /** Returns how many verifications (known or dummy hash) ran: each costs ~100 ms of a core. */
    public long verifications() {
        return verifications.sum();
    }
}
