package org.yichuang.client.signin;

import java.net.URI;
import org.yichuang.core.api.HallApi;

/** Creates a signed-out {@link HallApi} for a server URL; the composition root supplies the HTTP one. */
@FunctionalInterface
public interface HallApiConnector {
    /** Returns an API talking to {@code server}; does no I/O itself. */
    HallApi connect(URI server);
}
