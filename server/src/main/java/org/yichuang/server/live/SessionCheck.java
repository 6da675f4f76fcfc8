package org.yichuang.server.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.auth.Authenticator;

/** Whether a signed-in stream's session still holds, asked at each heartbeat. */
public final class SessionCheck {
    private static final Logger LOG = LoggerFactory.getLogger(SessionCheck.class);

    private SessionCheck() {
    }

    /**
     * False once the token was signed out, expired or its account disabled; true while it holds and also when the
     * database does not answer (a restart must not end every stream).
     */
    public static boolean stillSignedIn(Authenticator accounts, String token) {
        try {
            accounts.authenticate(token);
            return true;
        } catch (DomainException e) {
            return !(e.code() == ErrorCode.AUTH_TOKEN_INVALID || e.code() == ErrorCode.AUTH_DISABLED
                    || e.code() == ErrorCode.AUTH_REQUIRED);
        } catch (RuntimeException e) {
            LOG.warn("event stream: session check failed ({})", e.getClass().getSimpleName());
            return true;
        }
    }
}
