package org.yichuang.client.signin;

import java.util.Objects;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.SessionInfo;

/**
 * A signed-in session (登录会话): the API bound to the server and token, and what the server said about us.
 *
 * @param serverUrl the URL the clerk signed in to, shown in the status bar
 */
public record Session(HallApi api, SessionInfo info, String serverUrl) {
    /** Checks the parts. */
    public Session {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(info, "info");
    }
}
