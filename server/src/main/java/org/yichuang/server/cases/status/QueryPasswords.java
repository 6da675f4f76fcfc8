package org.yichuang.server.cases.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.yichuang.server.account.SecretFile;

/**
 * The 查询密码 of a case (issue 10 item 8): made at random when the case is accepted, printed once on its 受理通知书
 * and kept only as a keyed hash.
 *
 * <p>Why HMAC-SHA256 under a server key and not Argon2id as for staff passwords: the status page is public and needs
 * no sign-in, so a memory-hard hash (tens of milliseconds and megabytes per check) would hand anyone on the internet a
 * lever on the server's CPU and memory, rate limits per address notwithstanding. What Argon2id buys — slowing an
 * offline search of a stolen table — the key buys here differently: it lives in a file of the data directory, not in
 * the database, so the hashes alone (a dump, a backup) cannot be searched at all. Online guessing is what remains,
 * and the page limits it per address and per case (StatusRoutes). Eight symbols of a 31-symbol alphabet give some 39 bits.
 * The case number is hashed with the password, so equal passwords of two cases hash differently.
 */
public final class QueryPasswords {
    /** The key file in the data directory; servers sharing one database must share it (copy it with mode 600). */
    public static final String KEY_FILE = "status-query.key";
    /** No 0/O, 1/I/L: the applicant reads it from paper and types it on a phone. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 8;
    private static final int KEY_BYTES = 32;

    private final SecureRandom random;
    private final byte[] key;

    /** Uses this key (tests; {@link #fromDataDir} for a server). */
    public QueryPasswords(SecureRandom random, byte[] key) {
        if (key.length < KEY_BYTES) {
            throw new IllegalArgumentException("key too short");
        }
        this.random = random;
        this.key = key.clone();
    }

    /** Reads the key file of the data directory, creating it (mode 600) with a random key on first start. */
    public static QueryPasswords fromDataDir(Path dataDir, SecureRandom random) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[KEY_BYTES];
                random.nextBytes(fresh);
                SecretFile.write(file, Base64.getEncoder().encodeToString(fresh) + System.lineSeparator());
            }
            return new QueryPasswords(random, Base64.getDecoder().decode(Files.readString(file).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取查询密码密钥 " + file, e);
        }
    }

    /** Returns a new password, e.g. {@code K7Q2MX9D}. */
    public String generate() {
        StringBuilder out = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    /** Returns the stored form of a case's password (32 bytes). */
    public byte[] hash(String caseNo, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((caseNo + "\n" + normalise(password)).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Returns true when {@code typed} is the case's password; compares in constant time. */
    public boolean matches(String caseNo, String typed, byte[] stored) {
        if (typed == null || stored == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(caseNo, typed), stored);
    }

    /** Typed on a phone: spaces and case do not matter, nor the letters people confuse with digits. */
    static String normalise(String typed) {
        String s = typed.strip().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        return s.replace('O', '0').replace('I', '1').replace('L', '1');
    }
}
