package org.yichuang.server.web;

import org.yichuang.core.error.ErrorCode;

/** The stable code of an answer that Javalin or Jetty chose by HTTP status alone. */
final class StatusCodes {
    private StatusCodes() {
    }

    /**
     * Returns the code for the status.
     *
     * @param jetty whether Jetty refused the request before any route saw it (a 400 there is broken HTTP, not a
     *              broken body)
     */
    static ErrorCode forStatus(int status, boolean jetty) {
        return switch (status) {
            case 400 -> jetty ? ErrorCode.BAD_HTTP_REQUEST : ErrorCode.MALFORMED_REQUEST;
            case 401 -> ErrorCode.AUTH_REQUIRED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.REQUEST_TOO_LARGE;
            case 414 -> ErrorCode.URI_TOO_LONG;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 431 -> ErrorCode.HEADERS_TOO_LARGE;
            default -> status >= 400 && status < 500 ? ErrorCode.BAD_HTTP_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }
}
