package org.yichuang.server.queue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.yichuang.core.identity.DocumentNumber;

/**
 * What a ticket keeps of a document number: an HMAC under the hall's secret. It lets the queue refuse a second active
 * ticket of one person without storing the number; unlike a plain hash, a copied tickets table alone cannot be
 * reversed by trying every possible ID number.
 */
final class PersonKeys {
    private PersonKeys() {
    }

    static byte[] of(byte[] secret, DocumentNumber number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal((number.type().name() + ":" + number.value()).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
