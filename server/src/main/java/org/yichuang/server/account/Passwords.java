package org.yichuang.server.account;

import java.security.SecureRandom;

/** Random initial passwords, from an alphabet without look-alikes (no 0/O, 1/l/I). */
public final class Passwords {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SecureRandom random;

    /** Draws from the given source. */
    public Passwords(SecureRandom random) {
        this.random = random;
    }

    /** Returns a random password of {@code length} characters. */
    public String generate(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
