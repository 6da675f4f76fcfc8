package org.yichuang.client.identity.sam;

import java.io.IOException;

/** Tells whether the port is still there while the reader waits for bytes (an unplugged USB adapter goes silent). */
@FunctionalInterface
interface PortCheck {
    /** Nothing to check (piped streams in tests). */
    PortCheck NONE = () -> { };

    /** Throws when the port has gone. */
    void check() throws IOException;
}
