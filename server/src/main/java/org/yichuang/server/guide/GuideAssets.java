package org.yichuang.server.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
