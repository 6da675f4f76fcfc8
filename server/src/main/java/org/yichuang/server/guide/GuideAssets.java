package org.yichuang.server.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The style sheet and the index's search script, inlined into every page: the hall network may have no internet
 * and a phone that scanned a QR code should need one request only.
 *
 * @param css          guide.css
 * @param searchScript guide-search.js, for the index only
 */
record GuideAssets(String css, String searchScript) {

    /** Reads both from the classpath next to this class. */
    static GuideAssets load() {
        return new GuideAssets(read("guide.css"), read("guide-search.js"));
    }

    /**
     * Returns the page's content security policy: the inline style and script run only because their hashes are
     * listed, so markup slipped into a catalogue text could neither run a script nor load anything, and no other
     * site may frame the pages.
     */
    String contentSecurityPolicy() {
        return "default-src 'none'; style-src " + hash(css) + "; font-src 'self'; script-src " + hash(searchScript)
                + "; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    private static String hash(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static String read(String name) {
        try (InputStream in = GuideAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + GuideAssets.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
