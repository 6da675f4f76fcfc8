package org.yichuang.core.error;

import java.util.List;

/**
 * A call through {@link org.yichuang.core.api.HallApi} failed; the code is the server's stable code,
 * or a client-side one such as {@link ErrorCode#SERVER_UNREACHABLE}.
 */
public class ApiException extends DomainException {
    private final int httpStatus;

    /** Creates the exception from a decoded server error. */
    public ApiException(ErrorCode code, String message, int httpStatus) {
        this(code, message, httpStatus, List.of());
    }

    /** Creates the exception from a decoded server error with its located problems. */
    public ApiException(ErrorCode code, String message, int httpStatus, List<Problem> problems) {
        super(code, message, problems);
        this.httpStatus = httpStatus;
    }

    /** Returns the HTTP status, or 0 when no answer arrived. */
    public int httpStatus() {
        return httpStatus;
    }
}
