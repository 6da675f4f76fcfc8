package org.yichuang.server.web;

/** The body is not JSON of the expected shape; answered as 400 MALFORMED_REQUEST. */
public final class MalformedBodyException extends RuntimeException {
    /** Wraps the parser's complaint (kept for the debug log only: it may quote the body). */
    public MalformedBodyException(Throwable cause) {
        super("malformed body", cause);
    }
}
